"""`reception badges`: a guest list becomes expected visitors and one PDF of their badges, codes reserved."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from reception.cli import main
from reception.core.clock import FixedClock, SystemClock, local_to_utc, local_today
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from tests.pdf_pages import qr_codes, render_pages

GUESTS = "nom;prénom;organisation;email;telephone\nEl Fassi;Amine;Boultek;amine@boultek.ma;0612345678\n" \
         "Chraibi;Leïla;;;\nNaciri;Omar;Studio Atlas;;+33612345678\n"


@pytest.fixture
def guest_list(tmp_path: Path) -> Path:
    """A three-guest CSV as the events team sends it (semicolons, accents in the header)."""
    path = tmp_path / "jam-session.csv"
    path.write_text(GUESTS, encoding="utf-8")
    return path


def test_a_guest_list_becomes_expected_visitors_and_one_pdf_of_their_badges(
        services: Services, park: dict[str, str], receptionist: Actor, db_path: Path, guest_list: Path,
        tmp_path: Path) -> None:
    day = local_today(SystemClock()) + timedelta(days=1)  # the CLI runs on the wall clock, in Casablanca
    out = tmp_path / "badges.pdf"

    code = main(["--db", str(db_path), "badges", "--guest-list", str(guest_list), "--out", str(out),
                 "--media", "62x100", "--date", day.isoformat(), "--event", "Jam session",
                 "--host-email", "m@x.ma"])

    assert code == 0
    expected = services.visits.expected(receptionist, day)
    assert sorted(e.visitor_name for e in expected) == ["Amine El Fassi", "Leïla Chraibi", "Omar Naciri"]
    assert {e.host_name for e in expected} == {"Mohamed Bennani"}
    assert {e.event_name for e in expected} == {"Jam session"}
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 3
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(62 * mm, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(100 * mm, abs=0.01)
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Leïla" in text and "Boultek" in text and f"Attendu(e) le {day:%d/%m/%Y}" in text
    scanned = {code for page in render_pages(out) for code in qr_codes(page)}
    assert scanned == {e.badge_code for e in expected}


def test_the_pre_printed_badge_is_the_one_that_checks_the_guest_out(
        services: Services, park: dict[str, str], receptionist: Actor, clock: FixedClock, db_path: Path,
        guest_list: Path, tmp_path: Path) -> None:
    day = local_today(SystemClock()) + timedelta(days=1)
    assert main(["--db", str(db_path), "badges", "--guest-list", str(guest_list), "--out", str(tmp_path / "b.pdf"),
                 "--date", day.isoformat(), "--host-email", "m@x.ma"]) == 0
    clock.set(local_to_utc(day, 19))
    guests = {g.visitor_name: g for g in services.visits.expected(receptionist, day)}

    visits = services.visits.check_in_group(receptionist, [g.id for g in guests.values()])
    left = services.visits.check_out_by_code(receptionist, guests["Leïla Chraibi"].badge_code)

    assert {v.visitor_name: v.badge_code for v in visits} == {n: g.badge_code for n, g in guests.items()}
    assert left.visitor_name == "Leïla Chraibi" and left.checked_out_at == clock.now()


def test_an_unknown_host_is_refused_and_nothing_is_registered(
        services: Services, park: dict[str, str], receptionist: Actor, db_path: Path, guest_list: Path,
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    day = local_today(SystemClock()) + timedelta(days=1)
    out = tmp_path / "badges.pdf"

    code = main(["--db", str(db_path), "badges", "--guest-list", str(guest_list), "--out", str(out),
                 "--date", day.isoformat(), "--host-email", "personne@nulle-part.ma"])

    assert code == 1
    assert "personne@nulle-part.ma" in capsys.readouterr().err
    assert services.visits.expected(receptionist, day) == []
    assert not out.exists()
