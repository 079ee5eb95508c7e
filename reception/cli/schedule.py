"""`reception schedule install | remove | status`: the nightly sync in the system's scheduler (Task
Scheduler, a systemd user timer, launchd), at the desk's `sync.nightly_time`.

Exit codes: 0 done, 1 refused by the system (its message is printed).
"""

from __future__ import annotations

import argparse
from typing import Any

from reception.cli.common import cli_actor, open_services
from reception.core.i18n import _


def register(commands: Any) -> None:
    schedule = commands.add_parser("schedule", help=_("synchronisation nocturne planifiée dans le système "
                                                      "(même console fermée)"))
    actions = schedule.add_subparsers(dest="schedule_command", required=True)
    actions.add_parser("install", help=_("installe ou met à jour la tâche planifiée")).set_defaults(handler=_install)
    actions.add_parser("remove", help=_("retire la tâche planifiée")).set_defaults(handler=_remove)
    actions.add_parser("status", help=_("dit si la tâche est installée et à quelle heure")).set_defaults(
        handler=_status)


def _install(args: argparse.Namespace) -> int:
    print(open_services(args).system_schedule.install(cli_actor()).description)
    return 0


def _remove(args: argparse.Namespace) -> int:
    print(open_services(args).system_schedule.remove(cli_actor()).description)
    return 0


def _status(args: argparse.Namespace) -> int:
    print(open_services(args).system_schedule.status(cli_actor()).description)
    return 0
