"""Renders the screenshots of this folder from a fresh demo park: `python docs/screenshots/render.py`.

English main window and Journal (sentences) at 1366x768 and 1920x1080, an Arabic badge and the month's
room-statements summary (PDF pages drawn by QtPdf). PNGs are reduced to a small palette to stay light.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = Path(tempfile.mkdtemp(prefix="reception-shots-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["RECEPTION_DATA_DIR"] = str(WORK / "data")
os.environ["RECEPTION_LOG_DIR"] = str(WORK / "logs")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from reception.core import i18n  # noqa: E402
from reception.core.database import Database  # noqa: E402
from reception.core.demo import build_demo  # noqa: E402
from reception.core.reports import run_report  # noqa: E402
from reception.core.services.container import Services  # noqa: E402
from reception.core.services.reports import make_params  # noqa: E402
from reception.printing.badges import BadgeInfo, badge_pdf  # noqa: E402
from reception.printing.reports import render_kind, report_meta  # noqa: E402
from reception.ui import theme  # noqa: E402
from reception.ui.language import install_language  # noqa: E402
from reception.ui.operations import OperationRunner  # noqa: E402
from reception.ui.printing import load_pdf, on_white  # noqa: E402
from reception.ui.session import ConsoleSession  # noqa: E402

SIZES = ((1366, 768), (1920, 1080))


def save(image: QImage, name: str, colours: int = 96) -> None:
    """A PNG with a small palette: screens and documents have few colours, so it stays a few tens of KB."""
    raw = WORK / f"{name}.raw.png"
    image.save(str(raw))
    Image.open(raw).convert("RGB").quantize(colours, method=Image.Quantize.MEDIANCUT).save(
        HERE / f"{name}.png", optimize=True)
    print(f"{name}.png {(HERE / f'{name}.png').stat().st_size // 1024} KB")


def pdf_page(pdf: bytes, dpi: int) -> QImage:
    document = load_pdf(pdf)
    points = document.pagePointSize(0)
    image = on_white(document.render(0, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))))
    document.close()
    return image


def main() -> None:
    app = QApplication(sys.argv)
    theme.add_bundled_fonts()
    app.setStyleSheet(theme.stylesheet())  # as app.py dresses the console
    path = Path(os.environ.get("RECEPTION_SHOTS_DB", WORK / "demo.db"))  # a demo kept from an earlier run
    if not path.exists():
        build_demo(path, years=1).dispose()
    services = Services(Database(path))
    admin = services.auth.login("admin", "admin1234")
    services.settings.update(admin, {"ui.language": "en"}, at=services.clock.now())
    translators = install_language(app, "en")  # noqa: F841  (kept alive while the windows exist)
    runner = OperationRunner()
    console = ConsoleSession(services, runner, services.site.info(), maximize=False)
    console.start()
    console.login.username.setText("responsable")
    console.login.password.setText("responsable123")
    console.login.attempt()
    while console.window is None:
        QTest.qWait(50)
    window = console.window
    window.show()
    rows = {window.navigation.item(r).text().split(" (")[0]: r for r in range(window.navigation.count())}
    journal = next(r for text, r in rows.items() if "Journal" in text or "Audit" in text)
    for width, height in SIZES:
        window.resize(width, height)
        for page, name in ((rows[next(iter(rows))], "main-window-en"), (journal, "journal-sentences-en")):
            window.navigation.setCurrentRow(page)
            runner.wait()
            QTest.qWait(400)
            runner.wait()
            shown = window.stack.currentWidget()
            if page == journal:  # an event picked, so its before/after shows below the sentences
                view = shown.findChild(QTableView)
                view.selectRow(next(r for r in range(view.model().rowCount())
                                    if "book" in str(view.model().index(r, 4).data())))
                QTest.qWait(200)
            save(window.grab().toImage(), f"{name}-{width}x{height}")
    window.close_for_logout()
    runner.wait()

    manager = services.auth.login("responsable", "responsable123")
    today = services.clock.now().date()
    month = f"{today.year}-{today.month - 1:02d}" if today.month > 1 else f"{today.year - 1}-12"  # a whole month
    data = run_report("room-statements", services.db, services.clock, manager, make_params({"month": month}))
    save(pdf_page(render_kind("room-statements", data, report_meta(data, "Nadia Chraibi", services.clock.now())), 110),
         "room-statements-summary-en")
    i18n.set_language("fr")
    badge = BadgeInfo(visitor_name="سلمى العلوي", organisation="Réunion avec سلمى العلوي", host_name="Mohamed Bennani",
                      host_company="Atlas Digital SARL", host_floor="2", visit_type="meeting",
                      entered_at=datetime(2026, 11, 26, 9, 2, tzinfo=UTC), badge_number="CAS-A1-0412",
                      badge_code="K7Q2M9XW4PZR8D", valid_on=date(2026, 11, 26), site_name="Technopark Casablanca")
    save(pdf_page(badge_pdf(badge, "cr80"), 300), "badge-arabic", colours=64)


if __name__ == "__main__":
    main()
