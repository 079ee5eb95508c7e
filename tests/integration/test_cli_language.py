"""The command line speaks the person's language: LC_ALL / LC_MESSAGES / LANG when they name one it offers,
else the desk's setting; its help, its one-line errors and its results alike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reception.cli import main
from reception.cli.common import person_language
from reception.core import i18n
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from tests.integration.test_pdf_english import WORD, french_words


@pytest.fixture(autouse=True)
def _french_afterwards() -> Iterator[None]:
    """main() sets the process's language: the next test starts in French again."""
    yield
    i18n.set_language("fr")


ARGPARSE = {"usage"}  # argparse's own words: English whatever the language


def _french(text: str) -> set[str]:
    return {w for w in WORD.findall(text) if w.lower() in french_words() - ARGPARSE}


@pytest.mark.parametrize(("environ", "language"), [
    ({"LANG": "en_GB.UTF-8"}, "en"), ({"LANG": "fr_MA.UTF-8"}, "fr"), ({"LANG": "C.UTF-8"}, None),
    ({"LANG": "POSIX"}, None), ({}, None), ({"LANG": "de_DE.UTF-8"}, None),
    ({"LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"), ({"LC_MESSAGES": "fr", "LANG": "en_GB"}, "fr"),
])
def test_the_person_s_language_comes_from_the_environment(environ: dict[str, str], language: str | None) -> None:
    assert person_language(environ) == language


@pytest.mark.parametrize("command", [[], ["report"], ["report", "room-statements"], ["report", "visitor-log"],
                                     ["sync"], ["cafeteria"], ["rooms"], ["badges"], ["visits"], ["schedule"]])
def test_every_help_is_english_with_an_english_lang(command: list[str], monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: reception") and _french(out) == set(), out


def test_errors_and_results_follow_lang_then_the_desk_setting(
        services: Services, admin: Actor, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert main(["--db", str(db_path), "report", "room-statements", "--month", "13/2026", "--out",
                 str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == "Refused: Invalid month: 13/2026 (expected YYYY-MM)."
    monkeypatch.setenv("LANG", "C.UTF-8")  # no language named: the desk's setting decides once the base is open
    assert main(["--db", str(db_path), "report", "room-statements", "--month", "13/2026", "--out",
                 str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == "Refusé : Mois invalide : 13/2026 (attendu AAAA-MM)."
    services.settings.update(admin, {"ui.language": "en"}, at=services.clock.now())
    assert main(["--db", str(db_path), "report", "room-statements", "--month", "2026-11", "--out",
                 str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "Meeting room statements — November 2026: " in out and "0 PDF in" in out
