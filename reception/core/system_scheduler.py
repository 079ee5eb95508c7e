"""The nightly sync registered with the operating system's scheduler, so it runs with the console closed.

One small interface (`SystemScheduler`: install, remove, status) and a backend per system: a systemd user
timer on Linux, a Task Scheduler task (schtasks) on Windows, a launchd agent on macOS. Each backend runs
the system's tool through an injectable `Runner`, so tests check the files and command lines here, on any
system. The scheduled command is `reception --db <database> sync`: it takes the same sync lock as the
in-app timer (reception/sync/schedule.py), so the two never overlap (the second gets exit code 12).
A night the PC was off is caught up by the console's own catch-up at its next start.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from reception.core.errors import DomainError
from reception.core.i18n import _

UNIT_NAME = "reception-sync"  # systemd: reception-sync.service and reception-sync.timer
TASK_NAME = "Console d'accueil - synchronisation"  # Windows Task Scheduler
LAUNCHD_LABEL = "ma.technopark.reception.sync"


@dataclass(frozen=True)
class CommandResult:
    returncode: int
    output: str


Runner = Callable[[Sequence[str]], CommandResult]


def run_command(args: Sequence[str]) -> CommandResult:
    """The real runner: the system tool's exit code and its combined output."""
    try:
        done = subprocess.run(list(args), capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return CommandResult(127, str(exc))
    return CommandResult(done.returncode, (done.stdout + done.stderr).strip())


class SchedulerError(DomainError):
    """The system refused to register or remove the task; the message quotes what it said."""


@dataclass(frozen=True)
class NightlySync:
    """What to run and when: the command and the desk PC's local time of day (hh:mm)."""

    command: tuple[str, ...]
    at: str

    @property
    def hour_minute(self) -> tuple[int, int]:
        hours, minutes = self.at.split(":")
        return int(hours), int(minutes)


@dataclass(frozen=True)
class ScheduleStatus:
    installed: bool
    description: str  # one French line for Paramètres and `reception schedule status`


def sync_command(db_path: Path) -> tuple[str, ...]:
    """`reception --db <path> sync` with this installation's `reception`: the built program next to the
    running one, or this Python's `-m reception` in a checkout."""
    if getattr(sys, "frozen", False):
        program = Path(sys.executable).with_name("reception.exe" if sys.platform == "win32" else "reception")
        prefix: tuple[str, ...] = (str(program),)
    else:
        prefix = (sys.executable, "-m", "reception")
    return (*prefix, "--db", str(db_path.resolve()), "sync")


class SystemScheduler(Protocol):
    def install(self, job: NightlySync) -> None: ...

    def remove(self) -> None: ...

    def status(self) -> ScheduleStatus: ...


def _checked(runner: Runner, args: Sequence[str], what: str) -> CommandResult:
    result = runner(args)
    if result.returncode != 0:
        raise SchedulerError(f"{what} : {result.output or f'code {result.returncode}'}")
    return result


class SystemdUserTimer:
    """Linux: a user service and timer in $XDG_CONFIG_HOME/systemd/user, enabled with `systemctl --user`.

    `Persistent=true` runs a missed night at the next log-in.
    """


    def __init__(self, config_home: Path, runner: Runner = run_command) -> None:
        self.folder = config_home / "systemd" / "user"
        self.runner = runner

    @property
    def service_file(self) -> Path:
        return self.folder / f"{UNIT_NAME}.service"

    @property
    def timer_file(self) -> Path:
        return self.folder / f"{UNIT_NAME}.timer"

    def install(self, job: NightlySync) -> None:
        hour, minute = job.hour_minute
        self.folder.mkdir(parents=True, exist_ok=True)
        self.service_file.write_text(
            "[Unit]\nDescription=Console d'accueil : synchronisation nocturne avec la base centrale\n\n"
            f"[Service]\nType=oneshot\nExecStart={shlex.join(job.command)}\n"
            "# 12 = another sync (the open console's) already running: not a failure\nSuccessExitStatus=10 12\n",
            encoding="utf-8")
        self.timer_file.write_text(
            "[Unit]\nDescription=Console d'accueil : synchronisation nocturne\n\n"
            f"[Timer]\nOnCalendar=*-*-* {hour:02d}:{minute:02d}:00\nPersistent=true\n\n"
            "[Install]\nWantedBy=timers.target\n", encoding="utf-8")
        try:
            _checked(self.runner, ["systemctl", "--user", "daemon-reload"], "systemd a refusé les fichiers")
            _checked(self.runner, ["systemctl", "--user", "enable", "--now", f"{UNIT_NAME}.timer"],
                     "systemd n'a pas activé le minuteur")
        except SchedulerError:  # nothing half-installed: a refused install leaves no files behind
            for path in (self.timer_file, self.service_file):
                path.unlink(missing_ok=True)
            raise

    def remove(self) -> None:
        if self.timer_file.exists():
            _checked(self.runner, ["systemctl", "--user", "disable", "--now", f"{UNIT_NAME}.timer"],
                     "systemd n'a pas désactivé le minuteur")
        for path in (self.timer_file, self.service_file):
            path.unlink(missing_ok=True)
        self.runner(["systemctl", "--user", "daemon-reload"])

    def status(self) -> ScheduleStatus:
        if not self.timer_file.exists():
            return ScheduleStatus(False, _("Synchronisation planifiée dans le système : non installée."))
        enabled = self.runner(["systemctl", "--user", "is-enabled", f"{UNIT_NAME}.timer"])
        state = _("active") if enabled.returncode == 0 else _("inactive ({why})").format(
            why=enabled.output or _("systemd injoignable"))
        at = next((line.split(" ", 1)[1][:5] for line in self.timer_file.read_text().splitlines()
                   if line.startswith("OnCalendar=")), "?")
        return ScheduleStatus(enabled.returncode == 0, _nightly(at, state))


class WindowsTaskScheduler:
    """Windows: a daily task of the current user, created and removed with schtasks."""


    def __init__(self, runner: Runner = run_command) -> None:
        self.runner = runner

    @staticmethod
    def create_command(job: NightlySync) -> list[str]:
        hour, minute = job.hour_minute
        return ["schtasks", "/Create", "/F", "/SC", "DAILY", "/TN", TASK_NAME, "/ST", f"{hour:02d}:{minute:02d}",
                "/TR", subprocess.list2cmdline(job.command)]

    def install(self, job: NightlySync) -> None:
        _checked(self.runner, self.create_command(job), "Le planificateur de tâches a refusé la tâche")

    def remove(self) -> None:
        if self.runner(["schtasks", "/Query", "/TN", TASK_NAME]).returncode == 0:
            _checked(self.runner, ["schtasks", "/Delete", "/F", "/TN", TASK_NAME],
                     "Le planificateur de tâches n'a pas supprimé la tâche")

    def status(self) -> ScheduleStatus:
        found = self.runner(["schtasks", "/Query", "/TN", TASK_NAME, "/FO", "LIST"])
        if found.returncode != 0:
            return ScheduleStatus(False, _("Synchronisation planifiée dans le système : non installée."))
        return ScheduleStatus(True, _("Synchronisation planifiée dans le système : tâche « {task} » installée.").format(
            task=TASK_NAME))


class LaunchdAgent:
    """macOS: a launch agent in ~/Library/LaunchAgents, loaded with launchctl."""


    def __init__(self, agents_folder: Path, runner: Runner = run_command, uid: int | None = None) -> None:
        self.plist_file = agents_folder / f"{LAUNCHD_LABEL}.plist"
        self.runner = runner
        self.domain = f"gui/{os.getuid() if uid is None else uid}"

    def install(self, job: NightlySync) -> None:
        hour, minute = job.hour_minute
        self.plist_file.parent.mkdir(parents=True, exist_ok=True)
        with self.plist_file.open("wb") as handle:
            plistlib.dump({"Label": LAUNCHD_LABEL, "ProgramArguments": list(job.command),
                           "StartCalendarInterval": {"Hour": hour, "Minute": minute},
                           "ProcessType": "Background"}, handle)
        self.runner(["launchctl", "bootout", self.domain, str(self.plist_file)])  # an older one, if any
        _checked(self.runner, ["launchctl", "bootstrap", self.domain, str(self.plist_file)],
                 "launchd a refusé l'agent")

    def remove(self) -> None:
        if self.plist_file.exists():
            self.runner(["launchctl", "bootout", self.domain, str(self.plist_file)])
            self.plist_file.unlink()

    def status(self) -> ScheduleStatus:
        if not self.plist_file.exists():
            return ScheduleStatus(False, _("Synchronisation planifiée dans le système : non installée."))
        with self.plist_file.open("rb") as handle:
            at = plistlib.load(handle)["StartCalendarInterval"]
        loaded = self.runner(["launchctl", "print", f"{self.domain}/{LAUNCHD_LABEL}"]).returncode == 0
        return ScheduleStatus(loaded, _nightly(f"{at['Hour']:02d}:{at['Minute']:02d}",
                                               _("active") if loaded else _("inactive")))


def _nightly(at: str, state: str) -> str:
    """The installed task in words, in the desk's language (Paramètres and `reception schedule status`)."""
    return _("Synchronisation planifiée dans le système : chaque nuit à {time}, {state}.").format(time=at, state=state)


def system_scheduler(platform: str = sys.platform, runner: Runner = run_command,
                     home: Path | None = None) -> SystemScheduler:
    """The backend of this system (the seam: tests pass another platform, a runner and a home folder)."""
    home = home or Path.home()
    if platform == "win32":
        return WindowsTaskScheduler(runner)
    if platform == "darwin":
        return LaunchdAgent(home / "Library" / "LaunchAgents", runner)
    config = os.environ.get("XDG_CONFIG_HOME")
    return SystemdUserTimer(Path(config) if config else home / ".config", runner)
