"""The visitors' report kinds, the evacuation roll call PDF and the Accueil tiles."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from reception.core.clock import FixedClock
from reception.core.reports import ReportParams, run_report
from reception.core.services.container import Services
from reception.core.services.permissions import SYSTEM, Actor, Permission
from reception.core.services.visits import CheckInForm, WatchEntryForm
from reception.printing.evacuation import evacuation_pdf
from reception.printing.reports import report_meta

TODAY = date(2026, 11, 26)


@pytest.fixture
def visitor(park: dict[str, str]) -> CheckInForm:
    """A visitor for Mohamed Bennani (Atlas Digital, floor 2)."""
    return CheckInForm("Alaoui", "Élodie", "Orange Maroc", host_employee_id=park["atlas.bennani"])


def _run(services: Services, actor: Actor, kind: str, **params: date) -> object:
    return run_report(kind, services.db, services.clock, actor,
                      ReportParams(params.get("date_from"), params.get("date_to")))


def test_evacuation_lists_exactly_who_is_inside_by_company_and_floor(
        services: Services, park: dict[str, str], receptionist: Actor, visitor: CheckInForm) -> None:
    services.visits.check_in(receptionist, visitor)
    services.visits.check_in(receptionist, replace(visitor, last_name="Tazi", first_name="Omar",
                                                   host_employee_id=park["noor.tazi"]))
    gone = services.visits.check_in(receptionist, replace(visitor, last_name="Idrissi", first_name="Kenza"))
    services.visits.check_out(receptionist, gone.id)
    data = _run(services, receptionist, "evacuation")
    assert [(t.title, [r[1] for r in t.rows]) for t in data.tables] == [
        ("Atlas Digital SARL — étage 2 (1)", ["Élodie Alaoui"]),
        ("Noor Green Energy SA — étage 4 (1)", ["Omar Tazi"]),
    ]
    pdf = evacuation_pdf(data, report_meta(data, "Accueil", services.clock.now()))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "2 personnes présentes" in text
    assert "Élodie Alaoui" in text and "Omar Tazi" in text and "Kenza Idrissi" not in text


def test_statistics_count_visits_by_type_company_and_month(services: Services, clock: FixedClock,
                                                           park: dict[str, str], receptionist: Actor,
                                                           visitor: CheckInForm) -> None:
    services.visits.check_in(receptionist, visitor)
    services.visits.check_in(receptionist, replace(visitor, visit_type="delivery", host_employee_id=park["noor.tazi"]))
    clock.advance(timedelta(days=10))
    services.visits.check_in(receptionist, replace(visitor, visit_type="delivery"))
    period = {"date_from": TODAY, "date_to": TODAY + timedelta(days=30)}
    by_type = {r[0]: r[1] for r in _run(services, receptionist, "visits-by-type", **period).tables[0].rows}
    assert (by_type["Réunion"], by_type["Livraison"], by_type["Entretien"]) == (1, 2, 0)
    by_company = _run(services, receptionist, "visits-by-company", **period).tables[0]
    assert by_company.rows[0][:2] == ("Atlas Digital SARL", 2) and by_company.totals == ("Total", 3, 1.0)
    by_month = _run(services, receptionist, "visits-by-month", **period).tables[0].rows
    assert by_month == [("nov. 2026", 2), ("déc. 2026", 1)]


def test_visitor_log_and_forgotten_check_outs(services: Services, clock: FixedClock, receptionist: Actor,
                                              visitor: CheckInForm) -> None:
    services.visits.check_in(receptionist, visitor)
    clock.advance(timedelta(minutes=20))
    left = services.visits.check_in(receptionist, replace(visitor, first_name="Sara"))
    services.visits.check_out(receptionist, left.id)
    clock.advance(timedelta(days=1))
    services.visits.auto_check_out(SYSTEM)
    log = _run(services, receptionist, "visitor-log", date_from=TODAY, date_to=TODAY)
    assert [r[2] for r in log.tables[0].rows] == ["Élodie Alaoui", "Sara Alaoui"]
    forgotten = _run(services, receptionist, "not-checked-out", date_from=TODAY, date_to=TODAY)
    assert [r[1] for r in forgotten.tables[0].rows] == ["Élodie Alaoui"]
    figures = {f.key: f for f in services.overview.figures(receptionist)}
    assert figures["visits.not_checked_out"].value == "1" and figures["visits.not_checked_out"].alert


def test_watchlist_alerts_show_each_decision(services: Services, manager: Actor, receptionist: Actor,
                                             visitor: CheckInForm) -> None:
    services.visits.watchlist_add(manager, WatchEntryForm("Alaoui", "Élodie", reason="Démarchage"))
    approver = services.auth.approve("responsable", "responsable-secret", Permission.WATCHLIST_DECIDE)
    services.visits.refuse_watchlisted(receptionist, approver, visitor)
    services.visits.check_in(receptionist, visitor, approval=approver)
    rows = _run(services, manager, "watchlist-alerts").tables[0].rows
    assert [(r[1], r[2], r[3], r[4], r[5]) for r in rows] == [
        ("Élodie Alaoui", "Démarchage", "Refusé", "responsable", "accueil"),
        ("Élodie Alaoui", "Démarchage", "Autorisé", "responsable", "accueil"),
    ]


def test_accueil_tiles_show_inside_and_expected(services: Services, park: dict[str, str], receptionist: Actor,
                                                visitor: CheckInForm) -> None:
    services.visits.check_in(receptionist, visitor)
    services.visits.preregister(receptionist, replace(visitor, first_name="Sara"), TODAY)
    figures = {f.key: f for f in services.overview.figures(receptionist)}
    assert (figures["visits.inside"].label, figures["visits.inside"].value) == ("Visiteurs présents", "1")
    assert (figures["visits.expected"].label, figures["visits.expected"].value) == ("Attendus aujourd'hui", "1")
    assert figures["visits.not_checked_out"].value == "0" and not figures["visits.not_checked_out"].alert
