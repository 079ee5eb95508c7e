"""`reception purge`, `reception visits auto-checkout` and `reception mail send` on a real database file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from reception.cli import main
from reception.cli.visits import EXIT_MAIL_WAITING
from reception.core.clock import FixedClock
from reception.core.database import Database
from reception.core.services.container import Services
from reception.core.services.visits import CheckInForm, HistoryFilter


@pytest.fixture
def old_visit(db_path: Path) -> Services:
    """A desk database holding one visit of March 2020, never checked out, whose host has an e-mail."""
    db = Database(db_path)
    db.upgrade()
    services = Services(db, FixedClock(datetime(2020, 3, 2, 9, 0, tzinfo=UTC)))
    services.site.ensure("CAS", "Technopark Casablanca", "Casablanca", "CAS-A1", "Accueil principal")
    admin = services.auth.create_first_admin("admin", "Karim Tazi", "admin1234")
    tenant = services.directory.save_tenant(admin, {"name": "Atlas Digital SARL", "floor": "2"})
    host = services.directory.save_employee(admin, {"tenant_id": tenant.id, "last_name": "Bennani",
                                                    "first_name": "Mohamed", "email": "m.bennani@atlas.ma"})
    services.visits.check_in(admin, CheckInForm("Chraibi", "Nadia", "Inwi", phone="0661000000",
                                                host_employee_id=host.id))
    return services


def test_auto_checkout_then_purge_from_the_command_line(old_visit: Services, db_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "visits", "auto-checkout"]) == 0
    assert "1 visite(s) clôturée(s)" in capsys.readouterr().out
    assert main(["--db", str(db_path), "purge"]) == 0
    assert "1 visite(s) de plus de 180 jours anonymisée(s)" in capsys.readouterr().out
    admin = old_visit.auth.login("admin", "admin1234")
    [visit] = old_visit.visits.history(admin, HistoryFilter(), limit=10)
    assert (visit.visitor_name, visit.checkout_kind, visit.host_company) == ("Visiteur anonymisé", "auto",
                                                                            "Atlas Digital SARL")
    assert main(["--db", str(db_path), "audit", "verify"]) == 0


def test_mail_send_without_a_server_keeps_the_message(old_visit: Services, db_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "mail", "send"]) == EXIT_MAIL_WAITING
    assert "1 à réessayer" in capsys.readouterr().out
    assert old_visit.mail.waiting() == 1
