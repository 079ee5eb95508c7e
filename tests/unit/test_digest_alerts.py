"""The digest carries every alert Accueil shows, and says "Rien à signaler" only when that is true.

Each alert kind Accueil can raise (a tile with alert=True) is created for real; the tiles are read when a
manager would see them (the same day, or the next morning for "yesterday" tiles) and the digest of the day
must carry a line about it, by name where there is one. The park has its rooms and directory: a desk not set
up yet ("Aucune salle", "Annuaire vide") is told so on Accueil, which is for the person setting it up, not in
the manager's digest of the day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from reception.core.clock import FixedClock
from reception.core.services.container import Services
from reception.core.services.digest import build_digest
from reception.core.services.permissions import SYSTEM, Actor
from reception.core.services.visits import CheckInForm
from reception.printing.reports import render_kind, report_meta
from reception.sync.local import record_conflict
from tests import pdf_checks
from tests.rooms_support import draft, local, make_rooms

TODAY = date(2026, 11, 26)
NEXT_MORNING = datetime(2026, 11, 27, 7, 30, tzinfo=UTC)
Setup = Callable[[Services, Actor, dict[str, str], FixedClock], None]


def _forgotten_check_out(services: Services, admin: Actor, park: dict[str, str], clock: FixedClock) -> None:
    services.visits.check_in(admin, CheckInForm("Alaoui", "Salma", "Orange Maroc",
                                                host_employee_id=park["atlas.bennani"]))


@pytest.fixture(autouse=True)
def _rooms(services: Services, admin: Actor, park: dict[str, str]) -> None:
    """The park's meeting rooms, by park["room.<name>"]."""
    park.update({f"room.{key}": room_id for key, room_id in make_rooms(services, admin).items()})


def _room_no_show(services: Services, admin: Actor, park: dict[str, str], clock: FixedClock) -> None:
    services.rooms.book(admin, draft(park["room.atlas"], park["noor"], TODAY, "16:30", "17:30", "Revue"))
    clock.set(local(TODAY, "16:50"))
    services.rooms.release_no_shows(admin)


def _sync_conflict(services: Services, admin: Actor, park: dict[str, str], clock: FixedClock) -> None:
    with services.db.write() as session:
        record_conflict(session, key="stale:e1", kind="stale", entity="tenants", row_id=park["atlas"],
                        at=clock.now(), detail="Modification faite au poste sur une version dépassée")


def _drawer_left_open(services: Services, admin: Actor, park: dict[str, str], clock: FixedClock) -> None:
    services.cafeteria.open_session(admin, 20_000)


ALERT_KINDS: dict[str, tuple[Setup, bool, str]] = {  # what happens on the day, tile read next morning?, the line
    "visits.not_checked_out": (_forgotten_check_out, True, "1 sortie(s) non pointée(s), clôturée(s) "
                                                           "automatiquement : Salma Alaoui"),
    "rooms.no_shows": (_room_no_show, False, "1 absence(s) (salle libérée) : Atlas 16:30–17:30 "
                                             "(Noor Green Energy SA)"),
    "sync.conflicts": (_sync_conflict, True, "1 conflit(s) de synchronisation à régler"),
    "cafeteria.session": (_drawer_left_open, True, "Caisse CAS-A1 n° 1 encore ouverte"),
}


def _next_morning(services: Services, clock: FixedClock) -> None:
    """The night passed: the desk closed the visits still open (sortie non pointée)."""
    clock.set(NEXT_MORNING)
    services.visits.auto_check_out(SYSTEM)


def _accueil_alerts(services: Services, admin: Actor) -> set[str]:
    return {f.key for f in services.overview.figures(admin) if f.alert}


def _digest_pdf_text(services: Services) -> str:
    data = build_digest(services.db, TODAY)
    return " ".join(pdf_checks.text(render_kind("digest", data, report_meta(data, "x", services.clock.now()))).split())


def test_a_calm_day_is_calm_on_accueil_and_in_the_digest(services: Services, admin: Actor,
                                                          park: dict[str, str], clock: FixedClock) -> None:
    assert _accueil_alerts(services, admin) == set()
    _next_morning(services, clock)
    assert _accueil_alerts(services, admin) == set()
    assert build_digest(services.db, TODAY).alerts == []
    assert "Rien à signaler" in _digest_pdf_text(services)


@pytest.mark.parametrize("kind", sorted(ALERT_KINDS))
def test_every_accueil_alert_is_in_the_digest(kind: str, services: Services, admin: Actor, park: dict[str, str],
                                              clock: FixedClock) -> None:
    setup, next_morning, expected = ALERT_KINDS[kind]
    setup(services, admin, park, clock)
    if next_morning:
        _next_morning(services, clock)
    assert _accueil_alerts(services, admin) == {kind}
    alerts = build_digest(services.db, TODAY).alerts
    assert any(expected in alert for alert in alerts), alerts
    text = _digest_pdf_text(services)
    assert "Rien à signaler" not in text and "À surveiller" in text


def test_the_tiles_that_can_alert_are_all_covered(services: Services, admin: Actor, park: dict[str, str],
                                                 clock: FixedClock) -> None:
    """Every kind above raised together: Accueil shows exactly these alerts, so a new alerting tile must be
    added here (and to the digest) to pass."""
    for setup, _next, _expected in ALERT_KINDS.values():
        setup(services, admin, park, clock)
    shown = _accueil_alerts(services, admin)
    _next_morning(services, clock)
    shown |= _accueil_alerts(services, admin)
    assert shown == set(ALERT_KINDS)
    alerts = build_digest(services.db, TODAY).alerts
    for _setup, _next, expected in ALERT_KINDS.values():
        assert any(expected in alert for alert in alerts), (expected, alerts)
