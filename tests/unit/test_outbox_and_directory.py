"""Every change to a syncable table lands in the outbox in the same transaction; the directory's rules."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from reception.core.errors import ValidationError
from reception.core.models import OutboxEvent, Tenant
from reception.core.models.base import syncable_tables
from reception.core.services.container import Services
from reception.core.services.permissions import Actor


def _events(services: Services, entity: str) -> list[OutboxEvent]:
    with services.db.read() as session:
        return list(session.execute(select(OutboxEvent).where(OutboxEvent.entity == entity)
                                    .order_by(OutboxEvent.seq)).scalars())


def test_insert_and_update_append_events_with_payload_by_column(services: Services, admin: Actor) -> None:
    tenant = services.directory.save_tenant(admin, {"name": "Atlas Digital SARL", "floor": "2"})
    services.directory.save_tenant(admin, {"name": "Atlas Digital SARL", "floor": "3"}, tenant.id)
    events = _events(services, "tenants")
    assert [e.op for e in events] == ["insert", "update"]
    payload = json.loads(events[1].payload)
    assert payload["floor"] == "3" and payload["id"] == tenant.id and payload["row_version"] == 2
    assert {e.desk_code for e in events} == {"CAS-A1"}
    assert events[0].epoch == services.db.identity().epoch and events[0].schema_rev
    assert len({e.event_id for e in events}) == 2


def test_a_failed_unit_of_work_leaves_no_event(services: Services, admin: Actor) -> None:
    before = len(_events(services, "tenants"))
    with pytest.raises(RuntimeError), services.db.write() as session:
        session.add(Tenant(name="Fantôme", search_key="fantome"))
        session.flush()
        raise RuntimeError("crash mid-transaction")
    assert len(_events(services, "tenants")) == before


def test_syncable_tables_are_declared_not_listed() -> None:
    names = [t.name for t in syncable_tables()]
    assert {"sites", "tenants", "employees", "users", "audit_events"} <= set(names)
    assert "outbox" not in names and "login_state" not in names


def test_directory_search_ignores_accents_and_case(services: Services, admin: Actor, park: dict[str, str]) -> None:
    found = services.directory.employees(admin, query="elodie")
    assert [e.full_name for e in found] == ["Élodie Alaoui"]
    assert {e.last_name for e in services.directory.employees(admin, query="BENNANI")} == {"Bennani"}


def test_tenant_needs_a_name_and_a_valid_ice(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        services.directory.save_tenant(admin, {"name": " ", "ice": "123"})
    assert set(caught.value.errors) == {"name", "ice"}


def test_csv_import_is_all_or_nothing(services: Services, admin: Actor) -> None:
    good = "Société;Nom;Prénom;Fonction;Email\nAtlas Digital;Bennani;Mohamed;CTO;m.bennani@atlas.ma\n" \
           "Noor Green;Tazi;Sara;CEO;s.tazi@noor.ma\n"
    assert services.directory.import_csv(admin, good) == (2, 2, 0)
    bad = "Société;Nom;Prénom;Email\nAtlas Digital;Idrissi;Omar;omar@\n"
    with pytest.raises(ValidationError, match="Ligne 2"):
        services.directory.import_csv(admin, bad)
    assert len(services.directory.employees(admin)) == 2
