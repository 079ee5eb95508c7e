"""The audit chain catches an edited, a deleted and a reordered event, and names the first bad link."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from reception.core.services.container import Services
from reception.core.services.permissions import Actor


@pytest.fixture
def trail(services: Services, admin: Actor) -> Services:
    """Six more audited changes after the admin's creation and login."""
    for i in range(6):
        services.directory.save_tenant(admin, {"name": f"Société {i}"})
    assert services.audit.verify(admin).ok
    return services


def _sql(services: Services, statement: str) -> None:
    with services.db.engine.begin() as conn:
        conn.execute(text(statement))


def test_intact_chain_verifies(trail: Services, admin: Actor) -> None:
    report = trail.audit.verify(admin)
    assert report.ok and report.checked == trail.audit.count() == 8


def test_edited_event_is_caught(trail: Services, admin: Actor) -> None:
    _sql(trail, "UPDATE audit_events SET after = replace(after, 'Société 3', 'Société X') WHERE seq = 6")
    report = trail.audit.verify(admin)
    assert not report.ok and report.seq == 6 and "modifié" in report.problem


def test_deleted_event_is_caught(trail: Services, admin: Actor) -> None:
    _sql(trail, "DELETE FROM audit_events WHERE seq = 4")
    report = trail.audit.verify(admin)
    assert not report.ok and report.seq == 4 and "manquant" in report.problem


def test_reordered_events_are_caught(trail: Services, admin: Actor) -> None:
    _sql(trail, "UPDATE audit_events SET seq = -1 WHERE seq = 5")
    _sql(trail, "UPDATE audit_events SET seq = 5 WHERE seq = 6")
    _sql(trail, "UPDATE audit_events SET seq = 6 WHERE seq = -1")
    report = trail.audit.verify(admin)
    assert not report.ok and report.seq == 5


def test_receptionist_cannot_verify_the_journal(trail: Services, receptionist: Actor) -> None:
    from reception.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied, match="rôle"):
        trail.audit.verify(receptionist)
