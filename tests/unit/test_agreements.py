"""Visitor agreements: versioned texts, who must sign again, the stored signature, its audit and its purge."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from reception.core.clock import FixedClock
from reception.core.errors import Conflict, PermissionDenied, ValidationError
from reception.core.models import AgreementSignature, AuditEvent
from reception.core.models.visits import VISIT_TYPES
from reception.core.services.agreement_strokes import pack, unpack
from reception.core.services.agreements import months_before, text_sha256
from reception.core.services.container import Services
from reception.core.services.journal import JournalFilters
from reception.core.services.permissions import SYSTEM, Actor
from reception.core.services.settings import AGREEMENT_REQUIRED_LABELS
from reception.core.services.visits import CheckInForm, VisitRow
from tests.agreement_helpers import realistic_signature


def _visit(services: Services, actor: Actor, park: dict[str, str], visit_type: str = "meeting",
           visitor_id: str | None = None) -> VisitRow:
    return services.visits.check_in(actor, CheckInForm("Chraibi", "Nadia", "Maroc Telecom", email="n@iam.ma",
                                                       host_employee_id=park["atlas.bennani"],
                                                       visit_type=visit_type, visitor_id=visitor_id))


def test_each_visit_type_has_a_shipped_text_in_three_languages_with_its_hash(services: Services) -> None:
    assert set(AGREEMENT_REQUIRED_LABELS) == set(VISIT_TYPES)
    for code in VISIT_TYPES:
        for language in ("fr", "en", "ar"):
            text = services.agreements.text_for(code, language)
            assert (text.visit_type, text.language, text.version) == (code, language, 1)
            assert text.sha256 == text_sha256(text.title, text.body)
            assert len(text.body) > 300
    assert "التكنوبارك" in services.agreements.text_for("contractor", "ar").body
    assert services.agreements.text_for("meeting", "de").language == "fr"  # an unknown language reads French
    assert services.agreements.text_for("meeting", "fr") == services.agreements.text_for("meeting", "fr")


def test_signing_stores_small_strokes_and_joins_the_audit_chain(services: Services, receptionist: Actor,
                                                                manager: Actor, park: dict[str, str]) -> None:
    visit = _visit(services, receptionist, park)
    text = services.agreements.text_for("meeting", "fr")
    drawn = realistic_signature()

    signed = services.agreements.sign(receptionist, visit.id, text.id, drawn)

    assert (signed.visit_id, signed.visitor_id, signed.text_sha256, signed.version) == (
        visit.id, visit.visitor_id, text.sha256, 1)
    assert signed.desk_code == "CAS-A1"
    raw_json = len(json.dumps(drawn))
    assert signed.stored_bytes < min(1024, raw_json / 10)  # 788 bytes against 10.7 KB of JSON
    back = services.agreements.signed_for_visit(receptionist, visit.id)
    assert back is not None and [len(s) for s in back.strokes] == [len(s) for s in drawn]
    assert all(abs(a[0] - b[0]) < 1e-3 and abs(a[1] - b[1]) < 1e-3 and a[-1] == b[-1]
               for sa, sb in zip(drawn, back.strokes, strict=True) for a, b in zip(sa, sb, strict=True))
    [entry] = services.journal.page(manager, JournalFilters(action="agreements.sign")).rows
    assert entry.text == "Accueil a recueilli la signature de Nadia Chraibi (accord version 1)"
    with services.db.read() as session:
        event = session.execute(select(AuditEvent).where(AuditEvent.action == "agreements.sign")).scalar_one()
    assert json.loads(event.after)["text_sha256"] == text.sha256
    assert services.audit.verify_chain().ok


def test_strokes_without_times_pack_and_unpack() -> None:
    strokes = [[(0.0, 0.0), (1.0, 1.0), (0.5, 0.25)], [(0.2, 0.8), (0.3, 0.7)]]
    assert unpack(pack(strokes)) == [[(0.0, 0.0), (1.0, 1.0), (2048 / 4095, 1024 / 4095)],
                                     [(819 / 4095, 3276 / 4095), (1228 / 4095, 2866 / 4095)]]


@pytest.mark.parametrize("strokes", [[], [[(0.5, 0.5)]], [[(0.1, 0.1), (1.2, 0.5)]], [[(0.1, 0.1), (0.2,)]]])
def test_an_empty_or_out_of_box_signature_is_refused(services: Services, receptionist: Actor,
                                                    park: dict[str, str], strokes: list) -> None:
    visit = _visit(services, receptionist, park)
    text = services.agreements.text_for("meeting", "fr")
    with pytest.raises(ValidationError) as refused:
        services.agreements.sign(receptionist, visit.id, text.id, strokes)
    assert refused.value.field == "strokes"
    assert services.agreements.signed_for_visit(receptionist, visit.id) is None


def test_a_visit_is_signed_once_with_its_own_type_s_current_text(services: Services, receptionist: Actor,
                                                                 park: dict[str, str], admin: Actor) -> None:
    visit = _visit(services, receptionist, park, "contractor")
    with pytest.raises(ValidationError, match="type de la visite"):
        services.agreements.sign(receptionist, visit.id, services.agreements.text_for("meeting", "fr").id,
                                 realistic_signature())
    shown = services.agreements.text_for("contractor", "fr")
    services.agreements.publish(admin, "contractor", "fr", shown.title, shown.body + "\n\nPermis de feu requis.")
    with pytest.raises(Conflict, match="a changé"):
        services.agreements.sign(receptionist, visit.id, shown.id, realistic_signature())
    services.agreements.sign(receptionist, visit.id, services.agreements.text_for("contractor", "fr").id,
                             realistic_signature())
    with pytest.raises(Conflict, match="déjà"):
        services.agreements.sign(receptionist, visit.id, services.agreements.text_for("contractor", "fr").id,
                                 realistic_signature())


def test_a_returning_visitor_skips_signing_until_a_new_version(services: Services, receptionist: Actor,
                                                               admin: Actor, park: dict[str, str]) -> None:
    agreements = services.agreements
    assert agreements.needs_signature(None, "meeting", "fr")
    first = _visit(services, receptionist, park)
    assert agreements.needs_signature(first.visitor_id, "meeting", "fr")
    agreements.sign(receptionist, first.id, agreements.text_for("meeting", "fr").id, realistic_signature())

    assert not agreements.needs_signature(first.visitor_id, "meeting", "fr")
    assert not agreements.needs_signature(first.visitor_id, "meeting", "ar")  # the French text still counts
    assert agreements.needs_signature(first.visitor_id, "interview", "fr")  # another type, another text

    v2 = agreements.publish(admin, "meeting", "fr", "Conditions de visite — Réunion", "Nouveau texte, v2.")
    assert v2.version == 2 and v2.sha256 == text_sha256(v2.title, v2.body)
    assert agreements.text_for("meeting", "fr") == v2
    assert agreements.needs_signature(first.visitor_id, "meeting", "fr")
    assert agreements.text_for("meeting", "en").version == 1  # each language has its own versions


def test_a_signature_expires_after_the_validity_period(services: Services, receptionist: Actor, admin: Actor,
                                                       clock: FixedClock, park: dict[str, str]) -> None:
    visit = _visit(services, receptionist, park)
    signed = services.agreements.sign(receptionist, visit.id, services.agreements.text_for("meeting", "fr").id,
                                      realistic_signature())
    in_11_months = months_before(signed.signed_at, -11)
    assert not services.agreements.needs_signature(visit.visitor_id, "meeting", "fr", now=in_11_months)
    assert not services.agreements.needs_signature(visit.visitor_id, "meeting", "fr",
                                                   now=months_before(signed.signed_at, -12))
    a_year_later = months_before(signed.signed_at, -12) + timedelta(seconds=1)
    assert services.agreements.needs_signature(visit.visitor_id, "meeting", "fr", now=a_year_later)
    services.settings.update(admin, {"agreements.validity_months": 6}, at=clock.now())
    assert services.agreements.needs_signature(visit.visitor_id, "meeting", "fr", now=in_11_months)


def test_only_visit_types_that_require_it_ask_for_a_signature(services: Services, admin: Actor,
                                                               clock: FixedClock) -> None:
    assert not services.agreements.needs_signature(None, "delivery", "fr")  # deliveries: off by default
    services.settings.update(admin, {"agreements.required.delivery": True,
                                     "agreements.required.meeting": False}, at=clock.now())
    assert services.agreements.needs_signature(None, "delivery", "fr")
    assert not services.agreements.needs_signature(None, "meeting", "fr")


def test_months_before_keeps_the_day_or_takes_the_month_s_last() -> None:
    from datetime import UTC, datetime
    assert months_before(datetime(2026, 3, 31, 9, tzinfo=UTC), 1) == datetime(2026, 2, 28, 9, tzinfo=UTC)
    assert months_before(datetime(2026, 1, 15, tzinfo=UTC), 12) == datetime(2025, 1, 15, tzinfo=UTC)
    assert months_before(datetime(2026, 1, 15, tzinfo=UTC), -13) == datetime(2027, 2, 15, tzinfo=UTC)


def test_publishing_needs_the_settings_permission_and_a_text(services: Services, receptionist: Actor,
                                                             admin: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.agreements.publish(receptionist, "meeting", "fr", "Titre", "Texte")
    with pytest.raises(ValidationError) as refused:
        services.agreements.publish(admin, "meeting", "fr", " ", "")
    assert set(refused.value.errors) == {"title", "body"}
    with pytest.raises(ValidationError):
        services.agreements.publish(admin, "meeting", "de", "Titel", "Text")
    published = services.agreements.publish(admin, "meeting", "ar", "شروط", "نص جديد")
    entries = services.journal.page(admin, JournalFilters(action="agreements.publish")).rows
    assert [e.text for e in entries] == ["Karim Tazi a publié la version 2 du texte d'accord (Réunion, Arabe)"]
    assert published.version == 2


def _strokes_left(services: Services) -> list[tuple[bytes | None, str | None]]:
    with services.db.read() as session:
        return [(r.strokes, r.visitor_id) for r in session.execute(select(AgreementSignature)).scalars()]


def test_the_purge_deletes_the_strokes_with_the_visit(services: Services, receptionist: Actor,
                                                      clock: FixedClock, park: dict[str, str]) -> None:
    visit = _visit(services, receptionist, park)
    services.agreements.sign(receptionist, visit.id, services.agreements.text_for("meeting", "fr").id,
                             realistic_signature())
    clock.advance(timedelta(days=200))

    services.visits.purge(SYSTEM)

    assert _strokes_left(services) == [(None, None)]
    kept = services.agreements.signed_for_visit(receptionist, visit.id)
    assert kept is not None and kept.strokes == [] and kept.text_sha256  # the fact of signing stays
    assert services.audit.verify_chain().ok


def test_erasure_deletes_the_strokes_of_every_visit_of_the_person(services: Services, receptionist: Actor,
                                                                  manager: Actor, park: dict[str, str]) -> None:
    first = _visit(services, receptionist, park)
    second = _visit(services, receptionist, park, "interview", visitor_id=first.visitor_id)
    other = services.visits.check_in(receptionist, CheckInForm("Tazi", "Omar", host_employee_id=park["noor.tazi"]))
    for visit in (first, second, other):
        text = services.agreements.text_for(visit.visit_type, "fr")
        services.agreements.sign(receptionist, visit.id, text.id, realistic_signature())
    assert first.visitor_id is not None

    services.visits.erase_visitor(manager, first.visitor_id)

    left = _strokes_left(services)
    assert sorted(left, key=lambda r: r[1] or "") == sorted(
        [(None, None), (None, None), (left[2][0] or b"", other.visitor_id)], key=lambda r: r[1] or "")
    assert sum(1 for strokes, _ in left if strokes) == 1
    assert services.agreements.needs_signature(first.visitor_id, "meeting", "fr")


def test_the_desk_sees_which_signature_covers_a_visit(services: Services, receptionist: Actor,
                                                      clock: FixedClock, park: dict[str, str]) -> None:
    first = _visit(services, receptionist, park)
    assert services.agreements.for_visit(receptionist, first.id).missing
    signed = services.agreements.sign(receptionist, first.id, services.agreements.text_for("meeting", "en").id,
                                      realistic_signature())
    own = services.agreements.for_visit(receptionist, first.id)
    assert own.signed == signed and own.signed_here and not own.missing
    clock.advance(timedelta(days=30))
    again = _visit(services, receptionist, park, visitor_id=first.visitor_id)
    covered = services.agreements.for_visit(receptionist, again.id)
    assert covered.signed == signed and not covered.signed_here and not covered.missing
    delivery = _visit(services, receptionist, park, "delivery", visitor_id=first.visitor_id)
    assert not services.agreements.for_visit(receptionist, delivery.id).required
