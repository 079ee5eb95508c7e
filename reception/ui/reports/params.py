"""The parameter form of a report kind, built from the parameters it declares.

Dates are QDateEdit pickers in dd/MM/yyyy; tenants and rooms are searchable drop-downs holding ids; the
other options are free text. `values()` returns what reception.core.services.reports.make_params expects.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QFormLayout, QLineEdit, QWidget

from reception.core.reports import ReportKind
from reception.ui.forms import DateEdit

DATE_FORMAT = "dd/MM/yyyy"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_picker(day: date, display: str = DATE_FORMAT) -> QDateEdit:
    picker = DateEdit(to_qdate(day))
    picker.setCalendarPopup(True)
    picker.setDisplayFormat(display)
    return picker


def choice_box(choices: list[tuple[str, str]], *, editable: bool = False, blank: str = "") -> QComboBox:
    """A drop-down of (label, value) pairs, searchable by typing; the first entry may be a blank 'all'."""
    box = QComboBox()
    box.setEditable(True)
    if blank:
        box.addItem(blank, "")
    for label, value in choices:
        box.addItem(label, value)
    completer = box.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setProperty("free_text", editable)
    return box


class ParamsForm(QWidget):
    """One row per declared parameter, with sensible defaults around `today`. Enter in any field emits
    `submitted` (the page builds the preview), so a report runs without leaving the keyboard."""

    submitted = Signal()

    LABELS = {
        "from": QT_TRANSLATE_NOOP("ParamsForm", "Du"), "to": QT_TRANSLATE_NOOP("ParamsForm", "Au"),
        "date": QT_TRANSLATE_NOOP("ParamsForm", "Jour"), "month": QT_TRANSLATE_NOOP("ParamsForm", "Mois"),
        "tenant": QT_TRANSLATE_NOOP("ParamsForm", "Société"), "room": QT_TRANSLATE_NOOP("ParamsForm", "Salle"),
        "session": QT_TRANSLATE_NOOP("ParamsForm", "N° de session de caisse"),
        "company": QT_TRANSLATE_NOOP("ParamsForm", "Société (texte)"),
        "site": QT_TRANSLATE_NOOP("ParamsForm", "Site (code)"), "desk": QT_TRANSLATE_NOOP("ParamsForm", "Poste (code)"),
        "user": QT_TRANSLATE_NOOP("ParamsForm", "Utilisateur"), "action": QT_TRANSLATE_NOOP("ParamsForm", "Action"),
        "type": QT_TRANSLATE_NOOP("ParamsForm", "Type"),
    }

    def __init__(self, kind: ReportKind, today: date, choices: dict[str, list[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label goes above its field
        for name in kind.params:
            widget = self._field(name, today, choices.get(name))
            self.fields[name] = widget
            form.addRow(self.tr(str(self.LABELS.get(name, name))), widget)
            widget.installEventFilter(self)  # an editable combo has the focus itself, its line edit behind it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.submitted.emit()
            return True
        return False

    def editors(self) -> list[QWidget]:
        """The fields in their order on screen, for the page's Tab order."""
        return list(self.fields.values())

    def _field(self, name: str, today: date, choices: list[tuple[str, str]] | None) -> QWidget:
        if name == "from":
            return date_picker(today.replace(day=1))
        if name in ("to", "date"):
            return date_picker(today)
        if name == "month":
            return date_picker(today.replace(day=1), "MM/yyyy")
        if name == "session" and choices:
            return choice_box(choices, editable=True)  # the desk's current session first, proposed
        if choices is not None:
            return choice_box(choices, editable=name not in ("tenant", "room"), blank="—")
        field = QLineEdit()
        field.setPlaceholderText(self.tr("(tous)"))
        return field

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QDateEdit):
                day = from_qdate(widget.date())
                result[name] = f"{day:%Y-%m}" if name == "month" else day
            elif isinstance(widget, QComboBox):
                chosen = widget.currentData() if widget.currentText() == widget.itemText(widget.currentIndex()) \
                    else None
                result[name] = chosen if chosen is not None else widget.currentText().strip()
            elif isinstance(widget, QLineEdit):
                result[name] = widget.text().strip()
        return result
