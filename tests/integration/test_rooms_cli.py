"""The rooms' command lines: export-ics and the three report kinds through `reception report`."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from icalendar import Calendar
from pypdf import PdfReader

from reception.cli import main
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from tests.rooms_support import draft, make_rooms


@pytest.fixture
def booked(services: Services, facilities: Actor, receptionist: Actor, park: dict[str, str]) -> Path:
    """Two December bookings of Atlas Digital in two rooms; returns the database file."""
    rooms = make_rooms(services, facilities)
    day = date(2026, 12, 1)
    services.rooms.book(receptionist, draft(rooms["rif"], park["atlas"], day, "10:00", "11:00", "Revue"))
    services.rooms.book(receptionist, draft(rooms["atlas"], park["atlas"], day, "14:00", "16:00", "Atelier"))
    services.db.dispose()
    return services.db.path


def test_export_ics_of_a_room(booked: Path, tmp_path: Path) -> None:
    out = tmp_path / "rif.ics"
    assert main(["--db", str(booked), "rooms", "export-ics", "--room", "rif", "--from", "2026-12-01",
                 "--to", "31/12/2026", "--out", str(out)]) == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["Revue — Atlas Digital SARL"]


def test_unknown_room_is_refused(booked: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(booked), "rooms", "export-ics", "--room", "Everest", "--from", "2026-12-01",
                 "--to", "2026-12-31", "--out", str(tmp_path / "x.ics")]) == 1
    assert "Salle introuvable : Everest" in capsys.readouterr().err


def test_report_commands(booked: Path, tmp_path: Path) -> None:
    statement = tmp_path / "statement.pdf"
    assert main(["--db", str(booked), "report", "room-statement", "--tenant", "Atlas", "--month", "2026-12",
                 "--out", str(statement)]) == 0
    text = PdfReader(statement).pages[0].extract_text()
    assert "Montant dû" in text and "525,00 DH" in text  # no quota: 1 h of Rif at 125 DH + 2 h of Atlas at 200 DH
    utilisation = tmp_path / "rooms.xlsx"
    assert main(["--db", str(booked), "report", "rooms", "--from", "2026-12-01", "--to", "2026-12-31",
                 "--out", str(utilisation)]) == 0
    sheet = openpyxl.load_workbook(io.BytesIO(utilisation.read_bytes())).worksheets[0]
    assert {"Atlas", "Rif", "Sahara"} <= {c.value for c in sheet["A"]}
    day = tmp_path / "day.pdf"
    assert main(["--db", str(booked), "report", "room-day", "--date", "2026-12-01", "--out", str(day)]) == 0
    assert "Atelier" in PdfReader(day).pages[0].extract_text()
