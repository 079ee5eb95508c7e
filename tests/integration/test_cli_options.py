"""The command line's shared options: `--db` (and RECEPTION_DB) before or after every sub-command, `--url` for
the central commands, and the README's "Command line" section naming every command, as `--help` does.

The commands are read from the parser itself, so a command added by an area is covered without editing this file.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from reception.cli import build_parser, main
from reception.cli.common import parse_day
from reception.core.database import Database
from reception.core.services.container import Services

README = Path(__file__).resolve().parents[2] / "README.md"


Leaf = tuple[tuple[str, ...], argparse.ArgumentParser]


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[Leaf]:
    """Every runnable command as (its words, its parser), walking the sub-command tree."""
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups:
        return [(path, parser)]
    return [leaf for name, sub in groups[0].choices.items() for leaf in _leaves(sub, (*path, name))]


LEAVES = dict(_leaves(build_parser()))
LOCAL = sorted(" ".join(words) for words in LEAVES if words[0] != "central")
CENTRAL = sorted(" ".join(words) for words in LEAVES if words[0] == "central")


def _required(parser: argparse.ArgumentParser, tmp_path: Path) -> list[str]:
    """A plausible value for each required argument, so the command parses."""
    argv: list[str] = []
    one_of = [group._group_actions[0] for group in parser._mutually_exclusive_groups if group.required]
    for action in parser._actions:
        if not (action.required or not action.option_strings or action in one_of):
            continue
        if action.choices:
            value = str(next(iter(action.choices)))
        elif action.type is parse_day:
            value = "2026-11-26"
        elif action.dest == "out":
            value = str(tmp_path / "out.pdf")
        else:
            value = "x"
        argv += [action.option_strings[0], value] if action.option_strings else [value]
    return argv


@pytest.mark.parametrize("command", LOCAL)
def test_every_local_command_takes_db_before_or_after_its_name(command: str, tmp_path: Path) -> None:
    words = command.split()
    parser = build_parser()
    rest = _required(LEAVES[tuple(words)], tmp_path)
    before = parser.parse_args(["--db", "avant.db", *words, *rest])
    after = parser.parse_args([*words, *rest, "--db", "apres.db"])
    assert (before.db, after.db) == ("avant.db", "apres.db")
    assert before.handler is after.handler


@pytest.mark.parametrize("command", LOCAL)
def test_every_local_command_documents_db_in_its_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        build_parser().parse_args([*command.split(), "--help"])
    assert ended.value.code == 0
    assert "--db FICHIER" in capsys.readouterr().out and "RECEPTION_DB" in _help(command)


def _help(command: str) -> str:
    parser = LEAVES[tuple(command.split())]
    return " ".join(parser.format_help().split())


@pytest.mark.parametrize("command", CENTRAL)
def test_central_commands_take_url_and_the_desk_file_only_where_one_is_enrolled(command: str) -> None:
    """Central is named by --url; only add-desk takes a desk file (--db), the one it enrols."""
    help_text = _help(command)
    assert "--url" in help_text
    assert ("--db DESK_DB" in help_text) == (command == "central add-desk")


def _readme_commands() -> set[str]:
    section = README.read_text(encoding="utf-8").split("## Command line", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^reception ([a-z][a-z-]*(?: [a-z][a-z-]*)?)", section, re.MULTILINE))


def test_the_readme_names_every_command_and_only_real_ones() -> None:
    named = _readme_commands()
    groups = {words[0] for words in LEAVES if len(words) > 1}
    real = {" ".join(words[:2]) if words[0] in groups and words[0] != "report" else words[0] for words in LEAVES}
    assert real - named == set()
    assert {n for n in named if n.split()[0] not in {w[0] for w in LEAVES}} == set()


def test_the_readme_says_db_goes_before_or_after() -> None:
    section = README.read_text(encoding="utf-8").split("## Command line", 1)[1].split("\n## ", 1)[0]
    assert "before or after" in section and "RECEPTION_DB" in section and "--url" in section


def desk_file(path: Path) -> Path:
    """A desk database as the first start leaves it: migrated, with its site and desk."""
    database = Database(path)
    database.upgrade()
    Services(database).site.ensure("CAS", "Technopark Casablanca", "Casablanca", "CAS-A1", "Accueil principal")
    database.dispose()
    return path


@pytest.mark.parametrize("place", ["before", "after"])
def test_commands_really_run_on_the_database_named_after_them(place: str, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Runs for real: `audit verify` and `report visitor-log` on a file given either side of the command."""
    db = desk_file(tmp_path / f"{place}.db")

    def run(*words: str) -> int:
        return main(["--db", str(db), *words] if place == "before" else [*words, "--db", str(db)])

    assert run("audit", "verify") == 0
    out = tmp_path / "log.csv"
    assert run("report", "visitor-log", "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(out)) == 0
    assert out.exists()
    assert run("backup") == 0
    assert list((tmp_path / "backups" / place).glob(f"{place}-*.db"))


def test_reception_db_is_the_default_for_every_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = desk_file(tmp_path / "env.db")
    monkeypatch.setenv("RECEPTION_DB", str(db))
    assert main(["audit", "verify"]) == 0
    assert main(["audit", "verify", "--db", str(tmp_path / "elsewhere.db")]) == 3  # --db wins, and is not created
