"""The host's arrival e-mail reaches a real SMTP server (aiosmtpd), even one that was down at first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from reception.core.clock import FixedClock
from reception.core.models import MailMessage
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm
from tests.smtp_inbox import Inbox, free_port, serving


@pytest.fixture
def port() -> int:
    """A local port nobody listens on (yet)."""
    return free_port()


@pytest.fixture
def smtp_settings(services: Services, admin: Actor, clock: FixedClock, port: int) -> None:
    """The desk's mail settings point at 127.0.0.1:port."""
    services.settings.update(admin, {"mail.smtp_host": "127.0.0.1", "mail.smtp_port": port,
                                     "mail.sender": "accueil@technopark.ma"}, at=clock.now())


@pytest.fixture
def inbox(port: int) -> Iterator[Inbox]:
    """A real SMTP server listening on the port."""
    box = Inbox()
    with serving(box, port):
        yield box


def _check_in(services: Services, receptionist: Actor, park: dict[str, str]) -> None:
    services.visits.check_in(receptionist, CheckInForm("Alaoui", "Élodie", "Orange Maroc",
                                                       host_employee_id=park["atlas.bennani"]))


def test_the_host_gets_an_email_when_the_visitor_arrives(services: Services, park: dict[str, str],
                                                         receptionist: Actor, smtp_settings: None,
                                                         inbox: Inbox) -> None:
    _check_in(services, receptionist, park)
    report = services.mail.send_due()
    assert (report.sent, report.waiting) == (1, 0)
    [message] = inbox.messages
    assert message["To"] == "m@x.ma" and message["From"] == "accueil@technopark.ma"
    assert message["Subject"] == "Votre visiteur est arrivé : Élodie Alaoui"
    assert "Élodie Alaoui (Orange Maroc) est arrivé(e) à l'accueil à 10:00" in message.get_content()


def test_a_server_down_at_first_gets_the_message_later_exactly_once(
        services: Services, clock: FixedClock, park: dict[str, str], receptionist: Actor, smtp_settings: None,
        port: int) -> None:
    _check_in(services, receptionist, park)
    down = services.mail.send_due()
    assert (down.sent, down.retried, down.waiting) == (0, 1, 1)
    with services.db.read() as session:
        queued = session.execute(select(MailMessage)).scalar_one()
    assert queued.attempts == 1 and "injoignable" in queued.last_error
    assert queued.next_attempt_at == clock.now() + timedelta(seconds=30)

    box = Inbox()
    with serving(box, port):
        assert services.mail.send_due().sent == 0  # not due yet: the backoff is respected
        clock.advance(timedelta(seconds=31))
        assert services.mail.send_due().sent == 1
        clock.advance(timedelta(hours=2))
        assert services.mail.send_due().sent == 0
    assert len(box.messages) == 1
    with services.db.read() as session:
        sent = session.execute(select(MailMessage)).scalar_one()
    assert (sent.status, sent.attempts, sent.sent_at) == ("sent", 2, clock.now() - timedelta(hours=2))
