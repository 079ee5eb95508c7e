"""Start-up that never freezes: the login takes typing while the database is checked on a worker, a
password submitted early logs in once the database is ready, and the day's backup costs the login nothing."""

from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reception.app import ConsoleStart
from reception.core.backups import list_backups, take_backup
from reception.core.database import open_for_startup
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.login import LoginWindow
from reception.ui.operations import OperationRunner
from reception.ui.startup import DatabaseOpening
from tests.ui.message_boxes import answer_when_asked


class Gate:
    """Holds a worker thread at a point until the test opens it (the slow disk of a 10-year desk)."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.opened = threading.Event()

    def hold(self) -> None:
        self.reached.set()
        assert self.opened.wait(10), "the test never opened the gate"


@pytest.fixture
def starting(qtbot: QtBot, qapp: QApplication, services: Services, receptionist: Actor,
             db_path: Path) -> Iterator[tuple[ConsoleStart, Gate]]:
    """The console right after its login window is shown, its database held in the check by a gate."""
    services.db.dispose()
    gate = Gate()

    def slow_open(path: Path, **options: Any) -> Any:
        gate.hold()
        return open_for_startup(path, **options)

    runner = OperationRunner()
    login = LoginWindow(None, None, runner)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    console = ConsoleStart(qapp, db_path, runner, login, [], opener=slow_open)
    yield console, gate
    gate.opened.set()
    runner.wait()
    console.background.wait()
    if console.session is not None:
        qapp.removeEventFilter(console.session.scans)
        if console.session.window is not None:
            console.session.window.close_for_logout()
    gc.unfreeze()


def test_typing_is_accepted_while_the_database_is_checked_and_an_early_password_logs_in(
        qtbot: QtBot, starting: tuple[ConsoleStart, Gate], monkeypatch: pytest.MonkeyPatch) -> None:
    console, gate = starting
    backup_gate = Gate()

    def slow_daily_backup(path: Path) -> None:
        backup_gate.hold()  # the day's backup of a big file, still running when the password is checked

    monkeypatch.setattr("reception.app.daily_backup", slow_daily_backup)
    login = console.login
    console.start()
    qtbot.waitUntil(gate.reached.is_set)
    assert login.desk.text() == "Vérification de la base…"

    qtbot.keyClicks(login.username, "accueil")  # typed while the worker holds the database check
    qtbot.keyClick(login.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(login.password, "accueil-secret")
    assert (login.username.text(), login.password.text()) == ("accueil", "accueil-secret")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.submit.text() == "En attente de la base…" and console.session is None

    gate.opened.set()
    qtbot.waitUntil(lambda: console.session is not None and console.session.window is not None, timeout=10_000)
    assert console.session.window.ctx.actor.username == "accueil"
    qtbot.waitUntil(backup_gate.reached.is_set, timeout=10_000)  # the day's backup starts once they are in
    backup_gate.opened.set()


def test_the_day_s_backup_runs_after_the_first_login_once_a_day(qtbot: QtBot, starting: tuple[ConsoleStart, Gate],
                                                                 db_path: Path) -> None:
    console, gate = starting
    gate.opened.set()
    console.start()
    qtbot.waitUntil(lambda: console.session is not None, timeout=10_000)
    console.background.wait()
    assert list_backups(db_path) == []  # nothing competes with the first login
    qtbot.keyClicks(console.login.username, "accueil")
    qtbot.keyClicks(console.login.password, "accueil-secret")
    console.login.attempt()
    qtbot.waitUntil(lambda: console.session is not None and console.session.window is not None, timeout=10_000)
    qtbot.waitUntil(lambda: len(list_backups(db_path)) == 1, timeout=10_000)
    console.back_up_if_due()
    console.background.wait()
    assert len(list_backups(db_path)) == 1


def test_an_empty_file_is_refused_and_the_restore_offered_brings_the_desk_back(
        qtbot: QtBot, qapp: QApplication, services: Services, db_path: Path) -> None:
    services.db.dispose()
    take_backup(db_path)
    db_path.write_bytes(b"")  # what a crash during a copy leaves
    runner = OperationRunner()
    opening = DatabaseOpening(db_path, runner, may_create=False)
    stages: list[str] = []
    opening.stage.connect(stages.append)
    seen = answer_when_asked(qtbot, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(opening.opened, timeout=15_000) as opened:
        opening.start()
    db = opened.args[0]
    assert "vide (0 octet)" in seen[0] and "Restaurer la dernière sauvegarde valide" in seen[0]
    assert stages[:2] == ["Vérification de la base…", "Restauration de la sauvegarde…"]
    assert db.identity().desk_code == "CAS-A1"
    runner.wait()
    db.dispose()


def test_a_mistyped_path_is_refused_without_creating_anything(qtbot: QtBot, tmp_path: Path) -> None:
    runner = OperationRunner()
    missing = tmp_path / "ailleurs" / "reception.db"
    opening = DatabaseOpening(missing, runner, may_create=False)
    seen = answer_when_asked(qtbot, QMessageBox.StandardButton.Ok)
    with qtbot.waitSignal(opening.refused, timeout=15_000):
        opening.start()
    assert "introuvable" in seen[0] and "Aucune sauvegarde valide" in seen[0]
    assert not missing.parent.exists()
    runner.wait()


def test_a_database_from_a_newer_console_is_refused_with_its_reason(qtbot: QtBot, services: Services,
                                                                    db_path: Path) -> None:
    services.db.dispose()
    with closing(sqlite3.connect(db_path)) as raw, raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    runner = OperationRunner()
    opening = DatabaseOpening(db_path, runner, may_create=False)
    seen = answer_when_asked(qtbot, QMessageBox.StandardButton.Ok)
    with qtbot.waitSignal(opening.refused, timeout=15_000):
        opening.start()
    assert "version plus récente" in seen[0] and "9999_future" in seen[0]
    runner.wait()


FIRST_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from reception.app import open_and_prepare
from reception.ui.operations import OperationRunner
from reception.ui.scan import ScanRouter

app = QApplication([])
db, _report = open_and_prepare(None)(Path(sys.argv[1]))  # what the worker does while the login waits
before = set(sys.modules)
from reception.core.services.container import Services
from reception.ui.session import ConsoleSession

services = Services(db)
runner = OperationRunner()
session = ConsoleSession(services, runner, services.site.info(), ScanRouter(app), maximize=False)
session.open_main_window(session.authenticate("accueil", "accueil-secret"))
runner.wait()
print(session.window.current_key(), sorted(set(sys.modules) - before))
"""


