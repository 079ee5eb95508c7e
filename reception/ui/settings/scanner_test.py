"""Paramètres › Réglages › "Tester le lecteur": scan anything into the field, and it says what it read, how
fast the scanner types, and what to set on the scanner or here (layout, Enter suffix, prefix, speed).

The field is marked as raw scanner input, so the scan router leaves it alone: a badge scanned here is read,
never checked out.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from itertools import pairwise
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from reception.core.services.scan_codes import CodeKind, ScannerDiagnosis, diagnose
from reception.ui.scan import RAW_SCANNER_INPUT

KIND_LABELS: dict[CodeKind, str] = {
    CodeKind.BADGE: cast(str, QT_TRANSLATE_NOOP("ScannerTest", "badge visiteur ou invitation")),
    CodeKind.VOUCHER: cast(str, QT_TRANSLATE_NOOP("ScannerTest", "bon de cafétéria")),
}


class ScannerTestField(QLineEdit):
    """Remembers when each key arrived, to tell the scanner's speed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty(RAW_SCANNER_INPUT, True)
        self.key_times: list[float] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if len(event.text()) == 1 and event.text().isprintable():
            if not self.text():
                self.key_times.clear()
            self.key_times.append(float(event.timestamp()) or time.monotonic() * 1000)
        super().keyPressEvent(event)

    def mean_gap_ms(self) -> float:
        gaps = [b - a for a, b in pairwise(self.key_times)]
        return sum(gaps) / len(gaps) if gaps else 0.0


class ScannerTestBox(QGroupBox):
    """`affixes()` gives the prefix and suffix typed in the form (tried before they are saved)."""

    def __init__(self, affixes: Callable[[], tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tester le lecteur"), parent)
        self._affixes = affixes
        self.field = ScannerTestField()
        self.field.setPlaceholderText(self.tr("Cliquez ici puis scannez un badge, une invitation ou un bon"))
        self.field.returnPressed.connect(lambda: self.explain(ended_with_enter=True))
        self.field.installEventFilter(self)
        self.result = QLabel()
        self.result.setObjectName("scannerResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.addWidget(self.field)
        column.addWidget(self.result)

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        """A scanner whose suffix is Tab leaves the field without Enter: explain that scan too."""
        if watched is self.field and event.type() == QEvent.Type.FocusOut and self.field.text():
            self.explain(ended_with_enter=False)
        return False

    def explain(self, ended_with_enter: bool) -> None:
        raw = self.field.text()
        if not raw:
            return
        prefix, suffix = self._affixes()
        self.show_diagnosis(raw, diagnose(raw, self.field.mean_gap_ms(), ended_with_enter, prefix, suffix))
        self.field.clear()

    def show_diagnosis(self, raw: str, diagnosis: ScannerDiagnosis) -> None:
        reading = diagnosis.reading
        if reading is None:
            head = self.tr("Reçu : « {raw} »").format(raw=raw)
        else:
            kind = QCoreApplication.translate("ScannerTest", KIND_LABELS[reading.kind])
            head = self.tr("Lu : {code} ({kind}) — reçu « {raw} »").format(code=reading.code, kind=kind, raw=raw)
        items = "".join(f"<li>{_escape(line)}</li>" for line in diagnosis.advice)
        self.result.setText(f"<b>{_escape(head)}</b><ul style='margin-left: -20px'>{items}</ul>")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
