"""The look shared by every screen: the one stylesheet, the line icons, the logo and the bundled fonts, read from
resources/."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QFontDatabase, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from reception.core.paths import resources_dir

ACCENT = "#0F766E"
MUTED = "#475569"
ON_ACCENT = "#FFFFFF"
ICON_SIZE = QSize(20, 20)


def stylesheet(right_to_left: bool = False) -> str:
    """style.qss, with @icons@ pointing at the icon folder wherever the package is installed.

    In a right-to-left interface (Arabic) Qt mirrors a sub-control's position and offsets itself (the spin
    box's arrows, a group's title) but not the box sides nor a text alignment: those are swapped here (the
    navigation's border, an alert's coloured edge, the nav buttons' text), except in the date fields' rules,
    as those fields stay left to right (forms.DateEdit)."""
    text = (resources_dir() / "style.qss").read_text(encoding="utf-8")
    if right_to_left:
        rules = re.findall(r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", text, flags=re.S))
        text = "".join(_mirrored(selectors, body) for selectors, body in rules)
    return text.replace("@icons@", (resources_dir() / "icons").as_posix())


def _mirrored(selectors: str, body: str) -> str:
    """One rule for a right-to-left interface: box sides and alignment swapped, date fields' rules as written."""
    names = [name.strip() for name in selectors.split(",") if name.strip()]
    dates = [name for name in names if name.startswith("QDateEdit")]
    others = [name for name in names if name not in dates]
    swapped = re.sub(r"\b(border-|padding-|margin-|text-align:\s*)(left|right)\b",
                     lambda m: m.group(1) + ("right" if m.group(2) == "left" else "left"), body)
    return "".join(f"{', '.join(group)} {{{rule}}}\n" for group, rule in ((others, swapped), (dates, body)) if group)


def add_bundled_fonts() -> list[str]:
    """Makes the Noto faces shipped for the PDFs (Latin, Arabic, symbols) available to Qt, whose font
    fallback then draws an Arabic name or a symbol the system's own fonts lack; returns the families added."""
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families


def _render(svg: bytes, size: QSize) -> QPixmap:
    pixmap = QPixmap(size * 2)  # drawn at twice the size so it stays sharp on high-density screens
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return pixmap


@cache
def icon(name: str, color: str = MUTED, active_color: str = ACCENT) -> QIcon:
    """A line icon from resources/icons, recoloured: `color` normally, `active_color` when selected."""
    source = (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")
    result = QIcon()
    for mode, tint in ((QIcon.Mode.Normal, color), (QIcon.Mode.Active, active_color),
                       (QIcon.Mode.Selected, active_color), (QIcon.Mode.Disabled, "#CBD5E1")):
        result.addPixmap(_render(source.replace(MUTED, tint).encode(), ICON_SIZE), mode)
    return result


def logo(size: int = 64) -> QPixmap:
    return _render((resources_dir() / "logo.svg").read_bytes(), QSize(size, size))


def app_icon() -> QIcon:
    return QIcon(logo(64))
