"""The desk's numbering series: main, or provisional after a restore, so no number is ever issued twice.

A desk restored from a backup (or whose file was copied back) no longer knows the numbers it issued and
pushed since that backup. Until its next sync has pulled them back from central, it numbers in a
provisional series with a visible prefix (R + three digits drawn from the new epoch), each series gapless
on its own: receipts A1-R417-000001, badges A1.R417-271126-001, the audit chain of desk "CAS-A1.R417"
(its own genesis), cash sessions 417001, 417002… The recovery then returns the desk to its main series,
continued from the highest number central holds. See docs/sync.md, "Restores and numbering".
"""

from __future__ import annotations

SESSION_BLOCK = 1000
"""Cash session numbers are integers: series R417 numbers its sessions 417001, 417002…"""


def series_for_epoch(epoch: str) -> str:
    """A provisional series code drawn from the epoch: R100 to R999."""
    digits = int(epoch.replace("-", "")[:8] or "0", 16)
    return f"R{digits % 900 + 100}"


def chain_key(desk_code: str, series: str) -> str:
    """The key of the desk's audit chain and badge counters in this series ('CAS-A1' or 'CAS-A1.R417')."""
    return f"{desk_code}.{series}" if series else desk_code


def counter_name(name: str, series: str) -> str:
    """The cafeteria counter ('receipt', 'session') of this series."""
    return f"{name}.{series}" if series else name


def receipt_number(prefix: str, series: str, number: int) -> str:
    return f"{prefix}-{series}-{number:06d}" if series else f"{prefix}-{number:06d}"


def session_number(series: str, number: int) -> int:
    return int(series[1:]) * SESSION_BLOCK + number if series else number


def is_main_session(number: int) -> bool:
    """Main-series cash sessions stay below the first provisional block (R100 starts at 100001)."""
    return number < 100 * SESSION_BLOCK
