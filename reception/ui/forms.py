"""Forms whose mistakes are explained next to the field, in French, without losing what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DomainError, ValidationError
from reception.ui.errors import apology_text
from reception.ui.operations import OperationRunner


class FieldErrors:
    """The error labels of one form, keyed like ValidationError.errors; unknown keys go to a general label."""

    def __init__(self, general: QLabel | None = None) -> None:
        self.general = general or error_label()
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

    def add_row(self, form: QFormLayout, key: str, caption: str, field: QWidget) -> QWidget:
        """Adds `field` with its caption and an error line under it; returns the row's container."""
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        label = error_label()
        column.addWidget(label)
        caption_label = QLabel(caption)
        caption_label.setBuddy(field)
        form.addRow(caption_label, container)
        self.watch(key, field, label)
        return container

    def watch(self, key: str, field: QWidget, label: QLabel) -> None:
        self._labels[key] = label
        self._fields[key] = field

    def label(self, key: str) -> QLabel:
        return self._labels[key]

    def show(self, errors: dict[str, str]) -> None:
        """Shows every message beside its field and puts the cursor in the first wrong field."""
        self.clear()
        leftovers = []
        first: QWidget | None = None
        for key, message in errors.items():
            label = self._labels.get(key)
            if label is None:
                leftovers.append(message)
                continue
            label.setText(message)
            label.show()
            self._fields[key].setProperty("invalid", True)
            _repolish(self._fields[key])
            first = first or self._fields[key]
        if leftovers:
            self.general.setText("\n".join(leftovers))
            self.general.show()
        if first is not None:
            first.setFocus()

    def explain(self, error: Exception) -> None:
        """Where a failed save says what went wrong: beside the fields, or above the buttons."""
        if isinstance(error, ValidationError):
            self.show(error.errors)
        elif isinstance(error, DomainError):
            self.show_general(error.message)
        else:  # already logged by the operation runner
            self.show_general(apology_text())

    def show_general(self, message: str) -> None:
        self.clear()
        self.general.setText(message)
        self.general.show()

    def clear(self) -> None:
        for key, label in self._labels.items():
            label.clear()
            label.hide()
            if self._fields[key].property("invalid"):
                self._fields[key].setProperty("invalid", False)
                _repolish(self._fields[key])
        self.general.clear()
        self.general.hide()


def error_label() -> QLabel:
    """The red line that explains a refusal; hidden until there is something to say."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def password_field(object_name: str = "") -> QLineEdit:
    field = QLineEdit()
    if object_name:
        field.setObjectName(object_name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _repolish(widget: QWidget) -> None:
    """Re-applies the stylesheet so the [invalid="true"] border follows the property."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def field_value(widget: QWidget) -> Any:
    """The typed value of an editor: text, the chosen item's data, a tick, a number or a date."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):  # raw: toPlainText() would turn French no-break spaces into spaces
        return widget.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return widget.currentText() if data is None else data
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QDateEdit):
        return widget.date().toPython()
    raise TypeError(f"no value for {type(widget).__name__}")


class FormDialog(QDialog):
    """A dialog of fields saved by one service call off the GUI thread.

    `save(values)` receives {key: typed value}; a ValidationError puts each message next to its field and
    keeps the dialog open with everything typed. `check(values)` may refuse locally first (e.g. two
    passwords that differ). On success `result_value` holds what `save` returned.
    """

    def __init__(self, title: str, runner: OperationRunner, save: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None, *, intro: str = "", ok_text: str = "",
                 check: Callable[[dict[str, Any]], dict[str, str]] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self._runner = runner
        self._save = save
        self._check = check
        self.result_value: Any = None
        self.fields: dict[str, QWidget] = {}
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or self.tr("Enregistrer"))
        self.ok_button.setObjectName("primary")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # only Escape or a click cancels, never a stray Space
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)

    def add_field(self, key: str, caption: str, widget: QWidget, hint: str = "") -> QWidget:
        """Adds a row; Tab walks the fields in order before the buttons, and the first field has the focus.
        `hint` is a rule shown under the field beforehand (not only after a refusal)."""
        previous = list(self.fields.values())[-1] if self.fields else None
        self.fields[key] = widget
        self.errors.add_row(self.form, key, caption, widget)
        if hint:
            note = QLabel(hint)
            note.setObjectName("subtle")
            note.setWordWrap(True)
            self.form.addRow("", note)
        if previous is None:
            widget.setFocus()
        else:
            QWidget.setTabOrder(previous, widget)
        QWidget.setTabOrder(widget, self.ok_button)
        return widget

    def values(self) -> dict[str, Any]:
        return {key: field_value(widget) for key, widget in self.fields.items()}

    def submit(self) -> None:
        values = self.values()
        refused = self._check(values) if self._check else {}
        if refused:
            self.errors.show(refused)
            self._fit()
            return
        self.errors.clear()
        self.buttons.setEnabled(False)
        self._runner.run(lambda: self._save(values), self._saved, self._failed)

    def _saved(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = result
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.errors.explain(error)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Taller by the error lines, once they are laid out: never drawn over the fields."""
        QTimer.singleShot(0, lambda: self.resize(self.width(), max(self.height(), self.sizeHint().height())))


NO_DATE = QDate(2000, 1, 1)
"""What an empty date filter holds (shown as "—")."""


class DateEdit(QDateEdit):
    """A date field where Tab leaves for the next field: day, month and year change with the arrow keys
    (Left/Right between them, Up/Down on each). Qt's own walks Tab through the sections, and a booking
    typed in a hurry landed on 27/12 instead of 27/11.

    It is laid out left to right even in Arabic: dates are written 27/11/2026 in Latin digits on every label
    and document, and Qt would otherwise show the sections reversed (2026/11/27)."""

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # before any display format is set
        if date is not None:
            self.setDate(date)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def optional_date_edit() -> QDateEdit:
    """A dd/mm/yyyy date filter that can be left empty, shown as "—"."""
    edit = DateEdit()
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    return edit


def optional_date(edit: QDateEdit) -> date | None:
    """The filter's date, or None when left empty."""
    return None if edit.date() == NO_DATE else cast(date, edit.date().toPython())  # stubs: object
