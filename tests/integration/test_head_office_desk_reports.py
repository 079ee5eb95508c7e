"""Head office on the central database: the digest across sites, the X report refused, a tenant found on one site."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from reception.cli import EXIT_REFUSED, main
from reception.sync.engine import EXIT_OK
from tests.integration.sync_harness import Desk, central_url, check_in, open_desk, seed_site
from tests.rooms_support import draft

pytestmark = pytest.mark.postgres
__all__ = ["central_url"]


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))


def _two_sites(tmp_path: Path, central_url: str) -> tuple[Desk, dict[str, str], Desk, dict[str, str]]:
    """CAS-A1 and RAB-A1, each with the same two tenant names and three rooms, synced."""
    cas = open_desk(tmp_path, central_url, "CAS", "CAS-A1")
    rab = open_desk(tmp_path, central_url, "RAB", "RAB-A1", cas.clock)
    cas_ids, rab_ids = seed_site(cas), seed_site(rab)
    return cas, cas_ids, rab, rab_ids


def test_the_digest_at_central_covers_every_site_and_reads_the_desks_syncs_from_central(
        tmp_path: Path, central_url: str) -> None:
    cas, cas_ids, rab, rab_ids = _two_sites(tmp_path, central_url)
    check_in(cas, cas_ids["atlas.host"], 2)
    check_in(rab, rab_ids["atlas.host"], 3)
    assert cas.sync().outcome == EXIT_OK and rab.sync().outcome == EXIT_OK
    out = tmp_path / "digest.csv"
    day = cas.clock.now().date().isoformat()
    assert main(["--db", central_url, "report", "digest", "--date", day, "--out", str(out)]) == 0
    rows = _rows(out)
    assert ["Réunion", "5", "1,0"] in rows  # both sites' visits
    desks = {r[1]: r for r in rows if len(r) == 4 and r[0] in ("CAS", "RAB")}
    assert set(desks) == {"CAS-A1", "RAB-A1"}
    assert all(int(r[3]) > 0 for r in desks.values())  # each desk's events of the day, from sync_batches
    pdf = tmp_path / "digest.pdf"
    assert main(["--db", central_url, "report", "digest", "--date", day, "--out", str(pdf)]) == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Postes à jour" in text and "2 / 2" in text and "sans envoi" not in text


def test_a_desk_quiet_for_three_days_is_named_in_the_head_office_digest(tmp_path: Path, central_url: str) -> None:
    cas, _cas_ids, rab, _rab_ids = _two_sites(tmp_path, central_url)
    assert cas.sync().outcome == EXIT_OK and rab.sync().outcome == EXIT_OK
    out = tmp_path / "digest.pdf"
    later = (cas.clock.now() + timedelta(days=3)).date().isoformat()
    assert main(["--db", central_url, "report", "digest", "--date", later, "--out", str(out)]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "2 poste(s) sans envoi depuis plus de deux jours : CAS-A1, RAB-A1" in " ".join(text.split())


def test_the_x_report_at_central_is_refused_in_one_line(tmp_path: Path, central_url: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", central_url, "report", "x", "--out", str(tmp_path / "x.pdf")]) == EXIT_REFUSED
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "z --desk POSTE --session N" in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_tenant_name_found_on_two_sites_asks_for_the_site(tmp_path: Path, central_url: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    cas, _cas_ids, rab, _rab_ids = _two_sites(tmp_path, central_url)
    assert cas.sync().outcome == EXIT_OK and rab.sync().outcome == EXIT_OK
    month = f"{cas.clock.now():%Y-%m}"
    for kind in ("room-statement", "account-statement"):
        assert main(["--db", central_url, "report", kind, "--tenant", "Atlas", "--month", month,
                     "--out", str(tmp_path / f"{kind}.pdf")]) != 0
        err = capsys.readouterr().err
        assert "présente sur 2 sites (CAS, RAB)" in err and "--site" in err


def test_room_statement_with_site_reads_that_sites_tenant(tmp_path: Path, central_url: str) -> None:
    cas, cas_ids, rab, rab_ids = _two_sites(tmp_path, central_url)
    day = (cas.clock.now() + timedelta(days=1)).date()
    actor = rab.login("accueil", "accueil-secret")
    rab.services.rooms.book(actor, draft(rab_ids["room.rif"], rab_ids["atlas"], day, "10:00", "11:00", "Revue RAB"))
    assert cas.sync().outcome == EXIT_OK and rab.sync().outcome == EXIT_OK
    texts = {}
    for site in ("RAB", "cas"):
        out = tmp_path / f"{site}.pdf"
        assert main(["--db", central_url, "report", "room-statement", "--tenant", "Atlas", "--site", site,
                     "--month", f"{day:%Y-%m}", "--out", str(out)]) == 0
        texts[site] = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Revue RAB" in texts["RAB"] and "125,00 DH" in texts["RAB"]
    assert "Revue RAB" not in texts["cas"]
    assert cas_ids["atlas"] != rab_ids["atlas"]
