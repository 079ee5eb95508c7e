"""A report written as a folder of files: its summary plus one PDF per part (the month's room statements).

File names come from people's names (a company's), so they are made safe for every desk's file system:
Windows refuses `< > : " / \\ | ? *`, control characters, a trailing dot or space and the device names
(CON, NUL, COM1...), and Explorer struggles past 255 characters. Two companies whose names fold to the
same file name get "(2)", "(3)"... rather than overwriting each other.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reception.core.i18n import _
from reception.core.reports import ReportData
from reception.core.services.reports import ReportCancelled
from reception.printing.reports import render_kind, report_meta

Progress = Callable[[int], bool]

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
MAX_STEM = 120  # leaves room for the folder's own path under Windows' 260-character limit


def safe_file_stem(name: str) -> str:
    """A name usable as a file name on Windows, macOS and Linux, as close to the original as possible
    (accents and Arabic letters are kept: NTFS stores Unicode)."""
    text = unicodedata.normalize("NFC", name)
    text = re.sub(r"\s+", " ", text)  # a tab or a line break becomes a space, not a dash
    text = _FORBIDDEN.sub("-", text).strip().rstrip(". ")
    text = text[:MAX_STEM].rstrip(". ")
    if not text:
        text = "_"
    if text.split(".")[0].upper() in _RESERVED:
        text = f"_{text}"
    return text


@dataclass(frozen=True)
class WrittenFiles:
    summary: Path
    parts: tuple[Path, ...]


def write_report_files(kind_key: str, data: ReportData, author: str, generated_at: datetime, folder: Path,
                       file_prefix: str, progress: Progress | None = None) -> WrittenFiles:
    """Writes the summary, then each part with its own layout; `progress` (0-100) may stop the run, which
    then leaves the files already written (each is complete) and raises ReportCancelled."""
    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()

    def target(name: str) -> Path:
        stem = safe_file_stem(f"{file_prefix} {name}")
        unique, n = stem, 2
        while unique.casefold() in taken:  # Windows and macOS ignore case
            unique, n = f"{stem} ({n})", n + 1
        taken.add(unique.casefold())
        return folder / f"{unique}.pdf"

    summary = target(_("synthèse"))
    summary.write_bytes(render_kind(kind_key, data, report_meta(data, author, generated_at)))
    written = []
    for done, part in enumerate(data.parts, start=1):
        path = target(part.name)
        path.write_bytes(render_kind(part.layout, part.data, report_meta(part.data, author, generated_at)))
        written.append(path)
        if progress is not None and not progress(done * 100 // len(data.parts)):
            raise ReportCancelled()
    return WrittenFiles(summary, tuple(written))
