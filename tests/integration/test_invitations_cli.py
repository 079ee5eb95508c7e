"""`reception visits preregister`: one guest announced from a script; their invitation waits in the outbox."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from reception.cli import EXIT_REFUSED, main
from reception.core.models import ExpectedVisit, MailMessage
from reception.core.services.container import Services


def _rows(services: Services) -> tuple[list[ExpectedVisit], list[MailMessage]]:
    with services.db.read() as session:
        return (list(session.execute(select(ExpectedVisit)).scalars()),
                list(session.execute(select(MailMessage)).scalars()))


def test_a_guest_preregistered_from_the_command_line_gets_an_invitation_in_their_language(
        services: Services, park: dict[str, str], db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(db_path), "visits", "preregister", "--last-name", "Smith", "--first-name", "John",
                 "--organisation", "Acme", "--email", "john@acme.com", "--host-email", "y@x.ma",
                 "--language", "en"])

    assert code == 0
    out = capsys.readouterr().out
    assert "John Smith attendu(e) le " in out and "par Youssef Tazi ; invitation en file d'envoi" in out
    [expected], [invitation] = _rows(services)
    assert (invitation.to, invitation.language, invitation.expected_visit_id) == ("john@acme.com", "en", expected.id)
    assert invitation.subject.startswith("Invitation: Technopark Casablanca, on ")


def test_a_wrong_address_is_one_line_and_records_nothing(
        services: Services, park: dict[str, str], db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(db_path), "visits", "preregister", "--last-name", "Smith", "--first-name", "John",
                 "--email", "john@acme", "--host-email", "y@x.ma"])

    assert code == EXIT_REFUSED
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("Refusé : ") and "e-mail" in line.lower()
    assert _rows(services) == ([], [])
