"""`reception watchlist list|add|edit|expire|import` on a real database file."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception.cli import main
from reception.core.database import Database
from reception.core.services.container import Services


@pytest.fixture
def desk(db_path: Path) -> Path:
    """A desk database as the first start leaves it."""
    db = Database(db_path)
    db.upgrade()
    services = Services(db)
    services.site.ensure("CAS", "Technopark Casablanca", "Casablanca", "CAS-A1", "Accueil principal")
    services.auth.create_first_admin("admin", "Karim Tazi", "admin1234")
    db.dispose()
    return db_path


def test_the_watch_list_from_the_command_line(desk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def run(*words: str) -> tuple[int, str, str]:
        code = main(["--db", str(desk), "watchlist", *words])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    assert run("add", "--last-name", "Jabri", "--first-name", "Karim", "--reason", "Vol")[0] == 0
    code, out, _ = run("list")
    assert code == 0 and "accents" in out and "Jabri Karim" in out and "sans fin" in out
    entry = out.splitlines()[-2].split()[0]
    assert run("edit", entry, "--id-number", "x99-8877")[0] == 0
    assert "X998877" in run("list")[1]
    assert run("expire", entry)[0] == 0
    assert "terminée le" in run("list")[1]
    code, _, err = run("expire", entry)
    assert code == 1 and "déjà pris fin" in err

    csv = tmp_path / "liste.csv"
    csv.write_text("nom;prenom;motif;fin\nTazi;Omar;Fraude;\nAlami;Sara;;\n", encoding="utf-8")
    code, out, _ = run("import", str(csv))
    assert code == 1
    assert "1 personne(s) ajoutée(s)." in out and "Ligne 3 refusée : Indiquez le motif. [Alami;Sara;;]" in out
    code, _, err = run("import", str(tmp_path / "absent.csv"))
    assert code == 1 and "Fichier introuvable" in err
    code, _, err = run("edit", "zzzz", "--reason", "x")
    assert code == 1 and "Aucune entrée" in err
