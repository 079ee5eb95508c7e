"""The Planning tab: today's grid of every room (or one room's week), the booking form, the morning sheet.

Each refresh first releases the no-shows, so a slot given back appears free at once.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.clock import local_today, to_local
from reception.core.reports import ReportParams, run_report
from reception.core.services.rooms_data import BookingRow, DayGrid, RoomRow, WeekView
from reception.core.shortcuts import key as shortcut_key
from reception.printing import rooms_pdf  # noqa: F401  (registers the statement layout)
from reception.printing.reports import render_kind, report_meta
from reception.ui.context import AppContext
from reception.ui.empty_state import style_hint
from reception.ui.errors import show_failure
from reception.ui.forms import DateEdit
from reception.ui.printing import PdfPreviewDialog, print_or_preview
from reception.ui.rooms.booking_dialog import BookingDialog
from reception.ui.rooms.time_grid import GridBlock, GridColumn, TimeGrid

DAY_NAMES = cast(tuple[str, ...], (
    QT_TRANSLATE_NOOP("PlanningTab", "Lundi"), QT_TRANSLATE_NOOP("PlanningTab", "Mardi"),
    QT_TRANSLATE_NOOP("PlanningTab", "Mercredi"), QT_TRANSLATE_NOOP("PlanningTab", "Jeudi"),
    QT_TRANSLATE_NOOP("PlanningTab", "Vendredi"), QT_TRANSLATE_NOOP("PlanningTab", "Samedi"),
    QT_TRANSLATE_NOOP("PlanningTab", "Dimanche")))


def _block(booking: BookingRow, column: str) -> GridBlock:
    start, end = to_local(booking.start_at), to_local(booking.end_at)
    detail = booking.tenant_name + (f" · {booking.organiser_name}" if booking.organiser_name else "")
    return GridBlock(booking.id, column, start.time(), end.time(), booking.title, detail, booking.tenant_id,
                     booking.arrived_at is not None, booking.conflict)


class PlanningTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.day = local_today(ctx.services.clock)
        self.rooms: list[RoomRow] = []
        self.tenants: list[Any] = []
        self.bookings: dict[str, BookingRow] = {}
        self.dialog: BookingDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        self.grid = TimeGrid()
        self._cursor_placed_on: date | None = None
        self.grid.slot_chosen.connect(self.open_new)
        self.grid.block_activated.connect(self.open_booking)
        self.grid.period_step.connect(self.step)
        self.date_edit = DateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dddd dd/MM/yyyy")
        self.date_edit.dateChanged.connect(self._date_edited)
        back, forth = ("▶", "◀") if QApplication.isRightToLeft() else ("◀", "▶")  # time runs the reading way
        previous, following = QPushButton(back), QPushButton(forth)
        previous.setToolTip(self.tr("Jour ou semaine précédente (Page préc.)"))
        following.setToolTip(self.tr("Jour ou semaine suivante (Page suiv.)"))
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        today = QPushButton(self.tr("Aujourd'hui"))
        today.clicked.connect(self.go_today)
        self.day_button, self.week_button = QPushButton(self.tr("Jour")), QPushButton(self.tr("Semaine"))
        modes = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            modes.addButton(button)
        self.day_button.setChecked(True)
        modes.buttonClicked.connect(lambda _b: self.refresh())
        self.room_choice = QComboBox()
        self.room_choice.currentIndexChanged.connect(self._room_chosen)
        self.print_button = QPushButton(self.tr("Feuille du jour (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_morning_sheet)
        QShortcut(QKeySequence(shortcut_key("rooms.morning_sheet")), self, self.print_morning_sheet,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.status = QLabel()
        self.status.setObjectName("muted")
        bar = QHBoxLayout()
        for widget in (previous, self.date_edit, following, today):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for control in (self.day_button, self.week_button, self.room_choice):
            bar.addWidget(control)
        bar.addStretch()
        bar.addWidget(self.status)
        bar.addWidget(self.print_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.addLayout(bar)
        self.no_rooms = style_hint(QLabel(self.tr(
            "Aucune salle n'est encore déclarée. Les services généraux les ajoutent dans l'onglet Salles de cette "
            "page (nom, capacité, horaires) ; le planning des réservations s'affiche ensuite ici.")))
        self.no_rooms.hide()
        column.addWidget(self.no_rooms, 1)
        column.addWidget(self.grid, 1)
        self._show_date()

    # --- navigation ---------------------------------------------------------------------------------------

    @property
    def week_mode(self) -> bool:
        return self.week_button.isChecked()

    def step(self, direction: int) -> None:
        self.day += timedelta(days=7 * direction if self.week_mode else direction)
        self._show_date()
        self.refresh()

    def go_today(self) -> None:
        self.day = local_today(self.ctx.services.clock)
        self._show_date()
        self.refresh()

    def _show_date(self) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.blockSignals(False)

    def _date_edited(self, value: QDate) -> None:
        self.day = date(value.year(), value.month(), value.day())
        self.refresh()

    def _room_chosen(self, _index: int) -> None:
        if self.week_mode:  # the day grid shows every room: another choice changes nothing there
            self.refresh()

    # --- loading ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        services, actor, day = self.ctx.services, self.ctx.actor, self.day
        room_id = self.room_choice.currentData() if self.week_mode else None

        def load() -> tuple[Any, list[Any]]:
            services.rooms.release_no_shows(actor)
            tenants = self.tenants or services.directory.tenants(actor)
            if room_id:
                return services.rooms.week(actor, room_id, day), tenants
            return services.rooms.day_grid(actor, day), tenants

        self.ctx.runner.run(load, self._loaded, lambda e: show_failure(self, e), latest_for=self.grid)

    def _loaded(self, result: tuple[DayGrid | WeekView, list[Any]]) -> None:
        content, self.tenants = result
        if isinstance(content, DayGrid):
            self._show_day(content)
        else:
            self._show_week(content)

    def _show_day(self, grid: DayGrid) -> None:
        self.rooms = list(grid.rooms)
        self.no_rooms.setVisible(not self.rooms)
        self.grid.setVisible(bool(self.rooms))  # no empty hours grid under the sentence
        self._fill_room_choice()
        columns = [GridColumn(r.id, r.name, self.tr("%n place(s)", "", r.capacity) + "\n" + r.equipment_text,
                              *grid.room_hours[r.id]) for r in grid.rooms]
        self.bookings = {b.id: b for b in grid.bookings}
        self.grid.set_content(columns, [_block(b, b.room_id) for b in grid.bookings], grid.opens, grid.closes)
        now = to_local(self.ctx.services.clock.now())
        if self.day == now.date() and self._cursor_placed_on != self.day:  # once per day shown: then it is theirs
            self.grid.place_cursor_at(now.time())
            self._cursor_placed_on = self.day
        conflicts = sum(b.conflict for b in grid.bookings)
        self.status.setText(self.tr("%n réservation(s)", "", len(grid.bookings)) + (
            " · " + self.tr("%n conflit(s) de synchronisation", "", conflicts) if conflicts else ""))

    def _show_week(self, week: WeekView) -> None:
        subtitle = f"{week.room.name} · " + self.tr("%n place(s)", "", week.room.capacity)
        columns = [GridColumn(d.isoformat(), f"{self.tr(DAY_NAMES[d.weekday()])} {d:%d/%m}", subtitle,
                              week.opens, week.closes) for d in week.days]
        self.bookings = {b.id: b for b in week.bookings}
        blocks = [_block(b, to_local(b.start_at).date().isoformat()) for b in week.bookings]
        self.grid.set_content(columns, blocks, week.opens, week.closes)
        self.status.setText(self.tr("Semaine du %1 — %2").replace("%1", f"{week.monday:%d/%m/%Y}")
                            .replace("%2", week.room.name))

    def _fill_room_choice(self) -> None:
        if self.room_choice.count() == len(self.rooms):
            return
        self.room_choice.blockSignals(True)
        self.room_choice.clear()
        for room in self.rooms:
            self.room_choice.addItem(room.name, room.id)
        self.room_choice.blockSignals(False)

    # --- the booking form ---------------------------------------------------------------------------------

    def open_new(self, column: str, start: time, end: time) -> None:
        if self.week_mode:
            room_id, day = self.room_choice.currentData(), date.fromisoformat(column)
        else:
            room_id, day = column, self.day
        self._open(BookingDialog(self.ctx, self.rooms, self.tenants, room_id=room_id, day=day, start=start, end=end,
                                 parent=self))

    def open_booking(self, booking_id: str) -> None:
        booking = self.bookings.get(booking_id)
        if booking is not None:
            self._open(BookingDialog(self.ctx, self.rooms, self.tenants, booking=booking, parent=self))

    def _open(self, dialog: BookingDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self.refresh)
        dialog.finished.connect(lambda _r: self.grid.setFocus())
        dialog.open()

    # --- the morning sheet --------------------------------------------------------------------------------

    def print_morning_sheet(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        today = local_today(services.clock)

        def build() -> tuple[bytes, str]:
            data = run_report("room-day", services.db, services.clock, actor, ReportParams(today, today))
            pdf = render_kind("room-day", data, report_meta(data, actor.full_name, services.clock.now()))
            return pdf, str(services.settings.get("printing.report_printer"))

        self.ctx.runner.run(build, self._print, lambda e: show_failure(self, e))

    def _print(self, result: tuple[bytes, str]) -> None:
        pdf, printer = result
        self.preview = print_or_preview(self.ctx.runner, self, pdf, printer, direct=False,
                                        title=self.tr("Feuille du jour"))
