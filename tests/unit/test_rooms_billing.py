"""Money and figures: the monthly statement in centimes with free quotas, utilisation, the report kinds and PDFs."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader

from reception.core.clock import FixedClock
from reception.core.reports import ReportParams, run_report
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.rooms_rules import amount_for
from reception.printing import rooms_pdf  # noqa: F401  (registers the statement layout)
from reception.printing.exports import to_xlsx
from reception.printing.reports import render_kind, report_meta
from tests.rooms_support import draft, local, make_rooms


@pytest.fixture
def december(services: Services, facilities: Actor, receptionist: Actor, park: dict[str, str],
             clock: FixedClock) -> dict[str, str]:
    """Atlas Digital's December: 1 h free quota, 2 h booked in three rooms, a cancellation and a no-show."""
    rooms = make_rooms(services, facilities)
    services.rooms.save_room(facilities, {"name": "Rif", "floor": "1", "capacity": 4,
                                          "hourly_price_centimes": 12_345}, room_id=rooms["rif"])
    services.rooms.set_quota(facilities, park["atlas"], 60)
    atlas, noor = park["atlas"], park["noor"]
    book = services.rooms.book
    book(receptionist, draft(rooms["atlas"], atlas, date(2026, 12, 1), "10:00", "11:00", "Kick-off"))
    book(receptionist, draft(rooms["rif"], atlas, date(2026, 12, 2), "10:00", "10:15", "Appel"))
    no_show = book(receptionist, draft(rooms["rif"], atlas, date(2026, 12, 4), "10:00", "10:15", "Entretien"))
    cancelled = book(receptionist, draft(rooms["sahara"], atlas, date(2026, 12, 3), "10:00", "11:00", "Annulé"))
    book(receptionist, draft(rooms["atlas"], atlas, date(2026, 12, 7), "10:00", "10:30", "Point"))
    book(receptionist, draft(rooms["rif"], noor, date(2026, 12, 2), "14:00", "16:00", "Autre société"))
    book(receptionist, draft(rooms["rif"], atlas, date(2027, 1, 4), "10:00", "11:00", "Mois suivant"))
    services.rooms.cancel(receptionist, cancelled.id)
    clock.set(local(date(2026, 12, 4), "10:20"))
    assert [b.id for b in services.rooms.release_no_shows(receptionist)] == [no_show.id]
    clock.set(local(date(2026, 12, 31), "18:00"))
    return {**rooms, "tenant": atlas}


def test_rounding_is_half_up_on_summed_minutes() -> None:
    assert amount_for(15, 12_345) == 3086  # 3 086,25
    assert amount_for(30, 12_345) == 6173  # 6 172,5 rounds up, where two rounded quarters would give 6 172
    assert amount_for(0, 12_345) == 0


def test_statement_uses_the_quota_first_then_bills_each_room_in_centimes(
        services: Services, manager: Actor, december: dict[str, str]) -> None:
    st = services.rooms.statement(manager, december["tenant"], date(2026, 12, 15))
    assert [line.booking.title for line in st.lines] == ["Kick-off", "Appel", "Entretien", "Point"]
    assert [(ln.minutes, ln.free_minutes, ln.billable_minutes) for ln in st.lines] == [
        (60, 60, 0), (15, 0, 15), (15, 0, 15), (30, 0, 30)]
    assert (st.booked_minutes, st.free_minutes_used, st.billable_minutes) == (120, 60, 60)
    assert [(c.room_name, c.billable_minutes, c.amount_centimes) for c in st.charges] == [
        ("Atlas", 30, 10_000), ("Rif", 30, 6_173)]
    assert st.amount_centimes == 16_173


def test_statement_report_and_its_pdf(services: Services, manager: Actor, december: dict[str, str],
                                      clock: FixedClock) -> None:
    params = ReportParams(date(2026, 12, 1), date(2026, 12, 31), {"tenant": december["tenant"], "month": "2026-12"})
    data = run_report("room-statement", services.db, clock, manager, params)
    assert ("Montant dû", "161,73 DH") in data.summary
    assert ("Heures gratuites utilisées", "1 h") in data.summary
    pdf = render_kind("room-statement", data, report_meta(data, manager.full_name, clock.now()))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for expected in ("Atlas Digital SARL", "décembre 2026", "161,73 DH", "Kick-off", "Absent (libérée)",
                     "Montant par salle", "123,45 DH"):
        assert expected in text
    assert "Annulé" not in text.replace("Annulée", "") and "Autre société" not in text


def test_utilisation_per_room_with_no_show_rate_and_busiest_hours(
        services: Services, manager: Actor, december: dict[str, str], clock: FixedClock) -> None:
    figures = services.rooms.utilisation(manager, date(2026, 12, 1), date(2026, 12, 6))  # Tue–Sun: 5 days
    rif = next(r for r in figures.rooms if r.room_name == "Rif")
    assert (rif.bookable_minutes, rif.booked_minutes, rif.bookings, rif.no_shows) == (5 * 720, 150, 3, 1)
    assert rif.no_show_rate == pytest.approx(1 / 3)
    assert figures.minutes_by_hour == {10: 90, 14: 60, 15: 60}
    assert figures.busiest_hours == [10, 14, 15]
    data = run_report("rooms", services.db, clock, manager, ReportParams(date(2026, 12, 1), date(2026, 12, 6)))
    assert data.charts and data.tables[0].totals[4] == 4
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(data)))
    assert "Rif" in [c.value for c in book.worksheets[0]["A"]]
    pdf = render_kind("rooms", data, report_meta(data, manager.full_name, clock.now()))
    assert "Occupation des salles" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_morning_sheet_lists_each_room_s_bookings(services: Services, receptionist: Actor,
                                                  december: dict[str, str], clock: FixedClock) -> None:
    clock.set(local(date(2026, 12, 1), "07:00"))
    data = run_report("room-day", services.db, clock, receptionist,
                      ReportParams(date(2026, 12, 1), date(2026, 12, 1), {"date": "2026-12-01"}))
    assert [t.title.split(" — ")[0] for t in data.tables] == ["Atlas"]
    assert data.tables[0].rows[0][:3] == ("10:00–11:00", "Kick-off", "Atlas Digital SARL")
    assert "Rif" in data.notes[0] and "Sahara" in data.notes[0]
    pdf = render_kind("room-day", data, report_meta(data, receptionist.full_name, clock.now()))
    assert "Kick-off" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_no_shows_and_cancellations_per_tenant(services: Services, manager: Actor, december: dict[str, str],
                                               clock: FixedClock) -> None:
    data = run_report("tenant-no-shows", services.db, clock, manager,
                      ReportParams(date(2026, 12, 1), date(2026, 12, 31)))

    [table] = data.tables
    assert table.rows == [("Atlas Digital SARL", 5, 1, 0.2, 1, 0.2), ("Noor Green Energy SA", 1, 0, 0.0, 0, 0.0)]
    assert table.totals == ("Total", 6, 1, 1 / 6, 1, 1 / 6)
    pdf = render_kind("tenant-no-shows", data, report_meta(data, manager.full_name, clock.now()))
    assert "Absences et annulations par société" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
