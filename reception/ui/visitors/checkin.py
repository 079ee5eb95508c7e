"""Visiteurs › Arrivée: the check-in form, made for the keyboard.

Three letters of a name show previous visitors; Enter fills the form from the one picked. The host is found
the same way among the tenants' employees. Ctrl+Entrée checks in and the badge prints. A refused field
gets its French message under it and nothing typed is lost; a watch-list match waits for a manager.
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.clock import local_to_utc, local_today
from reception.core.errors import DomainError, ValidationError
from reception.core.models.visits import VISIT_TYPES
from reception.core.services.directory import EmployeeRow, TenantRow
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm, VisitorMatch, VisitRow, WatchListMatch
from reception.core.shortcuts import key as shortcut_key
from reception.printing.formats import fr_date, fr_time
from reception.ui.camera import CameraFeed
from reception.ui.context import AppContext
from reception.ui.errors import show_failure
from reception.ui.forms import FieldErrors
from reception.ui.visitors.agreement import AgreementStatus
from reception.ui.visitors.approval import WatchListApprovalDialog
from reception.ui.visitors.badge_printing import BadgePrinter
from reception.ui.visitors.events import VisitEvents
from reception.ui.visitors.lookup import LookupField
from reception.ui.visitors.missing_host import MissingHostDialog
from reception.ui.visitors.photo_dialog import PhotoDialog

# An ID type is stored as is (French) and shown translated.
ID_TYPES = cast(tuple[str, ...], ("", QT_TRANSLATE_NOOP("CheckInPanel", "CIN"),
                                  QT_TRANSLATE_NOOP("CheckInPanel", "Passeport"),
                                  QT_TRANSLATE_NOOP("CheckInPanel", "Carte de séjour"),
                                  QT_TRANSLATE_NOOP("CheckInPanel", "Permis de conduire")))


class CheckInPanel(QWidget):
    checked_in = Signal(object)  # VisitRow

    def __init__(self, ctx: AppContext, badges: BadgePrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.badges = badges
        self.visitor_id: str | None = None
        self.expected_visit_id: str | None = None
        self.host: EmployeeRow | None = None
        self.last_visit: VisitRow | None = None
        self.approval_dialog: WatchListApprovalDialog | None = None
        self.missing_host_dialog: MissingHostDialog | None = None
        self.photo_dialog: PhotoDialog | None = None
        self.photo_visit: VisitRow | None = None
        self.camera = CameraFeed(self)
        self._said_no_camera = False
        self.errors = FieldErrors()
        services, actor = ctx.services, ctx.actor

        self.last_name = LookupField(ctx.runner, lambda text: services.visits.search_visitors(actor, text),
                                     _visitor_columns, (self.tr("Visiteur"), self.tr("Organisation"),
                                                        self.tr("Dernière visite"), self.tr("Contact")))
        self.last_name.setPlaceholderText(self.tr("3 lettres pour retrouver un visiteur"))
        self.first_name = QLineEdit()
        self.organisation = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("06 12 34 56 78")
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("nom@societe.ma"))
        self.id_type = QComboBox()
        for label in ID_TYPES:
            self.id_type.addItem(self.tr(label) if label else self.tr("—"), label)
        self.id_number = QLineEdit()
        self.host_field = LookupField(ctx.runner,
                                      lambda text: services.directory.employees(actor, query=text, limit=10),
                                      self._host_columns, (self.tr("Personne"), self.tr("Société")))
        self.host_field.setPlaceholderText(self.tr("3 lettres : nom de la personne ou de la société"))
        self.missing_host_button = QPushButton(self.tr("Absente de l'annuaire ? A&jouter la personne…"))
        self.missing_host_button.setObjectName("link")
        self.missing_host_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Alt+J; Tab stays on the fields
        self.missing_host_button.clicked.connect(self.add_missing_host)
        self.visit_type = QComboBox()
        for key, label in VISIT_TYPES.items():
            self.visit_type.addItem(label, key)
        self.expected_end = QLineEdit()
        self.expected_end.setPlaceholderText(self.tr("hh:mm"))
        self.expected_end.setMaximumWidth(140)
        self.notes = QLineEdit()

        visitor_box = QGroupBox(self.tr("Visiteur"))
        visitor_form = QFormLayout(visitor_box)
        for key, caption, field in (
            ("last_name", self.tr("&Nom"), self.last_name), ("first_name", self.tr("&Prénom"), self.first_name),
            ("organisation", self.tr("&Organisation"), self.organisation),
            ("phone", self.tr("Té&léphone"), self.phone), ("email", self.tr("&E-mail"), self.email),
            ("id_type", self.tr("Pièce d'&identité"), self.id_type),
            ("id_number", self.tr("N° de pièce"), self.id_number),
        ):
            self.errors.add_row(visitor_form, key, caption, field)
        visit_box = QGroupBox(self.tr("Visite"))
        visit_form = QFormLayout(visit_box)
        for key, caption, field in (
            ("host_employee_id", self.tr("Personne &visitée"), self.host_field),
            ("visit_type", self.tr("T&ype"), self.visit_type),
            ("expected_end", self.tr("&Fin prévue"), self.expected_end), ("notes", self.tr("Notes"), self.notes),
        ):
            self.errors.add_row(visit_form, key, caption, field)
            if key == "host_employee_id":
                visit_form.addRow("", self.missing_host_button)

        self.submit = QPushButton(self.tr("Enregistrer l'arrivée  (Ctrl+Entrée)"))
        self.submit.setObjectName("primary")
        self.submit.setAutoDefault(True)  # focused after a returning visitor's pick: Enter checks in
        self.submit.clicked.connect(lambda: self.check_in())
        clear = QPushButton(self.tr("Nouveau visiteur"))
        clear.clicked.connect(self.clear)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.reprint_button = QPushButton(self.tr("Réimprimer le badge"))
        self.reprint_button.hide()
        self.reprint_button.clicked.connect(lambda: self.last_visit and self.badges.reprint(self.last_visit))
        self.agreement = AgreementStatus(ctx)  # the visit just recorded: its agreement, to sign here if asked

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(visitor_box, 1)
        visit_column = QVBoxLayout()
        visit_column.addWidget(visit_box)
        visit_column.addStretch()
        columns.addLayout(visit_column, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.notice, 1)
        actions.addWidget(self.reprint_button)
        actions.addWidget(clear)
        actions.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.errors.general)
        layout.addLayout(actions)
        layout.addWidget(self.agreement)
        layout.addStretch()

        self.last_name.picked.connect(self.fill_from_visitor)
        self.host_field.picked.connect(self.set_host)
        self.host_field.textEdited.connect(self._host_edited)
        for name_field in (self.last_name, self.first_name):
            name_field.textEdited.connect(self._identity_edited)
        for sequence in (shortcut_key("visitors.check_in"), shortcut_key("visitors.check_in_enter")):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda: self.check_in())

    # --- filling --------------------------------------------------------------------------------------

    def fill_from_visitor(self, match: VisitorMatch) -> None:
        """A returning visitor: identity and contact come back; the ID number stays on file, masked."""
        self.visitor_id = match.visitor_id or None
        self.expected_visit_id = match.expected_visit_id
        self.last_name.set_text_quietly(match.last_name)
        self.first_name.setText(match.first_name)
        self.organisation.setText(match.organisation)
        self.phone.setText(match.phone)
        self.email.setText(match.email)
        self.id_type.setCurrentIndex(max(0, self.id_type.findData(match.id_type)))
        self.id_number.clear()
        self.id_number.setPlaceholderText(match.id_number_masked and self.tr("enregistré : {masked}").format(
            masked=match.id_number_masked))
        if match.last_host is not None:  # the same person as last time, proposed: Enter checks in, Alt+V changes
            self.set_host(match.last_host)
            self.submit.setFocus()
        else:
            self.host_field.setFocus()

    def set_host(self, employee: EmployeeRow) -> None:
        self.host = employee
        self.host_field.set_text_quietly(f"{employee.full_name} — {employee.tenant_name}")
        self.host_field.setCursorPosition(0)  # shown from its start: the name, not "…hmane Benjelloun"
        self.visit_type.setFocus()

    def _host_edited(self) -> None:
        self.host = None

    def _host_columns(self, employee: EmployeeRow) -> tuple[str, str]:
        pending = self.tr(" (à confirmer)") if employee.pending else ""
        return f"{employee.full_name}{pending}", employee.tenant_name

    def add_missing_host(self) -> None:
        """The companies are read off the GUI thread, then the form opens with what was typed as the name."""
        services, actor, typed = self.ctx.services, self.ctx.actor, "" if self.host else self.host_field.text()

        def ask(tenants: list[TenantRow]) -> None:
            self.missing_host_dialog = MissingHostDialog(self.ctx, tenants, typed, self)
            self.missing_host_dialog.accepted.connect(lambda: self._missing_host_added(self.missing_host_dialog))
            self.missing_host_dialog.open()

        self.ctx.runner.run(lambda: services.directory.tenants(actor), ask, lambda e: show_failure(self, e))

    def _missing_host_added(self, dialog: MissingHostDialog | None) -> None:
        if dialog is None or dialog.result_value is None:
            return
        self.set_host(dialog.result_value)
        self.notice.setText(self.tr("{name} ajouté(e) comme personne visitée, à confirmer par les services "
                                    "généraux.").format(name=dialog.result_value.full_name))

    def _identity_edited(self) -> None:
        """Typing another name by hand means another person: the form no longer updates the one picked."""
        self.visitor_id = self.expected_visit_id = None
        self.id_number.setPlaceholderText("")

    def clear(self) -> None:
        for field in (self.last_name, self.first_name, self.organisation, self.phone, self.email, self.id_number,
                      self.host_field, self.expected_end, self.notes):
            field.clear()
        self.id_type.setCurrentIndex(0)
        self.visit_type.setCurrentIndex(0)
        self.id_number.setPlaceholderText("")
        self.visitor_id, self.expected_visit_id, self.host = None, None, None
        self.errors.clear()
        self.last_name.setFocus()

    # --- checking in ----------------------------------------------------------------------------------

    def form(self) -> CheckInForm:
        """What is on screen, as the service reads it; a malformed end time is reported like a field error."""
        return CheckInForm(
            last_name=self.last_name.text(), first_name=self.first_name.text(),
            organisation=self.organisation.text(), phone=self.phone.text(), email=self.email.text(),
            id_type=self.id_type.currentData() or "", id_number=self.id_number.text(),
            host_employee_id=self.host.id if self.host else "", visit_type=self.visit_type.currentData(),
            expected_end=self._expected_end(), notes=self.notes.text(), visitor_id=self.visitor_id,
            expected_visit_id=self.expected_visit_id,
        )

    def _expected_end(self) -> datetime | None:
        text = self.expected_end.text().strip().replace("h", ":")
        if not text:
            return None
        try:
            moment = datetime.strptime(text, "%H:%M")
        except ValueError:
            raise ValidationError({"expected_end": self.tr("Heure attendue au format hh:mm (exemple : 16:30).")}) \
                from None
        return local_to_utc(local_today(self.ctx.services.clock), moment.hour, moment.minute)

    def check_in(self, approval: Actor | None = None) -> None:
        try:
            form = self.form()
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        self.errors.clear()
        self.submit.setEnabled(False)
        visits, photos, actor = self.ctx.services.visits, self.ctx.services.photos, self.ctx.actor

        def record() -> tuple[VisitRow, bool]:
            return visits.check_in(actor, form, approval), photos.wanted_at_desk(form.visit_type)

        self.ctx.runner.run(record, self._checked_in, lambda error: self._refused(error, form))

    def _checked_in(self, result: tuple[VisitRow, bool]) -> None:
        visit, photo_wanted = result
        self.submit.setEnabled(True)
        self.last_visit = visit
        self.notice.setText(self.tr("{name} est arrivé(e) à {time} — badge n° {number}.").format(
            name=visit.visitor_name, time=fr_time(visit.checked_in_at),
            number=visit.badge_number))
        self.reprint_button.show()
        self.agreement.show_visit(visit)
        self.clear()
        VisitEvents.of(self.ctx).visits_changed.emit()
        self.checked_in.emit(visit)
        self._photo_then_badge(visit, photo_wanted)

    def _photo_then_badge(self, visit: VisitRow, wanted: bool) -> None:
        """For the visit types the site photographs (visits.desk_photo_types): the photo first, so the badge
        can carry it."""
        if not wanted:
            self.badges.print_visits([visit])
            return
        if self.camera.latest is None and not self.camera.start():
            if not self._said_no_camera:  # said once, never an error: the check-in is done
                self._said_no_camera = True
                self.ctx.runner.notices.done(self.tr("Pas de caméra : les photos des visiteurs ne sont pas prises."))
            self.badges.print_visits([visit])
            return
        self.photo_visit = visit
        self.photo_dialog = PhotoDialog(self.camera, visit.visitor_name, self)
        self.photo_dialog.finished.connect(self._photo_taken)
        self.photo_dialog.open()

    def _photo_taken(self, _result: int) -> None:
        visit, jpeg = self.photo_visit, self.photo_dialog.jpeg if self.photo_dialog is not None else None
        if visit is None:
            return
        if jpeg is None:
            self.badges.print_visits([visit])
            return
        photos, actor = self.ctx.services.photos, self.ctx.actor
        # bound methods: the runner drops the answer if this panel was closed meanwhile
        self.ctx.runner.run(lambda: photos.store(actor, visit.id, jpeg), self._photo_stored, self._photo_failed)

    def _photo_failed(self, error: Exception) -> None:
        show_failure(self, error)
        if self.photo_visit is not None:
            self.badges.print_visits([self.photo_visit])  # without the photo: the visitor is not kept waiting

    def _photo_stored(self, _photo: object) -> None:
        VisitEvents.of(self.ctx).visits_changed.emit()
        if self.photo_visit is not None:
            self.badges.print_visits([self.photo_visit])

    def _refused(self, error: Exception, form: CheckInForm) -> None:
        self.submit.setEnabled(True)
        if isinstance(error, WatchListMatch):
            self._ask_manager(error, form)
        elif isinstance(error, ValidationError):
            self.errors.show(error.errors)
        elif isinstance(error, DomainError):
            self.errors.show_general(error.message)
        else:
            show_failure(self, error)

    def _ask_manager(self, match: WatchListMatch, form: CheckInForm) -> None:
        self.approval_dialog = WatchListApprovalDialog(match, self.ctx.services, self.ctx.runner, self)
        self.approval_dialog.decided.connect(lambda approver, allowed: self._decided(approver, allowed, form))
        self.approval_dialog.open()

    def _decided(self, approver: Actor, allowed: bool, form: CheckInForm) -> None:
        if allowed:
            self.check_in(approval=approver)
            return
        name = f"{form.first_name} {form.last_name}".strip()

        def refused(_none: object) -> None:
            self.clear()
            self.notice.setText(self.tr("Entrée refusée à {name} par {manager}.").format(
                name=name, manager=approver.full_name))

        self.ctx.runner.run(lambda: self.ctx.services.visits.refuse_watchlisted(self.ctx.actor, approver, form),
                            refused, lambda error: show_failure(self, error))


def _visitor_columns(match: VisitorMatch) -> tuple[str, str, str, str]:
    """Namesakes told apart by organisation, last visit and a masked e-mail or phone."""
    when = QCoreApplication.translate("CheckInPanel", "attendu(e) aujourd'hui") if match.expected_visit_id \
        else fr_date(match.last_visit_at) if match.last_visit_at else ""
    return match.full_name, match.organisation, when, match.contact_hint
