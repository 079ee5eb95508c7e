"""A badge scan at the desk: a visitor inside leaves, a guest expected today arrives, whatever the layout."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update

from reception.core.clock import FixedClock
from reception.core.errors import Conflict, NotFound
from reception.core.models import Visit
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm

TODAY = date(2026, 11, 26)
US_ON_AZERTY = dict(zip("1234567890AQZWM", "&é\"'(-è_çàQAWZ?", strict=True))


def garbled(code: str) -> str:
    return "".join(US_ON_AZERTY.get(c, c) for c in code)


@pytest.fixture
def guest(services: Services, receptionist: Actor, park: dict[str, str]) -> str:
    """Omar Tazi, expected today to see Noor Tazi; returns his invitation's code."""
    form = CheckInForm("Tazi", "Omar", "Inwi", host_employee_id=park["noor.tazi"], visit_type="interview")
    return services.visits.preregister(receptionist, form, TODAY).badge_code


def test_an_invitation_scan_checks_the_guest_in_then_out(services: Services, receptionist: Actor, guest: str,
                                                          clock: FixedClock) -> None:
    arrived = services.visits.scan_badge(receptionist, garbled(guest))
    assert (arrived.action, arrived.visit.visitor_name, arrived.visit.badge_code) == ("checked_in", "Omar Tazi", guest)
    [expected] = services.visits.expected(receptionist, TODAY)
    assert (expected.status, expected.visit_id) == ("arrived", arrived.visit.id)
    clock.advance(timedelta(hours=1))
    left = services.visits.scan_badge(receptionist, guest)
    assert (left.action, left.visit.checkout_kind) == ("checked_out", "scan")
    with pytest.raises(Conflict, match="Badge déjà utilisé"):
        services.visits.scan_badge(receptionist, guest)


def test_an_invitation_for_another_day_is_refused(services: Services, receptionist: Actor, guest: str,
                                                  clock: FixedClock) -> None:
    clock.advance(timedelta(days=-1))
    with pytest.raises(Conflict, match="prévue le 26/11/2026"):
        services.visits.scan_badge(receptionist, guest)


def test_check_out_by_code_never_checks_anyone_in(services: Services, receptionist: Actor, guest: str) -> None:
    with pytest.raises(NotFound, match="Badge inconnu"):
        services.visits.check_out_by_code(receptionist, guest)


def test_an_older_badge_with_swapped_letters_is_found(services: Services, receptionist: Actor,
                                                      park: dict[str, str]) -> None:
    """Badges printed before the layout-proof alphabet may hold A, Q, Z, W, M: a garbled scan still finds them."""
    visit = services.visits.check_in(receptionist, CheckInForm("Alaoui", "Sara", host_employee_id=park["noor.tazi"]))
    old_code = "VQAZWM23456789B"
    with services.db.write() as session:
        session.execute(update(Visit).where(Visit.id == visit.id).values(badge_code=old_code))
    assert services.visits.scan_badge(receptionist, garbled(old_code)).visit.id == visit.id
