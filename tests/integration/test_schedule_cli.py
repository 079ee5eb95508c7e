"""`reception schedule` end to end on this machine, and the scheduled command meeting a running sync."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from reception.cli import main
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.system_scheduler import CommandResult, NightlySync, SystemdUserTimer, run_command, sync_command
from reception.sync.engine import EXIT_RUNNING
from reception.sync.safety import SyncLock
from tests.file_keyring import FileKeyring, subprocess_env


def _user_systemd_available() -> bool:
    return shutil.which("systemctl") is not None and run_command(["systemctl", "--user", "is-system-running"]
                                                                 ).output.split()[:1] in (["running"], ["degraded"])


def test_the_scheduled_command_exits_12_while_the_consoles_sync_holds_the_lock(
        services: Services, admin: Actor, db_path: Path, tmp_path: Path, credential_store: FileKeyring) -> None:
    services.settings.update(admin, {"sync.central_url": "postgresql+psycopg://desk:secret@127.0.0.1:9/none"},
                             at=services.clock.now())
    timer = SystemdUserTimer(tmp_path / "xdg", lambda _args: CommandResult(0, ""))
    timer.install(NightlySync(sync_command(db_path), "02:00"))
    exec_start = next(line for line in timer.service_file.read_text().splitlines() if line.startswith("ExecStart="))
    services.db.dispose()

    with SyncLock(db_path):  # the open console's nightly sync is running
        done = subprocess.run(shlex.split(exec_start.removeprefix("ExecStart=")), capture_output=True, text=True,
                              env=subprocess_env(credential_store), timeout=120, check=False)

    assert done.returncode == EXIT_RUNNING, done.stderr
    assert "déjà en cours" in done.stderr


def test_schedule_status_on_a_desk_with_nothing_installed(
        services: Services, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    services.db.dispose()

    assert main(["--db", str(db_path), "schedule", "status"]) == 0
    assert "non installée" in capsys.readouterr().out


@pytest.mark.skipif(not _user_systemd_available(),
                    reason="no systemd user manager here (`systemctl --user` cannot reach a user bus)")
def test_install_status_remove_against_the_real_systemd_user_manager(
        services: Services, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    services.db.dispose()
    try:
        assert main(["--db", str(db_path), "schedule", "install"]) == 0
        assert "chaque nuit à 02:00, active" in capsys.readouterr().out
    finally:
        assert main(["--db", str(db_path), "schedule", "remove"]) == 0
    assert "non installée" in capsys.readouterr().out
