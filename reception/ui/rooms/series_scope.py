"""The choice offered when a booking of a series is opened: change this occurrence only, or the whole series.
It also says which occurrences a whole-series edit keeps (those edited one by one) and lists the occurrences
that would clash before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QHBoxLayout, QLabel, QListWidget, QRadioButton, QVBoxLayout

from reception.core.clock import to_local
from reception.core.models.rooms import CONFIRMED
from reception.core.services.rooms_data import BookingRow, Occurrence


class SeriesScope(QGroupBox):
    toggled_whole = Signal(bool)

    def __init__(self) -> None:
        super().__init__(self.tr("Cette réservation fait partie d'une série"))
        self.only = QRadioButton(self.tr("Cette réservation seu&lement"))
        self.whole = QRadioButton(self.tr("&Toute la série"))
        self.only.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.only)
        group.addButton(self.whole)
        self.whole.toggled.connect(self.toggled_whole)
        self.kept = QLabel()
        self.kept.setWordWrap(True)
        self.kept.setStyleSheet("color: #475569;")
        self.kept.hide()
        self.conflicts = QListWidget()
        self.conflicts.setMaximumHeight(90)
        self.conflicts.setWordWrap(True)  # a clash names the booking and its times: too long for one line
        self.conflicts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflicts.hide()
        choices = QHBoxLayout()
        choices.addWidget(self.only)
        choices.addWidget(self.whole)
        choices.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.kept)
        layout.addWidget(self.conflicts)
        self.upcoming = 0  # occurrences still confirmed from now on: what cancelling the series cancels
        self.kept_count = 0

    def is_whole(self) -> bool:
        return self.whole.isChecked()

    def show_series(self, rows: list[BookingRow]) -> None:
        """The series' occurrences from now on, read when the dialog opens."""
        self.upcoming = sum(row.status == CONFIRMED for row in rows)
        self.kept_count = sum(row.detached for row in rows)
        self.kept.setText(self.kept_text())
        self.kept.setVisible(self.is_whole() and self.kept_count > 0)

    def kept_text(self) -> str:
        if self.kept_count == 1:
            return self.tr("1 réservation modifiée une à une reste inchangée.")
        return self.tr("%1 réservations modifiées une à une restent inchangées.").replace("%1", str(self.kept_count))

    def show_conflicts(self, occurrences: tuple[Occurrence, ...]) -> None:
        self.conflicts.clear()
        for occurrence in occurrences:
            self.conflicts.addItem(f"{to_local(occurrence.start_at):%d/%m/%Y %H:%M} — {occurrence.problem}")
        self.conflicts.setVisible(bool(occurrences))

    def set_whole(self, whole: bool) -> None:
        """Shows what belongs to the chosen scope (the kept occurrences only matter to the whole series)."""
        self.kept.setVisible(whole and self.kept_count > 0)
        self.show_conflicts(())