def test_the_worker_imports_everything_the_first_main_window_needs(services: Services, receptionist: Actor,
                                                                   db_path: Path) -> None:
    """The GUI thread builds the main window and Accueil without importing a module (seconds under load),
    and the screens not shown yet, the sync engine, openpyxl and icalendar are not imported for it."""
    services.db.dispose()
    ran = subprocess.run([sys.executable, "-c", FIRST_WINDOW, str(db_path)], capture_output=True, text=True,
                         check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert ran.stdout.split(" ", 1) == ["home", "[]\n"]
    heavy = ("import sys; from pathlib import Path; from reception.app import open_and_prepare; "
             f"open_and_prepare(None)(Path({str(db_path)!r})); "
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'psycopg', 'openpyxl', 'icalendar'}), "
             "'reception.ui.rooms.page' in sys.modules)")
    ran = subprocess.run([sys.executable, "-c", heavy], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "[] False"


def test_a_wrong_password_held_during_the_opening_is_refused_then_the_right_one_logs_in(
        qtbot: QtBot, starting: tuple[ConsoleStart, Gate]) -> None:
    console, gate = starting
    login = console.login
    console.start()
    qtbot.waitUntil(gate.reached.is_set)
    qtbot.keyClicks(login.username, "accueil")
    qtbot.keyClicks(login.password, "pas-le-bon")
    login.attempt()  # held while the worker opens the database and imports the first window
    gate.opened.set()
    qtbot.waitUntil(login.error.isVisible, timeout=15_000)
    assert "incorrect" in login.error.text() and console.session is not None and console.session.window is None
    assert login.username.text() == "accueil" and login.password.text() == ""
    qtbot.keyClicks(login.password, "accueil-secret")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: console.session.window is not None, timeout=10_000)
    assert console.session.window.current_key() == "home"
