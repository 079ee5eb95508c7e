"""Draws resources/logo.svg into packaging/windows/reception.ico (16 to 256 px) for the Windows build:
the programs' and the Start-menu entry's icon. Run by the Windows workflow before PyInstaller."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]

if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "logo.svg")).render(painter)
    painter.end()
    target = ROOT / "packaging" / "windows" / "reception.ico"
    if not image.save(str(target), "ICO"):
        sys.exit(f"could not write {target}")
    print(f"icon written: {target}")
