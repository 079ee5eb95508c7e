"""The nightly sync in the system's scheduler, through its seams: the files written, the command lines
built, the system tool's answers (a recording runner stands for systemctl, schtasks and launchctl)."""

from __future__ import annotations

import plistlib
import shlex
from pathlib import Path

import pytest

from reception.core.system_scheduler import (
    TASK_NAME,
    LaunchdAgent,
    NightlySync,
    SchedulerError,
    SystemdUserTimer,
    WindowsTaskScheduler,
    system_scheduler,
)
from tests.scheduler_helpers import RecordingRunner

JOB = NightlySync(("/opt/Console d'accueil/reception", "--db", "/home/salma/reception.db", "sync"), "02:00")


def test_systemd_install_writes_the_service_and_timer_then_enables_the_timer(tmp_path: Path) -> None:
    runner = RecordingRunner()
    timer = SystemdUserTimer(tmp_path / "config", runner)

    timer.install(JOB)

    service = (tmp_path / "config/systemd/user/reception-sync.service").read_text()
    exec_line = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    assert shlex.split(exec_line.removeprefix("ExecStart=")) == list(JOB.command)  # the space and quote survive
    assert "Type=oneshot" in service and "SuccessExitStatus=10 12" in service
    timer_text = (tmp_path / "config/systemd/user/reception-sync.timer").read_text()
    assert "OnCalendar=*-*-* 02:00:00" in timer_text and "Persistent=true" in timer_text
    assert "WantedBy=timers.target" in timer_text
    assert runner.calls == [["systemctl", "--user", "daemon-reload"],
                            ["systemctl", "--user", "enable", "--now", "reception-sync.timer"]]
    assert timer.status().installed
    assert "chaque nuit à 02:00, active" in timer.status().description


def test_systemd_refusal_is_reported_and_leaves_no_files(tmp_path: Path) -> None:
    timer = SystemdUserTimer(tmp_path, RecordingRunner(fail_on="enable", output="Failed to connect to bus"))

    with pytest.raises(SchedulerError, match="Failed to connect to bus"):
        timer.install(JOB)

    assert not list((tmp_path / "systemd/user").iterdir())
    assert not timer.status().installed


def test_systemd_remove_disables_then_deletes(tmp_path: Path) -> None:
    runner = RecordingRunner()
    timer = SystemdUserTimer(tmp_path, runner)
    timer.install(JOB)
    runner.calls.clear()

    timer.remove()

    assert runner.calls[0] == ["systemctl", "--user", "disable", "--now", "reception-sync.timer"]
    assert not timer.timer_file.exists() and not timer.service_file.exists()
    assert timer.status().description.endswith("non installée.")


def test_schtasks_command_line_quotes_the_program_path_and_sets_the_time() -> None:
    job = NightlySync((r"C:\Program Files\Console d'accueil\reception.exe", "--db",
                       r"C:\Users\Salma\AppData\Local\Technopark\reception\reception.db", "sync"), "02:30")

    command = WindowsTaskScheduler.create_command(job)

    assert command[:9] == ["schtasks", "/Create", "/F", "/SC", "DAILY", "/TN", TASK_NAME, "/ST", "02:30"]
    assert command[9] == "/TR"
    assert command[10] == ('"C:\\Program Files\\Console d\'accueil\\reception.exe" --db '
                           "C:\\Users\\Salma\\AppData\\Local\\Technopark\\reception\\reception.db sync")


def test_schtasks_install_status_and_remove_go_through_the_runner() -> None:
    runner = RecordingRunner()
    tasks = WindowsTaskScheduler(runner)

    tasks.install(JOB)
    assert tasks.status().installed
    tasks.remove()

    assert [call[1] for call in runner.calls] == ["/Create", "/Query", "/Query", "/Delete"]
    assert not WindowsTaskScheduler(RecordingRunner(fail_on="/Query")).status().installed
    with pytest.raises(SchedulerError, match="Accès refusé"):
        WindowsTaskScheduler(RecordingRunner(fail_on="/Create", output="Accès refusé.")).install(JOB)


def test_launchd_plist_is_valid_and_loaded_in_the_users_gui_domain(tmp_path: Path) -> None:
    runner = RecordingRunner()
    agent = LaunchdAgent(tmp_path / "LaunchAgents", runner, uid=501)

    agent.install(JOB)

    with agent.plist_file.open("rb") as handle:
        plist = plistlib.load(handle)
    assert plist["Label"] == "ma.technopark.reception.sync"
    assert plist["ProgramArguments"] == list(JOB.command)
    assert plist["StartCalendarInterval"] == {"Hour": 2, "Minute": 0}
    assert ["launchctl", "bootstrap", "gui/501", str(agent.plist_file)] in runner.calls
    assert "chaque nuit à 02:00, active" in agent.status().description
    agent.remove()
    assert not agent.plist_file.exists()


def test_each_system_gets_its_own_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    linux = system_scheduler("linux", RecordingRunner(), tmp_path)
    assert isinstance(linux, SystemdUserTimer) and linux.folder == tmp_path / "xdg/systemd/user"
    assert isinstance(system_scheduler("win32", RecordingRunner(), tmp_path), WindowsTaskScheduler)
    mac = system_scheduler("darwin", RecordingRunner(), tmp_path)
    assert isinstance(mac, LaunchdAgent) and mac.plist_file.parent == tmp_path / "Library/LaunchAgents"
