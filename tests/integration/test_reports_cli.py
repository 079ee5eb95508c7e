"""Every registered report kind runs from `reception report` on a one-year demo park; the digest adds up."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from reception.cli import main
from reception.cli.common import parse_day
from reception.core.clock import local_day_bounds, to_local
from reception.core.database import Database
from reception.core.demo import build_demo
from reception.core.models import CashSession, Tenant, Visit
from reception.core.services.container import Services
from reception.core.services.permissions import SYSTEM
from reception.core.services.reports import load_report_kinds, make_params, resolve_options
from reception.printing.exports import to_csv, to_xlsx

KINDS = sorted(load_report_kinds())
FILE_KINDS = [key for key in KINDS if not load_report_kinds()[key].writes_folder]  # the others: test_room_statements


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A demo park with one year of history (built once for the module)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, years=1).dispose()
    yield path


@pytest.fixture(scope="module")
def services(demo: Path) -> Iterator[Services]:
    """The services over the demo park, with the drawer open (the X report reads the open session)."""
    built = Services(Database(demo))
    built.cafeteria.open_session(SYSTEM, 20_000)
    yield built
    built.db.dispose()


@pytest.fixture(scope="module")
def facts(services: Services) -> dict[str, str]:
    """Values the options need: a tenant's exact name, a closed cash session, the last day with visits."""
    with services.db.read() as session:
        tenant = session.scalars(select(Tenant.name).order_by(Tenant.name).limit(1)).one()
        number = session.scalar(select(func.max(CashSession.number)).where(CashSession.closed_at.is_not(None)))
        last_visit = session.scalar(select(func.max(Visit.checked_in_at)))
    day = to_local(last_visit).date() if last_visit else date.today()
    return {"tenant": tenant, "session": str(number or 1), "day": day.isoformat()}


def _options(kind_key: str, facts: dict[str, str]) -> list[str]:
    day = date.fromisoformat(facts["day"])
    values = {"from": (day - timedelta(days=6)).isoformat(), "to": day.isoformat(), "date": day.isoformat(),
              "month": f"{day.replace(day=1) - timedelta(days=1):%Y-%m}", "tenant": facts["tenant"],
              "session": facts["session"], "site": "CAS", "desk": "CAS-A1"}
    kind = load_report_kinds()[kind_key]
    return [arg for name in kind.params if name in values for arg in (f"--{name}", values[name])]


def test_help_lists_every_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    out = capsys.readouterr().out
    for key in KINDS:
        assert key in out


@pytest.mark.parametrize("kind_key", FILE_KINDS)
def test_every_kind_runs_from_the_cli(kind_key: str, demo: Path, facts: dict[str, str], services: Services,
                                      tmp_path: Path) -> None:
    options = _options(kind_key, facts)
    pdf = tmp_path / f"{kind_key}.pdf"
    assert main(["--db", str(demo), "report", kind_key, *options, "--out", str(pdf)]) == 0
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    assert len(reader.pages) >= 1 and reader.pages[0].extract_text().strip()
    # the same data exports (the CLI path for .csv/.xlsx is the same render_as, checked below on two kinds)
    values = dict(zip(options[::2], options[1::2], strict=True))
    params = make_params({k.lstrip("-"): (parse_day(v) if k in ("--from", "--to", "--date") else v)
                          for k, v in values.items()})
    run = services.reports.run(SYSTEM, kind_key, resolve_options(services.db, params))
    assert to_csv(run.data).startswith("\ufeff".encode())
    assert load_workbook(io.BytesIO(to_xlsx(run.data))).sheetnames


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_exports_from_the_cli(suffix: str, demo: Path, facts: dict[str, str], tmp_path: Path) -> None:
    target = tmp_path / f"visits.{suffix}"
    assert main(["--db", str(demo), "report", "failed-logins", "--from", facts["day"], "--out", str(target)]) == 0
    assert target.stat().st_size > 0


def test_dates_in_french_form_are_accepted(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "audit.csv"
    assert main(["--db", str(demo), "report", "audit", "--from", "01/01/2020", "--to", "31/12/2030",
                 "--action", "auth.login", "--out", str(target)]) == 0
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Date et heure;Poste;N°;Utilisateur;Action")
    assert all(";auth.login;" in line for line in lines[1:])


def test_unknown_format_and_bad_dates_are_refused(demo: Path, tmp_path: Path) -> None:
    assert main(["--db", str(demo), "report", "audit", "--out", str(tmp_path / "x.doc")]) == 2
    with pytest.raises(SystemExit):
        main(["--db", str(demo), "report", "audit", "--from", "2026-13-45", "--out", str(tmp_path / "x.pdf")])


def test_digest_counts_match_the_database(demo: Path, facts: dict[str, str], services: Services,
                                         tmp_path: Path) -> None:
    day = date.fromisoformat(facts["day"])
    target = tmp_path / "digest.pdf"
    assert main(["--db", str(demo), "report", "digest", "--date", day.isoformat(), "--out", str(target)]) == 0
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert 1 <= len(reader.pages) <= 2  # readable in two minutes
    text = "\n".join(page.extract_text() for page in reader.pages)
    start, end = local_day_bounds(day)
    with services.db.read() as session:
        visits = session.scalar(select(func.count()).select_from(Visit)
                                .where(Visit.checked_in_at >= start, Visit.checked_in_at < end))
    assert visits
    assert re.search(rf"Visites\s+{visits}\b", text)
    for section in ("Visiteurs", "Salles", "Cafétéria", "Sécurité", "Synchronisation", "Heure de pointe"):
        assert section in text
