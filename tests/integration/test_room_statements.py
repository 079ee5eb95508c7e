"""The month's room statements for every company in one run: a summary plus one PDF per company that booked,
from the services and from `reception report room-statements --month ... --out FOLDER`."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reception.cli import main
from reception.core.clock import FixedClock
from reception.core.reports import ReportParams, run_report
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.reports import make_params
from reception.printing.report_files import safe_file_stem, write_report_files
from tests import pdf_checks
from tests.integration.test_pdf_scripts import assert_clean, nfkc
from tests.rooms_support import draft, local, make_rooms

ARABIC = "شركة الأطلس للتقنية"
AWKWARD = 'Smith & Co: R/D <Maroc>?'
DECEMBER = date(2026, 12, 1)


@pytest.fixture
def december(services: Services, admin: Actor, facilities: Actor, receptionist: Actor, park: dict[str, str],
             clock: FixedClock) -> dict[str, str]:
    """Atlas, an Arabic-named company and one whose name Windows would refuse booked rooms in December;
    Noor booked nothing that month (only in January)."""
    rooms = make_rooms(services, facilities)
    arabic = services.directory.save_tenant(admin, {"name": ARABIC, "floor": "3"}).id
    awkward = services.directory.save_tenant(admin, {"name": AWKWARD, "floor": "5"}).id
    services.rooms.set_quota(facilities, park["atlas"], 60)
    book = services.rooms.book
    book(receptionist, draft(rooms["atlas"], park["atlas"], date(2026, 12, 1), "10:00", "12:00", "Kick-off"))
    book(receptionist, draft(rooms["sahara"], arabic, date(2026, 12, 2), "09:00", "10:30", "اجتماع الفريق"))
    book(receptionist, draft(rooms["rif"], awkward, date(2026, 12, 3), "14:00", "15:00", "Point"))
    book(receptionist, draft(rooms["rif"], park["noor"], date(2027, 1, 4), "10:00", "11:00", "Mois suivant"))
    clock.set(local(date(2026, 12, 31), "18:00"))
    return {"arabic": arabic, "awkward": awkward, **park}


def test_one_run_lists_every_company_and_bills_those_that_booked(
        services: Services, manager: Actor, december: dict[str, str], clock: FixedClock, tmp_path: Path,
        qapp: QApplication) -> None:
    data = run_report("room-statements", services.db, clock, manager, make_params({"month": "2026-12"}))
    listed = [row[0] for row in data.tables[0].rows]
    assert set(listed) == {"Atlas Digital SARL", "Noor Green Energy SA", ARABIC, AWKWARD}
    assert {part.name for part in data.parts} == {"Atlas Digital SARL", ARABIC, AWKWARD}  # Noor: nothing
    statements = {st.tenant_name: st for st in services.rooms.month_statements(manager, DECEMBER)}
    by_name = {row[0]: row for row in data.tables[0].rows}
    for name, st in statements.items():
        assert by_name[name][5] == st.amount_centimes and by_name[name][1] == len(st.lines)
    assert data.tables[0].totals[5] == sum(st.amount_centimes for st in statements.values()) > 0

    steps: list[int] = []
    written = write_report_files("room-statements", data, manager.full_name, clock.now(), tmp_path / "out",
                                 "2026-12", lambda p: steps.append(p) or True)
    assert steps[-1] == 100 and len(written.parts) == 3
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        ["2026-12 synthèse.pdf", "2026-12 Atlas Digital SARL.pdf", f"2026-12 {ARABIC}.pdf",
         "2026-12 Smith & Co- R-D -Maroc-.pdf"])
    summary = written.summary.read_bytes()
    summary_text = " ".join(pdf_checks.text(summary).split())
    for name in listed:
        assert nfkc(name) in summary_text
    assert "aucun" in summary_text
    for path in written.parts:
        pdf = path.read_bytes()
        name = next(n for n in statements if path.stem.endswith(safe_file_stem(n)))
        amount = data.tables[0].rows[listed.index(name)][5]
        assert f"{amount // 100:,}".replace(",", "\u00a0") in pdf_checks.text(pdf).replace(" ", "\u00a0")
    arabic_pdf = next(p for p in written.parts if ARABIC in p.name).read_bytes()
    assert_clean(arabic_pdf, qapp, ARABIC, "اجتماع الفريق")
    shots = os.environ.get("RECEPTION_SHOTS")  # set by a person who wants to look at the pages
    if shots:
        pdf_checks.render(summary, dpi=110)[0].save(f"{shots}/room-statements-summary.png")
        pdf_checks.render(arabic_pdf, dpi=110)[0].save(f"{shots}/room-statement-arabic.png")


def test_an_empty_month_gives_a_summary_and_no_statement(services: Services, manager: Actor,
                                                         december: dict[str, str], clock: FixedClock,
                                                         tmp_path: Path) -> None:
    data = run_report("room-statements", services.db, clock, manager,
                      ReportParams(date(2026, 10, 1), date(2026, 10, 31), {"month": "2026-10"}))
    assert len(data.tables[0].rows) == 4 and not data.parts
    written = write_report_files("room-statements", data, "", clock.now(), tmp_path / "out", "2026-10")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["2026-10 synthèse.pdf"] and not written.parts


@pytest.mark.parametrize(("name", "stem"), [
    ("CON", "_CON"), ("nul.txt", "_nul.txt"), ("Atlas.", "Atlas"), ("  a  b  ", "a b"), ("a\tb\x01c", "a b-c"),
    ("///", "-"), ("...", "_"), ("x" * 300, "x" * 120), ("Café Ünïcode", "Café Ünïcode"),
])
def test_file_names_are_safe_on_windows(name: str, stem: str) -> None:
    assert safe_file_stem(name) == stem


def test_the_cli_writes_the_folder(services: Services, december: dict[str, str], db_path: Path,
                                   tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "relevés"
    assert main(["--db", str(db_path), "report", "room-statements", "--month", "2026-12", "--out", str(out)]) == 0
    assert len(list(out.glob("*.pdf"))) == 4
    assert "3 PDF" in capsys.readouterr().out
    a_file = tmp_path / "x.pdf"
    a_file.write_bytes(b"")
    assert main(["--db", str(db_path), "report", "room-statements", "--month", "2026-12", "--out",
                 str(a_file)]) == 2
    assert main(["--db", str(db_path), "report", "room-statements", "--month", "13/2026", "--out", str(out)]) == 1
    assert "Mois invalide" in capsys.readouterr().err
