"""The booking form: a new booking (or series) with room and times filled in from the grid, or an existing one
to edit, move, cancel or mark "présent"; an occurrence of a series can instead edit or cancel the whole series
(previewed first: clashing occurrences are listed, those edited one by one are kept). A collision is checked
while the person types and named next to the start time; a new series lists its conflicting occurrences and
offers to book only the free ones. More
attendees than the room holds need a manager: their password typed here (ManagerApprovalDialog) allows it.
A booking the sync found in conflict with another desk's shows a banner until a manager settles it.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any, cast

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reception.core.clock import to_local
from reception.core.errors import DomainError, ValidationError
from reception.core.services.directory import TenantRow
from reception.core.services.permissions import Actor, Permission
from reception.core.services.rooms import slot
from reception.core.services.rooms_data import (
    BookingDraft,
    BookingRow,
    RoomRow,
    SeriesChanges,
    SeriesPreview,
    SeriesRule,
)
from reception.ui.approval import ManagerApprovalDialog
from reception.ui.context import AppContext
from reception.ui.errors import BackgroundFailure, show_failure
from reception.ui.forms import DateEdit, FieldErrors
from reception.ui.rooms.series_scope import SeriesScope
from reception.ui.theme import icon

TIMES = [time(h, m) for h in range(7, 23) for m in (0, 15, 30, 45)] + [time(23, 0)]


def weekday_initials() -> list[str]:
    """Monday to Sunday in one letter, in the console's language (QLocale's: L M M J V S D / M T W T F S S)."""
    locale = QLocale()
    return [locale.dayName(day, QLocale.FormatType.NarrowFormat).upper() for day in range(1, 8)]


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class BookingDialog(QDialog):
    saved = Signal()

    def __init__(self, ctx: AppContext, rooms: list[RoomRow], tenants: list[TenantRow], *,
                 booking: BookingRow | None = None, room_id: str = "", day: date | None = None,
                 start: time | None = None, end: time | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.booking = ctx, booking
        self.skip_conflicts = False
        self.capacities = {room.id: room.capacity for room in rooms}
        self.approver: Actor | None = None  # a manager who allowed more attendees than the room holds
        self.approval: ManagerApprovalDialog | None = None
        self.setWindowTitle(self.tr("Réservation") if booking else self.tr("Nouvelle réservation"))
        self.setMinimumWidth(520)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.room = QComboBox()
        for room in rooms:
            self.room.addItem(self.tr("%1 — %n pl.", "", room.capacity).replace("%1", room.name), room.id)
        self.tenant = QComboBox()
        self.tenant.setEditable(True)
        self.tenant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for tenant in tenants:
            self.tenant.addItem(tenant.name, tenant.id)
        completer = QCompleter(self.tenant.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tenant.setCompleter(completer)
        self.tenant.setCurrentIndex(-1)
        self.organiser = QComboBox()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Objet de la réunion"))
        self.day = DateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.start, self.end = QComboBox(), QComboBox()
        for combo in (self.start, self.end):
            for value in TIMES:
                combo.addItem(f"{value:%H:%M}")
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day)
        row.addWidget(QLabel(self.tr("de")))
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("à")))
        row.addWidget(self.end)
        row.addStretch()
        self.attendees = QSpinBox()
        self.attendees.setRange(1, 500)
        self.notes = QLineEdit()
        self.errors.add_row(form, "room_id", self.tr("&Salle"), self.room)
        self.errors.add_row(form, "tenant_id", self.tr("S&ociété"), self.tenant)
        self.errors.add_row(form, "organiser_employee_id", self.tr("O&rganisateur"), self.organiser)
        self.errors.add_row(form, "title", self.tr("O&bjet"), self.title_edit)
        self.errors.add_row(form, "start_at", self.tr("&Quand"), times)
        self.errors.watch("end_at", self.end, self.errors.label("start_at"))
        attendees_row = self.errors.add_row(form, "attendees", self.tr("&Participants"), self.attendees)
        self.override_button = QPushButton(self.tr("Autorisation du responsable…"))
        self.override_button.setAutoDefault(False)
        self.override_button.clicked.connect(self.ask_override)
        self.override_button.hide()
        cast(QVBoxLayout, attendees_row.layout()).addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.errors.add_row(form, "notes", self.tr("&Notes"), self.notes)
        layout = QVBoxLayout(self)
        if booking is not None and booking.conflict:
            layout.addWidget(self._conflict_banner())
        layout.addLayout(form)
        self.scope: SeriesScope | None = None
        self.pending: SeriesChanges | None = None  # a whole-series edit previewed without clash, to confirm
        self.cancel_armed = False  # "Annuler la série" asked once: the next click cancels
        if booking is not None and booking.series_id is not None:
            self.scope = SeriesScope()
            self.scope.toggled_whole.connect(self._scope_changed)
            layout.addWidget(self.scope)
        self.series_box = self._series_box()
        layout.addWidget(self.series_box)
        layout.addWidget(self.errors.general)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Enregistrer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.arrived_button: QPushButton | None = None
        self.cancel_button: QPushButton | None = None
        if booking is not None:
            self.arrived_button = self.buttons.addButton(self.tr("Présent"), QDialogButtonBox.ButtonRole.ActionRole)
            self.cancel_button = self.buttons.addButton(self.tr("Annuler la réservation"),
                                                        QDialogButtonBox.ButtonRole.DestructiveRole)
            self.arrived_button.clicked.connect(self._confirm_arrival)
            self.cancel_button.clicked.connect(self._cancel_booking)
            self.arrived_button.setEnabled(booking.arrived_at is None)
        self.cancel_series_button = self.buttons.addButton(self.tr("Annuler la série"),
                                                           QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_series_button.setAutoDefault(False)  # Enter saves; it never arms a cancellation
        self.cancel_series_button.clicked.connect(self._cancel_series)
        self.cancel_series_button.hide()
        self.buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._checks = 0
        self._fill(booking, room_id, day, start, end)
        self.tenant.currentIndexChanged.connect(self._load_organisers)
        for signal in (self.room.currentIndexChanged, self.start.currentIndexChanged, self.end.currentIndexChanged,
                       self.day.dateChanged):
            signal.connect(self.check_slot)
        for signal in (self.room.currentIndexChanged, self.attendees.valueChanged):
            signal.connect(self._forget_approval)
        self._load_organisers()
        self.check_slot()
        self._load_series()

    def _conflict_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("conflictBanner")
        banner.setStyleSheet("QFrame#conflictBanner { background: #FEF2F2; border: 1px solid #FCA5A5;"
                             " border-radius: 6px; } QFrame#conflictBanner QLabel { color: #991B1B; border: none; }")
        sign = QLabel()
        sign.setPixmap(icon("warning", "#B91C1C").pixmap(20, 20))
        text = QLabel(self.tr("<b>Conflit de synchronisation : à arbitrer par un responsable.</b><br>"
                              "Un autre poste a réservé cette salle sur un créneau qui chevauche celui-ci ; "
                              "les deux réservations sont gardées jusqu'à ce que l'une soit déplacée ou annulée."))
        text.setWordWrap(True)
        row = QHBoxLayout(banner)
        row.setContentsMargins(10, 8, 10, 8)
        row.addWidget(sign, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text, 1)
        return banner

    def _series_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Répéter"))
        box.setCheckable(True)
        box.setChecked(False)
        self.frequency = QComboBox()
        for label, key in ((self.tr("Chaque jour"), "daily"), (self.tr("Chaque semaine"), "weekly"),
                           (self.tr("Chaque mois, même date"), "monthly"),
                           (self.tr("Chaque mois, même jour (ex. 2e mardi)"), "monthly-weekday")):
            self.frequency.addItem(label, key)
        self.frequency.setCurrentIndex(1)
        self.weekdays = [QCheckBox(name) for name in weekday_initials()]
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        for check in self.weekdays:
            row.addWidget(check)
        row.addStretch()
        self.until = DateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd/MM/yyyy")
        self.count = QSpinBox()
        self.count.setRange(0, 260)
        self.count.setSpecialValueText(self.tr("jusqu'à la date"))
        self.conflicts = QListWidget()
        self.conflicts.setMaximumHeight(90)
        self.conflicts.hide()
        form = QFormLayout(box)
        form.addRow(self.tr("Fréquence"), self.frequency)
        form.addRow(self.tr("Jours"), days)
        form.addRow(self.tr("Jusqu'au"), self.until)
        form.addRow(self.tr("Ou nombre de fois"), self.count)
        self.errors.add_row(form, "series", self.tr("Conflits"), self.conflicts)
        box.toggled.connect(lambda _on: self._reset_series_choice())
        return box

    def _fill(self, booking: BookingRow | None, room_id: str, day: date | None, start: time | None,
              end: time | None) -> None:
        if booking is not None:
            room_id, local_start, local_end = booking.room_id, to_local(booking.start_at), to_local(booking.end_at)
            day, start, end = local_start.date(), local_start.time(), local_end.time()
            self.tenant.setCurrentIndex(self.tenant.findData(booking.tenant_id))
            self.title_edit.setText(booking.title)
            self.attendees.setValue(booking.attendees)
            self.notes.setText(booking.notes)
            self.series_box.hide()
        day = day or to_local(self.ctx.services.clock.now()).date()
        self.room.setCurrentIndex(max(0, self.room.findData(room_id)))
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.until.setDate(QDate(day.year, day.month, day.day).addMonths(3))
        self.weekdays[day.weekday()].setChecked(True)
        self.start.setCurrentIndex(max(0, self.start.findText(f"{start or time(9):%H:%M}")))
        self.end.setCurrentIndex(max(0, self.end.findText(f"{end or time(10):%H:%M}")))
        (self.title_edit if booking else self.tenant).setFocus()

    # --- reading the form ---------------------------------------------------------------------------------

    def tenant_id(self) -> str:
        index = self.tenant.findText(self.tenant.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.tenant.itemData(index) if index >= 0 else ""

    def draft(self) -> BookingDraft:
        start_at, end_at = slot(_date(self.day.date()), TIMES[self.start.currentIndex()],
                                TIMES[self.end.currentIndex()])
        return BookingDraft(self.room.currentData() or "", self.tenant_id(), start_at, end_at, self.title_edit.text(),
                            self.organiser.currentData() or None, self.attendees.value(), self.notes.text())

    def rule(self) -> SeriesRule:
        key = self.frequency.currentData()
        return SeriesRule("monthly" if key.startswith("monthly") else key,
                          weekdays=tuple(i for i, c in enumerate(self.weekdays) if c.isChecked()),
                          monthly_by_weekday=key == "monthly-weekday",
                          until=None if self.count.value() else _date(self.until.date()),
                          count=self.count.value() or None)

    # --- live checks --------------------------------------------------------------------------------------

    def _load_organisers(self) -> None:
        tenant_id = self.tenant_id()
        self.organiser.clear()
        self.organiser.addItem(self.tr("—"), None)
        if not tenant_id:
            return
        wanted = self.booking.organiser_employee_id if self.booking else None
        self.ctx.runner.run(lambda: self.ctx.services.directory.employees(self.ctx.actor, tenant_id=tenant_id),
                            lambda rows: self._show_organisers(rows, wanted),
                            BackgroundFailure(self.ctx.runner.notices, self.tr("Liste des organisateurs indisponible")),
                            latest_for=self.organiser)

    def _show_organisers(self, rows: list[Any], wanted: str | None) -> None:
        for row in rows:
            self.organiser.addItem(row.full_name, row.id)
        if wanted:
            self.organiser.setCurrentIndex(max(0, self.organiser.findData(wanted)))

    def check_slot(self) -> None:
        """Asks the service whether the slot is free; its answer appears under the times before saving."""
        self._reset_series_choice()
        draft = self.draft()
        if not draft.room_id or self._whole_series():
            return  # a whole-series edit is checked occurrence by occurrence when saving
        ignore = self.booking.id if self.booking else None
        self._checks += 1
        asked = self._checks
        self.ctx.runner.run(
            lambda: self.ctx.services.rooms.slot_problem(self.ctx.actor, draft.room_id, draft.start_at,
                                                         draft.end_at, ignore),
            lambda problem: self._show_slot_problem(problem, asked),
            BackgroundFailure(self.ctx.runner.notices, self.tr("Vérification du créneau impossible")))

    def _show_slot_problem(self, problem: str | None, asked: int) -> None:
        if asked != self._checks:
            return  # the person changed the slot since: a newer answer is on its way
        label = self.errors.label("start_at")
        label.setText(problem or "")
        label.setVisible(bool(problem))

    def _reset_series_choice(self) -> None:
        self.skip_conflicts = False
        self.conflicts.clear()
        self.conflicts.hide()
        self.pending = None
        self.save_button.setText(self.tr("Enregistrer"))

    # --- saving -------------------------------------------------------------------------------------------

    def save(self) -> None:
        self.errors.clear()
        draft = self.draft()
        rooms, actor = self.ctx.services.rooms, self.ctx.actor
        approver = self.approver or (actor if actor.can(Permission.ROOMS_OVERRIDE) else None)
        if self._whole_series():
            self._save_series()
            return
        self.save_button.setEnabled(False)
        if self.booking is not None:
            booking_id = self.booking.id
            self.ctx.runner.run(lambda: rooms.update(actor, booking_id, draft, approver), self._done, self._failed)
        elif not self.series_box.isChecked():
            self.ctx.runner.run(lambda: rooms.book(actor, draft, approver), self._done, self._failed)
        elif self.skip_conflicts:
            rule = self.rule()
            self.ctx.runner.run(lambda: rooms.book_series(actor, draft, rule, skip_conflicts=True, approver=approver),
                                self._done, self._failed)
        else:
            rule = self.rule()
            self.ctx.runner.run(lambda: rooms.preview_series(actor, draft, rule), self._previewed, self._failed)

    def _previewed(self, preview: SeriesPreview) -> None:
        if not preview.conflicts:
            self.skip_conflicts = True  # nothing to skip: book them all
            self.save()
            return
        self.save_button.setEnabled(True)
        self.conflicts.clear()
        for occurrence in preview.conflicts:
            self.conflicts.addItem(f"{to_local(occurrence.start_at):%d/%m/%Y %H:%M} — {occurrence.problem}")
        self.conflicts.show()
        self.errors.general.setText(self.tr("%n occurrence(s) en conflit sur %1. Réserver seulement les libres ?", "",
                                            len(preview.conflicts)).replace("%1", str(len(preview.occurrences))))
        self.errors.general.show()
        self.skip_conflicts = True
        self.save_button.setText(self.tr("Réserver les %n libres", "", len(preview.free)))

    def _done(self, _result: Any) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show(error.errors)
            self.override_button.setVisible("attendees" in error.errors and self._over_capacity())
            self.adjustSize()  # wrapped messages need the height
        elif isinstance(error, DomainError) and error.field:
            self.errors.show({error.field: error.message})
        else:
            show_failure(self, error)

    # --- the whole series ---------------------------------------------------------------------------------

    def _whole_series(self) -> bool:
        return self.scope is not None and self.scope.is_whole()

    def _load_series(self) -> None:
        if self.scope is None or self.booking is None or self.booking.series_id is None:
            return
        scope, series_id = self.scope, self.booking.series_id
        self.ctx.runner.run(lambda: self.ctx.services.rooms.series_bookings(self.ctx.actor, series_id),
                            scope.show_series,
                            BackgroundFailure(self.ctx.runner.notices, self.tr("Série de réservations indisponible")))

    def _scope_changed(self, whole: bool) -> None:
        """The series carries title, attendees, notes, time and room; the tenant, organiser and day stay."""
        assert self.scope is not None
        for field in (self.tenant, self.organiser, self.day):
            field.setEnabled(not whole)
        for button in (self.arrived_button, self.cancel_button):
            if button is not None:
                button.setVisible(not whole)
        self.cancel_series_button.setVisible(whole)
        self.cancel_series_button.setText(self.tr("Annuler la série"))
        self.cancel_armed = False
        self.scope.set_whole(whole)
        self.errors.clear()
        self.check_slot()
        self.adjustSize()

    def series_changes(self) -> SeriesChanges:
        """What the person changed compared with the occurrence opened; the rest of the series is left as is."""
        assert self.booking is not None
        draft, booking = self.draft(), self.booking
        start = TIMES[self.start.currentIndex()]
        minutes = int((draft.end_at - draft.start_at).total_seconds() // 60)
        return SeriesChanges(
            title=draft.title if draft.title != booking.title else None,
            attendees=draft.attendees if draft.attendees != booking.attendees else None,
            notes=draft.notes if draft.notes != booking.notes else None,
            start_time=start if start != to_local(booking.start_at).time() else None,
            duration_minutes=minutes if minutes != booking.minutes else None,
            room_id=draft.room_id if draft.room_id != booking.room_id else None)

    def _save_series(self) -> None:
        """First a preview (clashes listed, nothing saved), then, once confirmed, the edit itself."""
        assert self.scope is not None and self.booking is not None and self.booking.series_id is not None
        rooms, actor, series_id = self.ctx.services.rooms, self.ctx.actor, self.booking.series_id
        changes = self.series_changes()
        self.errors.clear()
        self.save_button.setEnabled(False)
        if changes == self.pending:
            self.ctx.runner.run(lambda: rooms.edit_series(actor, series_id, changes), self._done, self._failed)
        else:
            self.ctx.runner.run(lambda: rooms.preview_series_edit(actor, series_id, changes),
                                lambda preview: self._series_previewed(changes, preview), self._failed)

    def _series_previewed(self, changes: SeriesChanges, preview: SeriesPreview) -> None:
        assert self.scope is not None
        self.save_button.setEnabled(True)
        self.scope.show_conflicts(preview.conflicts)
        if preview.conflicts:
            self.pending = None
            self.save_button.setText(self.tr("Enregistrer"))
            self.errors.show_general(self.tr(
                "%n occurrence(s) en conflit : la série ne peut pas être modifiée ainsi. "
                "Choisissez une autre salle ou un autre horaire.", "", len(preview.conflicts)))
        else:
            self.pending = changes
            self.errors.show_general(self.tr("Modifier les %n occurrence(s) à venir de la série ?", "",
                                             len(preview.occurrences)))
            self.save_button.setText(self.tr("Modifier %n occurrence(s)", "", len(preview.occurrences)))
        self.adjustSize()

    def _cancel_series(self) -> None:
        """Asked once in the dialog, done on the second click: every occurrence still to come is cancelled."""
        assert self.scope is not None and self.booking is not None and self.booking.series_id is not None
        if not self.cancel_armed:
            self.cancel_armed = True
            self.errors.show_general(self.tr(
                "Annuler les %n occurrence(s) à venir de la série, y compris celles modifiées une à une ?", "",
                self.scope.upcoming))
            self.cancel_series_button.setText(self.tr("Confirmer l'annulation de la série"))
            return
        series_id = self.booking.series_id
        self.cancel_series_button.setEnabled(False)
        self.ctx.runner.run(lambda: self.ctx.services.rooms.cancel_series(self.ctx.actor, series_id),
                            self._done, self._failed_cancel)

    def _failed_cancel(self, error: Exception) -> None:
        self.cancel_series_button.setEnabled(True)
        self._failed(error)

    # --- a manager's override of the capacity ---------------------------------------------------------------

    def _over_capacity(self) -> bool:
        return self.attendees.value() > self.capacities.get(self.room.currentData(), self.attendees.value())

    def ask_override(self) -> None:
        """The refusal's way out: a manager at the desk types their password to allow the extra attendees."""
        room = self.room.currentText().split(" — ")[0]
        details = self.tr("%1 participants pour %2 places dans « %3 ».").replace(
            "%1", str(self.attendees.value())).replace("%2", str(self.capacities[self.room.currentData()])).replace(
            "%3", room)
        self.approval = ManagerApprovalDialog(
            self.ctx.services, self.ctx.runner, Permission.ROOMS_OVERRIDE, title=self.tr("Dépassement de capacité"),
            message=self.tr("Un responsable doit autoriser ce dépassement de capacité."), details=details,
            actions=((self.tr("Autoriser et enregistrer"), True),), parent=self)
        self.approval.decided.connect(self._override_approved)
        self.approval.open()

    def _override_approved(self, approver: Actor, _value: object) -> None:
        self.approver = approver
        self.override_button.hide()
        self.save()

    def _forget_approval(self) -> None:
        """An approval is for the attendees and room it was given for."""
        self.approver = None
        self.override_button.hide()

    def _confirm_arrival(self) -> None:
        assert self.booking is not None
        booking_id = self.booking.id
        self.ctx.runner.run(lambda: self.ctx.services.rooms.confirm_arrival(self.ctx.actor, booking_id),
                            self._done, self._failed)

    def _cancel_booking(self) -> None:
        assert self.booking is not None
        booking_id = self.booking.id
        self.ctx.runner.run(lambda: self.ctx.services.rooms.cancel(self.ctx.actor, booking_id),
                            self._done, self._failed)

