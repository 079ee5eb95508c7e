"""Work nobody waits for never fails in silence: a backup, an e-mail round and the daily digest fail for real
(a backups folder that is a file, an SMTP server that refuses or a closed port, a digests folder that is a file),
and each leaves a log record (with the traceback when unexpected) and one French line in the status bar."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from pytestqt.qtbot import QtBot

from reception.core.clock import FixedClock
from reception.core.database import take_backup
from reception.core.paths import data_dir
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm
from reception.ui.context import AppContext
from reception.ui.errors import BackgroundFailure
from reception.ui.main_window import MainWindow
from reception.ui.reports.digest_timer import DigestTimer
from reception.ui.visitors.desk import VisitorDesk


class RefusingServer:
    """An aiosmtpd handler that refuses every recipient (a mailbox that does not exist)."""

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        return "550 5.1.1 Boîte inconnue"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def window(qtbot: QtBot, admin_ctx: AppContext, services: Services) -> Iterator[MainWindow]:
    """The admin's main window, whose status bar shows the background notices."""
    main = MainWindow(admin_ctx, services.site.info(), 10)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    admin_ctx.runner.wait()


def _feature(window: MainWindow, kind: type) -> Any:
    return next(feature for feature in window.desk_features if isinstance(feature, kind))


def _records(caplog: pytest.LogCaptureFixture, what: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "reception.background" and r.getMessage().startswith(what)]


def test_a_failed_backup_is_logged_with_its_traceback_and_said_in_the_status_bar(
        qtbot: QtBot, window: MainWindow, db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (db_path.parent / "backups").write_text("not a folder")  # the backups folder cannot be made
    runner = window.ctx.runner
    runner.run(lambda: take_backup(db_path), lambda _p: None,
               BackgroundFailure(runner.notices, "Sauvegarde au démarrage impossible"))
    qtbot.waitUntil(lambda: "Sauvegarde au démarrage impossible" in window.notice.text(), timeout=5000)
    assert "erreur inattendue" in window.notice.text()
    [record] = _records(caplog, "Sauvegarde au démarrage impossible")
    assert record.levelno == logging.ERROR and record.exc_info is not None
    assert isinstance(record.exc_info[1], OSError)
    assert not [r for r in caplog.records if r.name == "reception.ui.operations"]  # logged once, not twice


@pytest.mark.parametrize("server", ["refusing", "closed port"])
def test_a_failed_mail_round_is_logged_and_said_in_the_status_bar(
        qtbot: QtBot, window: MainWindow, services: Services, admin: Actor, clock: FixedClock,
        park: dict[str, str], caplog: pytest.LogCaptureFixture, server: str) -> None:
    port = _free_port()
    services.settings.update(admin, {"mail.smtp_host": "127.0.0.1", "mail.smtp_port": port,
                                     "mail.sender": "accueil@technopark.ma"}, at=clock.now())
    services.visits.check_in(admin, CheckInForm("Alaoui", "Élodie", "Orange Maroc",
                                                host_employee_id=park["atlas.bennani"]))
    controller = Controller(RefusingServer(), hostname="127.0.0.1", port=port)
    if server == "refusing":
        controller.start()
    try:
        desk = _feature(window, VisitorDesk)
        desk.send_mail()
        qtbot.waitUntil(lambda: "Envoi des e-mails" in window.notice.text(), timeout=10_000)
    finally:
        if server == "refusing":
            controller.stop()
    expected = "refusé(s) par le serveur" if server == "refusing" else "serveur de messagerie injoignable"
    assert expected in window.notice.text()
    [record] = _records(caplog, "Envoi des e-mails")
    assert record.levelno == logging.WARNING and expected in record.getMessage()
    assert not desk._sending  # the next round may run


def test_a_failed_digest_is_logged_with_its_traceback_and_said_in_the_status_bar(
        qtbot: QtBot, window: MainWindow, services: Services, admin: Actor, clock: FixedClock,
        caplog: pytest.LogCaptureFixture) -> None:
    services.settings.update(admin, {"reports.digest_time": "00:00"}, at=clock.now())  # due now
    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / "digests").write_text("not a folder")
    timer = _feature(window, DigestTimer)
    timer.check()
    qtbot.waitUntil(lambda: "Résumé du jour non enregistré" in window.notice.text(), timeout=15_000)
    assert "erreur inattendue" in window.notice.text() and window.notice.property("kind") == "failed"
    [record] = _records(caplog, "Résumé du jour non enregistré")
    assert record.exc_info is not None and isinstance(record.exc_info[1], OSError)
    assert not timer._running  # tried again at the next tick


def test_a_failure_reported_before_the_window_opened_is_shown_when_it_opens(
        qtbot: QtBot, admin_ctx: AppContext, services: Services) -> None:
    """The start-up backup fails while the login window is up; the main window says so once it opens."""
    BackgroundFailure(admin_ctx.runner.notices, "Sauvegarde au démarrage impossible")(OSError("disque plein"))
    main = MainWindow(admin_ctx, services.site.info(), 10)
    qtbot.addWidget(main)
    assert "Sauvegarde au démarrage impossible" in main.notice.text()
