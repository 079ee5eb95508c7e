"""A stand-in for the system scheduler's tools (systemctl, schtasks, launchctl), which cannot run here."""

from __future__ import annotations

from collections.abc import Sequence

from reception.core.system_scheduler import CommandResult


class RecordingRunner:
    """Records each command line; answers 0 unless told to fail on a word (with that output)."""

    def __init__(self, fail_on: str = "", output: str = "") -> None:
        self.calls: list[list[str]] = []
        self.fail_on, self.output = fail_on, output

    def __call__(self, args: Sequence[str]) -> CommandResult:
        self.calls.append(list(args))
        failed = bool(self.fail_on) and self.fail_on in args
        return CommandResult(1 if failed else 0, self.output if failed else "")
