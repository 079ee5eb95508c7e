"""The kiosk's rules: found only by exact code or contact, hosts after three letters, the watch list sends
the visitor to the desk without a word of why, photos small and gone with the visit's personal data."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from PIL import Image
from pypdf import PdfReader

from reception.core.clock import FixedClock, local_today
from reception.core.errors import DomainError, ValidationError
from reception.core.reports import ReportParams, run_report
from reception.core.services.container import Services
from reception.core.services.kiosk import (
    KIOSK,
    REFERRAL,
    UNKNOWN_CODE,
    KioskGuest,
    KioskHost,
    KioskReferral,
)
from reception.core.services.permissions import Actor
from reception.core.services.photos import MAX_BYTES, MAX_SIDE
from reception.core.services.visits import CheckInForm, WatchEntryForm
from reception.printing.evacuation import evacuation_pdf
from reception.printing.reports import report_meta


def _png(width: int = 1280, height: int = 960) -> bytes:
    out = io.BytesIO()
    Image.effect_noise((width, height), 60).convert("RGB").save(out, "PNG")
    return out.getvalue()


def test_an_invitation_is_found_by_its_code_only_and_checked_in_by_the_kiosk(
        services: Services, receptionist: Actor, park: dict[str, str], clock: FixedClock) -> None:
    expected = services.visits.preregister(receptionist, CheckInForm(
        "El Amrani", "Yasmine", "Orange Maroc", host_employee_id=park["atlas.bennani"]), local_today(clock))
    with pytest.raises(DomainError) as unknown:
        services.kiosk.invitation("ZZZZ-ZZZZ-ZZZZ")
    assert unknown.value.message == UNKNOWN_CODE

    guest = services.kiosk.invitation(expected.badge_code)
    assert (guest.name, guest.host and guest.host.name) == ("Yasmine El Amrani", "Mohamed Bennani")
    arrival = services.kiosk.arrive(guest)
    assert arrival.visit.badge_code == expected.badge_code
    assert [v.id for v in services.visits.on_site(receptionist)] == [arrival.visit.id]
    with pytest.raises(DomainError):  # the invitation is used now
        services.kiosk.invitation(expected.badge_code)


def test_a_returning_visitor_is_found_by_exact_email_or_phone_never_by_name(
        services: Services, receptionist: Actor, park: dict[str, str]) -> None:
    services.visits.check_in(receptionist, CheckInForm("Bennani", "Élodie", "Cabinet Alami", "0612345678",
                                                       "elodie@alami.ma", host_employee_id=park["noor.tazi"]))
    assert services.kiosk.returning("ELODIE@alami.ma").first_name == "Élodie"
    assert services.kiosk.returning("06 12 34 56 78").visitor_id is not None
    for wrong in ("Bennani", "elodie@", "%alami%", "0612"):
        with pytest.raises(ValidationError):
            services.kiosk.returning(wrong)


def test_hosts_appear_only_after_three_letters_of_their_name_and_a_few_at_a_time(
        services: Services, park: dict[str, str]) -> None:
    assert services.kiosk.hosts("be") == []
    assert services.kiosk.hosts("") == []
    assert {h.name for h in services.kiosk.hosts("ben")} == {"Mohamed Bennani", "Sara Benani"}
    assert [h.name for h in services.kiosk.hosts("élo")] == ["Élodie Alaoui"]
    assert services.kiosk.hosts("atlas") == []  # a company's name lists nobody
    assert services.kiosk.hosts("%%%") == []


def test_a_watch_listed_walk_in_is_sent_to_the_desk_which_gets_the_alert(
        services: Services, manager: Actor, receptionist: Actor, park: dict[str, str], clock: FixedClock) -> None:
    services.visits.watchlist_add(manager, WatchEntryForm("Fassi", "Omar", reason="Incident du 12/10"))
    guest = KioskGuest("Fassi", "Omar", host=KioskHost(park["atlas.bennani"], "Mohamed Bennani", "Atlas"))
    with pytest.raises(KioskReferral) as referral:
        services.kiosk.check_walk_in(guest)
    assert referral.value.message == REFERRAL  # nothing about why
    assert "Incident" not in referral.value.message
    [alert] = services.kiosk.alerts(receptionist)
    assert (alert.name, alert.reason) == ("Omar Fassi", "Incident du 12/10")
    assert services.kiosk.alerts(receptionist, after_seq=alert.seq) == []
    tiles = {f.key: f for f in services.overview.figures(receptionist)}
    assert tiles["kiosk.referrals"].alert and tiles["kiosk.referrals"].value == "1"
    assert services.visits.on_site(receptionist) == []
    clock.advance(timedelta(days=1))
    assert services.kiosk.alerts(receptionist) == []  # yesterday's alerts are history (the Journal has them)


def test_a_walk_in_form_names_every_missing_field(services: Services) -> None:
    with pytest.raises(ValidationError) as errors:
        services.kiosk.check_walk_in(KioskGuest(" ", ""))
    assert set(errors.value.errors) == {"last_name", "first_name", "host"}


def test_photos_are_small_and_go_with_the_visit_at_purge_and_erasure(
        services: Services, receptionist: Actor, manager: Actor, park: dict[str, str], clock: FixedClock) -> None:
    guest = KioskGuest("Kettani", "Rim", host=KioskHost(park["noor.tazi"], "Youssef Tazi", "Noor"))
    arrival = services.kiosk.arrive(services.kiosk.check_walk_in(guest), photo=_png())
    photo = services.photos.photo(receptionist, arrival.visit.id)
    assert photo is not None and arrival.photo
    assert max(photo.width, photo.height) <= MAX_SIDE and len(photo.jpeg) <= MAX_BYTES
    assert Image.open(io.BytesIO(photo.jpeg)).format == "JPEG"
    with pytest.raises(ValidationError):
        services.photos.store(KIOSK, arrival.visit.id, b"not an image")

    other = services.visits.check_in(receptionist, CheckInForm("Naciri", "Ali", host_employee_id=park["noor.tazi"]))
    services.photos.store(receptionist, other.id, _png(200, 300))
    assert other.visitor_id is not None
    services.visits.erase_visitor(manager, other.visitor_id)
    assert services.photos.photo(receptionist, other.id) is None

    clock.advance(timedelta(days=400))
    services.visits.purge(manager)
    assert services.photos.photo(receptionist, arrival.visit.id) is None


def test_the_change_stamp_moves_with_every_committed_change(
        services: Services, receptionist: Actor, park: dict[str, str]) -> None:
    before = services.changes.stamp()
    services.visits.check_in(receptionist, CheckInForm("Naciri", "Ali", host_employee_id=park["noor.tazi"]))
    assert services.changes.stamp() > before


def test_the_evacuation_list_shows_the_photos_taken(
        services: Services, receptionist: Actor, park: dict[str, str]) -> None:
    with_photo = services.visits.check_in(receptionist, CheckInForm("Kettani", "Rim",
                                                                    host_employee_id=park["atlas.bennani"]))
    services.visits.check_in(receptionist, CheckInForm("Naciri", "Ali", host_employee_id=park["atlas.bennani"]))
    services.photos.store(receptionist, with_photo.id, _png(300, 400))
    data = run_report("evacuation", services.db, services.clock, receptionist, ReportParams())
    assert list(data.pictures) == [with_photo.badge_number]
    pdf = evacuation_pdf(data, report_meta(data, "Accueil", services.clock.now()))
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert len(page.images) == 1
    assert "Rim Kettani" in page.extract_text() and "Ali Naciri" in page.extract_text()
