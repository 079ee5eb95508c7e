"""Paramètres › Réglages: every declared setting, grouped, each with the editor its type calls for."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reception.core.i18n import _
from reception.core.services.settings import SPECS, SettingSpec
from reception.ui.context import AppContext
from reception.ui.errors import show_failure
from reception.ui.forms import FieldErrors, field_value
from reception.ui.kiosk import launch
from reception.ui.printing import available_printers
from reception.ui.scan import SCANNER_AFFIXES, set_scanner_affixes
from reception.ui.settings.scanner_test import ScannerTestBox

SCANNER_GROUP = "Lecteur de codes"
KIOSK_GROUP = "Borne"

CHOICE_LABELS: dict[str, str] = {
    # what a setting's code means to the person choosing it (the code itself is what is saved)
    "fr": cast(str, QT_TRANSLATE_NOOP("Settings", "Français")),
    "en": cast(str, QT_TRANSLATE_NOOP("Settings", "English")),
    "ar": cast(str, QT_TRANSLATE_NOOP("Settings", "العربية")),  # each language in itself, as its reader looks for it
    "cr80": cast(str, QT_TRANSLATE_NOOP("Settings", "Carte CR80 (85,6 × 54 mm)")),
    "62x100": cast(str, QT_TRANSLATE_NOOP("Settings", "Brother 62 × 100 mm")),
    "54x101": cast(str, QT_TRANSLATE_NOOP("Settings", "DYMO 54 × 101 mm")),
    "57x32": cast(str, QT_TRANSLATE_NOOP("Settings", "DYMO 57 × 32 mm")),
}


def choice_label(code: str) -> str:
    """The translated label of a setting's choice; a code without one is shown as it is."""
    label = CHOICE_LABELS.get(code)
    return QCoreApplication.translate("Settings", label) if label else code


def editor_for(spec: SettingSpec) -> QWidget:
    if spec.type is bool:
        return QCheckBox()
    if spec.choices:
        combo = QComboBox()
        for choice in spec.choices:
            combo.addItem(choice_label(choice), choice)
        return combo
    if spec.key.startswith("printing.") and spec.key.endswith("_printer"):
        combo = QComboBox()  # the system's printers; editable so a printer not connected yet can be named
        combo.setEditable(True)
        combo.addItems(["", *available_printers()])
        return combo
    if spec.type is int:
        spin = QSpinBox()
        spin.setRange(spec.minimum if spec.minimum is not None else -1_000_000,
                      spec.maximum if spec.maximum is not None else 1_000_000)
        spin.setMinimumWidth(120)
        return spin
    line = QLineEdit()
    if spec.secret:
        line.setEchoMode(QLineEdit.EchoMode.Password)
    return line


def set_editor_value(editor: QWidget, value: Any) -> None:
    if isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QComboBox) and editor.isEditable():
        editor.setCurrentText(str(value))
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(0, editor.findData(value)))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QLineEdit):
        editor.setText(str(value))


class PreferencesTab(QWidget):
    """All or nothing: a wrong value keeps every edit on screen and says what is wrong beside it."""

    saved = Signal(dict)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._requested = False
        self.kiosk: QWidget | None = None
        self.editors: dict[str, QWidget] = {}
        self.errors = FieldErrors()
        body = QWidget()
        body.setObjectName("pageBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 16, 0)
        column.setSpacing(16)
        groups: dict[str, list[SettingSpec]] = {}
        for spec in SPECS.values():  # in the order the groups are first declared: "Poste" first
            groups.setdefault(spec.group, []).append(spec)
        for group, specs in groups.items():
            box = QGroupBox(_(group))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for spec in specs:
                self.editors[spec.key] = editor_for(spec)
                self.errors.add_row(form, spec.key, _(spec.label), self.editors[spec.key])
            column.addWidget(box)
            if group == SCANNER_GROUP:
                self.scanner_test = ScannerTestBox(self._scanner_affixes)
                column.addWidget(self.scanner_test)
            if group == KIOSK_GROUP:
                self.kiosk_button = QPushButton(self.tr("Ouvrir la borne (second écran, plein écran)"))
                self.kiosk_button.setObjectName("openKiosk")
                self.kiosk_button.clicked.connect(self.open_kiosk)
                form.addRow("", self.kiosk_button)
        column.addStretch()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)

        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.errors.general, 1)
        buttons.addWidget(self.notice, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)

    def open_kiosk(self) -> None:
        """The self-service kiosk on the desk PC's second screen; a manager's password closes it."""
        def opened(window: QWidget) -> None:
            self.kiosk = window

        launch.open_kiosk(self.ctx.services, self.ctx.runner, opened)

    def _scanner_affixes(self) -> tuple[str, str]:
        """The prefix and suffix as typed, so the scanner test tries them before they are saved."""
        return str(field_value(self.editors["scanner.prefix"])), str(field_value(self.editors["scanner.suffix"]))

    def refresh(self) -> None:
        """Loads the stored values once: coming back to the tab must not wipe edits not yet saved."""
        if self._requested:
            return
        self._requested = True
        self.ctx.runner.run(self.ctx.services.settings.all, self._show, lambda e: show_failure(self, e))

    def _show(self, values: dict[str, Any]) -> None:
        for key, editor in self.editors.items():
            set_editor_value(editor, values[key])

    def values(self) -> dict[str, Any]:
        return {key: field_value(editor) for key, editor in self.editors.items()}

    def save(self) -> None:
        services, actor, changes = self.ctx.services, self.ctx.actor, self.values()
        self.errors.clear()
        self.notice.clear()
        self.save_button.setEnabled(False)
        self.ctx.runner.run(lambda: services.settings.update(actor, changes, at=services.clock.now()),
                            self._saved, self._failed)

    def _saved(self, changed: dict[str, Any]) -> None:
        self.save_button.setEnabled(True)
        if SCANNER_AFFIXES & changed.keys():
            set_scanner_affixes(*self._scanner_affixes())
        if "ui.language" in changed:
            self.notice.setText(self.tr("Réglages enregistrés. La nouvelle langue s'applique au prochain démarrage "
                                        "de la console."))
        else:
            self.notice.setText(self.tr("Réglages enregistrés.") if changed else self.tr("Aucun changement."))
        self.saved.emit(changed)

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self.errors.explain(error)
        first_wrong = next((self.editors[k] for k in getattr(error, "errors", {}) if k in self.editors), None)
        if first_wrong is not None:
            self.scroll_area.ensureWidgetVisible(first_wrong)
