"""Law 09-08: the retention purge and erasure on request remove personal data, keep counts, keep the chain."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from reception.core.clock import FixedClock
from reception.core.errors import PermissionDenied
from reception.core.models import AuditEvent, MailMessage, OutboxEvent, Visit, Visitor
from reception.core.services.container import Services
from reception.core.services.permissions import SYSTEM, Actor
from reception.core.services.visits import CheckInForm, HistoryFilter


def _visitor_fields(services: Services, visitor_id: str) -> tuple[str, ...]:
    with services.db.read() as session:
        v = session.get(Visitor, visitor_id)
        assert v is not None
        return (v.last_name, v.first_name, v.organisation, v.phone, v.email, v.id_number, v.search_key)


def test_purge_anonymises_old_visits_and_keeps_the_counts(services: Services, clock: FixedClock,
                                                          park: dict[str, str], receptionist: Actor) -> None:
    old_form = CheckInForm("Chraibi", "Nadia", "Maroc Telecom", "0661000000", "n@iam.ma", "CIN", "AB778899",
                           park["atlas.bennani"], visit_type="interview", notes="Candidate au poste de RH")
    old = services.visits.check_in(receptionist, old_form)
    regular = services.visits.check_in(receptionist, CheckInForm("Tazi", "Omar", host_employee_id=park["noor.tazi"]))
    clock.advance(timedelta(days=200))
    recent = services.visits.check_in(receptionist, CheckInForm("Tazi", "Omar", visitor_id=regular.visitor_id,
                                                                host_employee_id=park["noor.tazi"]))
    before = services.visits.history_count(receptionist, HistoryFilter())

    assert services.visits.purge(SYSTEM) == 2

    assert _visitor_fields(services, old.visitor_id) == ("", "", "", "", "", "", "")
    assert services.visits.search_visitors(receptionist, "chraibi") == []
    assert services.visits.history_count(receptionist, HistoryFilter()) == before
    rows = {v.id: v for v in services.visits.history(receptionist, HistoryFilter(), limit=10)}
    kept = rows[old.id]
    assert (kept.visitor_name, kept.host_company, kept.visit_type, kept.checked_in_at) == (
        "Visiteur anonymisé", "Atlas Digital SARL", "interview", old.checked_in_at)
    with services.db.read() as session:
        assert session.get(Visit, old.id).notes == ""
        assert session.get(Visit, regular.id).visitor_id is None  # the old visit no longer says who
    assert rows[recent.id].visitor_name == "Omar Tazi"  # a visitor seen recently keeps their data
    assert services.visits.search_visitors(receptionist, "tazi")[0].visitor_id == regular.visitor_id
    assert services.visits.purge(SYSTEM) == 0
    assert services.audit.verify_chain().ok


def test_purge_leaves_no_personal_data_in_its_audit(services: Services, clock: FixedClock, park: dict[str, str],
                                                    receptionist: Actor) -> None:
    services.visits.check_in(receptionist, CheckInForm("Zniber", "Ghita", email="ghita@x.ma",
                                                       host_employee_id=park["atlas.bennani"]))
    clock.advance(timedelta(days=181))
    assert services.visits.purge(SYSTEM) == 1
    with services.db.read() as session:
        journal = " ".join(f"{e.before} {e.after}" for e in session.execute(select(AuditEvent)).scalars())
        purges = session.scalar(select(func.count()).where(AuditEvent.action == "visits.purge"))
    assert purges == 1
    assert "zniber" not in journal.lower() and "ghita" not in journal.lower()


def test_erasure_on_request_is_for_managers(services: Services, park: dict[str, str], receptionist: Actor,
                                            manager: Actor) -> None:
    visit = services.visits.check_in(receptionist, CheckInForm("Lahlou", "Rim", phone="0600000000",
                                                               host_employee_id=park["atlas.bennani"]))
    with pytest.raises(PermissionDenied):
        services.visits.erase_visitor(receptionist, visit.visitor_id)
    assert services.visits.erase_visitor(manager, visit.visitor_id) == 1
    [row] = services.visits.on_site(receptionist)
    assert (row.visitor_name, row.visitor_id, row.badge_number) == ("Visiteur anonymisé", None, visit.badge_number)
    assert services.visits.search_visitors(receptionist, "lahlou") == []
    assert services.audit.verify_chain().ok


def _outbox_text(services: Services) -> str:
    with services.db.read() as session:
        return " ".join(session.execute(select(OutboxEvent.payload)).scalars())


def test_erasure_scrubs_the_outbox_and_the_host_mail_and_queues_an_erase_event(
        services: Services, admin: Actor, park: dict[str, str], receptionist: Actor, manager: Actor) -> None:
    host = services.directory.save_employee(admin, {"tenant_id": park["atlas"], "last_name": "Idrissi",
                                                    "first_name": "Hind", "email": "hind@atlas.ma"})
    form = CheckInForm("Oukacha", "Imane", "Qx Conseil", "0661000777", "imane@qx.ma", host_employee_id=host.id)
    first = services.visits.check_in(receptionist, form)
    second = services.visits.check_in(receptionist, replace(form, visitor_id=first.visitor_id))
    with services.db.write() as session:  # the first notice left already
        sent = session.execute(select(MailMessage).where(MailMessage.visit_id == first.id)).scalar_one()
        sent.status = "sent"
    assert "Oukacha" in _outbox_text(services) and first.visitor_id is not None

    assert services.visits.erase_visitor(manager, first.visitor_id) == 2

    assert "oukacha" not in _outbox_text(services).lower() and "0661000777" not in _outbox_text(services)
    with services.db.read() as session:
        [notice] = session.execute(select(MailMessage)).scalars().all()
        [erase] = session.execute(select(OutboxEvent).where(OutboxEvent.op == "erase")).scalars().all()
    assert (notice.visit_id, notice.status, notice.subject) == (second.id, "queued", "Votre visiteur est arrivé")
    assert notice.body.startswith("Bonjour Hind,\n\nUn visiteur est arrivé(e)") and "Oukacha" not in notice.body
    assert json.loads(erase.payload) == {"site_code": "CAS", "rows": {
        "visitors": [first.visitor_id], "visits": sorted([first.id, second.id])}}


def test_purge_drops_old_queued_mail_and_prunes_acknowledged_outbox_events(
        services: Services, clock: FixedClock, admin: Actor, park: dict[str, str], receptionist: Actor) -> None:
    host = services.directory.save_employee(admin, {"tenant_id": park["atlas"], "last_name": "Idrissi",
                                                    "first_name": "Hind", "email": "hind@atlas.ma"})
    services.visits.check_in(receptionist, CheckInForm("Berrada", "Ali", host_employee_id=host.id))
    with services.db.write() as session:  # central acknowledged everything so far
        session.execute(update(OutboxEvent).values(sent_at=clock.now()))
    clock.advance(timedelta(days=181))
    services.visits.check_in(receptionist, CheckInForm("Recent", "Rim", host_employee_id=host.id))

    assert services.visits.purge(SYSTEM) == 1

    with services.db.read() as session:
        subjects = list(session.execute(select(MailMessage.subject)).scalars())
        old_sent = session.scalar(select(func.count()).where(OutboxEvent.sent_at.is_not(None)))
        pending = session.scalar(select(func.count()).where(OutboxEvent.sent_at.is_(None)))
    assert subjects == ["Votre visiteur est arrivé : Rim Recent"]  # the old one never left, and never will
    assert old_sent == 0 and (pending or 0) > 0
    assert "berrada" not in _outbox_text(services).lower()
