"""The kiosk's look: the console's teal and slate, sizes for a touch screen read at arm's length.

Every button is at least 72 px high (the language and staff buttons 56 px and 48 px), text is 17 pt or
more, and the card sits centred on the park's soft gradient. The font family list puts the bundled Noto
Sans Arabic first for Arabic, Noto Sans first otherwise.
"""

from __future__ import annotations

from reception.ui.kiosk.language import ARABIC_FAMILY, LATIN_FAMILY
from reception.ui.theme import ACCENT

_STYLE = """
QWidget#kiosk {
    background: qlineargradient(x1:0, y1:0, x2:1, y2:1, stop:0 #F0FDFA, stop:1 #E2E8F0);
}
#kiosk * { font-family: @families@; color: #0F172A; font-size: 17pt; }
#kiosk QFrame#kioskCard { background: #FFFFFF; border: 1px solid #E2E8F0; border-radius: 28px; }
#kiosk QLabel#kioskSite { font-size: 15pt; font-weight: 600; color: @accent@; padding: 0 12px; }
#kiosk QLabel#kioskTitle { font-size: 32pt; font-weight: 700; color: #0F172A; }
#kiosk QLabel#kioskHeading { font-size: 26pt; font-weight: 700; color: #0F172A; }
#kiosk QLabel#kioskText { font-size: 18pt; color: #334155; }
#kiosk QLabel#kioskSmall { font-size: 14pt; color: #64748B; }
#kiosk QLabel#kioskCaption { font-size: 15pt; font-weight: 600; color: #475569; }
#kiosk QLabel#kioskError { font-size: 16pt; font-weight: 600; color: #B91C1C; }
#kiosk QLabel#kioskScanMark { padding: 8px; }
#kiosk QLabel#kioskPreview { background: #0F172A; border-radius: 16px; }
#kiosk QPushButton {
    min-height: 72px; padding: 0 32px; border-radius: 18px; font-size: 18pt; font-weight: 600;
    background: #FFFFFF; border: 2px solid #CBD5E1; color: #0F172A;
}
#kiosk QPushButton:pressed { background: #F1F5F9; }
#kiosk QPushButton#kioskPrimary { background: @accent@; border: 2px solid @accent@; color: #FFFFFF; }
#kiosk QPushButton#kioskPrimary:pressed { background: #115E59; }
#kiosk QPushButton#kioskChoice, #kiosk QPushButton#kioskHostChoice {
    min-height: 64px; padding: 8px 16px; font-size: 15pt; font-weight: 500;
}
#kiosk QPushButton#kioskHostChoice { min-height: 88px; text-align: center; }
#kiosk QPushButton#kioskChoice:checked, #kiosk QPushButton#kioskHostChoice:checked {
    background: #CCFBF1; border: 3px solid @accent@; color: #134E4A;
}
#kiosk QPushButton#kioskLanguage {
    min-height: 56px; min-width: 140px; padding: 0 20px; font-size: 15pt; border-radius: 28px;
    background: rgba(255, 255, 255, 0.7); border: 2px solid #CBD5E1;
}
#kiosk QPushButton#kioskLanguage:checked { background: @accent@; border-color: @accent@; color: #FFFFFF; }
#kiosk QPushButton#kioskQuiet {
    min-height: 48px; padding: 0 16px; font-size: 13pt; font-weight: 500; border: none;
    background: transparent; color: #64748B;
}
#kiosk QLineEdit {
    min-height: 72px; padding: 0 20px; font-size: 20pt; border: 2px solid #CBD5E1; border-radius: 16px;
    background: #FFFFFF;
}
#kiosk QLineEdit:focus { border: 3px solid @accent@; }
#kiosk QTextBrowser#kioskAgreement {
    font-size: 15pt; border: 1px solid #E2E8F0; border-radius: 16px; padding: 12px; background: #F8FAFC;
}
"""


_COMPACT = """
#kiosk QPushButton { min-height: 60px; }
#kiosk QPushButton#kioskHostChoice { min-height: 64px; padding: 4px 16px; }
#kiosk QPushButton#kioskChoice { min-height: 52px; }
#kiosk QLineEdit { min-height: 58px; font-size: 18pt; }
#kiosk QLabel#kioskTitle { font-size: 28pt; }
#kiosk QLabel#kioskHeading { font-size: 23pt; }
#kiosk QLabel#kioskText { font-size: 16pt; }
"""
COMPACT_BELOW_PX = 900
"""Under this height (a 1366×768 screen) the kiosk tightens its sizes; buttons stay above 48 px."""


def kiosk_stylesheet(language: str, compact: bool = False) -> str:
    families = (ARABIC_FAMILY, LATIN_FAMILY) if language == "ar" else (LATIN_FAMILY, ARABIC_FAMILY)
    style = _STYLE + (_COMPACT if compact else "")
    return style.replace("@families@", ", ".join(f'"{f}"' for f in families)).replace("@accent@", ACCENT)
