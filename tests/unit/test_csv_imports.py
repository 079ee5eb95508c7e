"""CSV files as Excel writes them on a French PC: cp1252 or UTF-8 (BOM or not), ';' ',' or tabs; broken files
get their own French message; every problem names its line and column; nothing is half-imported; a second
import of the same directory updates instead of duplicating; large files show progress and have a limit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reception.core import i18n
from reception.core.errors import ValidationError
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits_expected import MAX_GUESTS

TODAY = date(2026, 11, 26)
DIRECTORY = ("Société;Nom;Prénom;Fonction;Email\r\nAtlas Digital;Bennani;Mohamed;Directeur général;m@atlas.ma\r\n"
             "Noor Green;Chraïbi;Élodie;Chargée d'études;e@noor.ma\r\n")


def _file(tmp_path: Path, data: bytes, name: str = "annuaire.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8", "utf-8-sig"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_excel_encodings_and_delimiters_are_recognised(services: Services, admin: Actor, tmp_path: Path,
                                                        encoding: str, delimiter: str) -> None:
    data = DIRECTORY.replace(";", delimiter).encode(encoding)
    assert services.directory.import_csv(admin, _file(tmp_path, data)) == (2, 2, 0)
    names = {e.full_name: e.job_title for e in services.directory.employees(admin)}
    assert names == {"Mohamed Bennani": "Directeur général", "Élodie Chraïbi": "Chargée d'études"}


def test_importing_the_same_directory_twice_updates_by_email(services: Services, admin: Actor,
                                                            tmp_path: Path) -> None:
    assert services.directory.import_csv(admin, DIRECTORY.encode("cp1252")) == (2, 2, 0)
    assert services.directory.import_csv(admin, DIRECTORY.encode("utf-8-sig")) == (0, 0, 0)
    moved = DIRECTORY.replace("Directeur général", "Président").replace("M@ATLAS.MA", "m@atlas.ma")
    assert services.directory.import_csv(admin, moved.encode()) == (0, 0, 1)
    assert [e.job_title for e in services.directory.employees(admin, query="bennani")] == ["Président"]
    assert len(services.directory.employees(admin)) == 2


@pytest.mark.parametrize(("data", "message"), [
    (b"", "Le fichier est vide."),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "pas un fichier texte CSV"),
    (b"PK\x03\x04\x14\x00\x06\x00", "classeur Excel"),
    ("Société Nom Prénom\nAtlas Bennani Mohamed\n".encode(), "Une seule colonne trouvée"),
    ("Société;Nom\nAtlas;Bennani\n".encode(), "Colonnes manquantes : prenom"),
    ("Société;Nom;Prénom\n".encode(), "aucun salarié"),
    ("Société;Nom;Prénom\nAtlas;Ben;Ali;de trop\n".encode(), "Ligne 2 : 4 valeurs pour 3 colonnes"),
])
def test_broken_files_get_their_own_message(services: Services, admin: Actor, tmp_path: Path, data: bytes,
                                            message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        services.directory.import_csv(admin, _file(tmp_path, data))
    assert caught.value.field == "file"


def test_a_missing_file_or_a_folder_is_named(services: Services, admin: Actor, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Fichier introuvable"):
        services.directory.import_csv(admin, tmp_path / "absent.csv")
    with pytest.raises(ValidationError, match="est un dossier"):
        services.directory.import_csv(admin, tmp_path)


def test_every_bad_line_names_its_column_and_nothing_is_imported(services: Services, admin: Actor) -> None:
    bad = DIRECTORY + f"Atlas Digital;{'B' * 101};Omar;;omar@\r\n;Tazi;Sara;;\r\nNoor Green;Alami;Ali;;e@noor.ma\r\n"
    with pytest.raises(ValidationError) as caught:
        services.directory.import_csv(admin, bad.encode("cp1252"))
    assert caught.value.errors["file"].splitlines() == [
        "Ligne 4, colonne « Nom » : Nom : 100 caractères au plus (101 saisis).",
        "Ligne 4, colonne « Email » : Adresse e-mail invalide (exemple : nom@societe.ma).",
        "Ligne 5, colonne « Société » : Le nom de la société est obligatoire.",
        "Ligne 6, colonne « Email » : Même e-mail qu'à la ligne 3.",
        "Rien n'a été importé.",
    ]
    assert services.directory.employees(admin) == [] and services.directory.tenants(admin) == []


def test_a_large_guest_list_reports_progress_and_a_too_large_one_is_refused(
        services: Services, park: dict[str, str], receptionist: Actor) -> None:
    lines = "\n".join(f"Invité{i};Amine;Boultek" for i in range(1000))
    seen: list[tuple[int, int]] = []
    guests = services.visits.import_guest_list(receptionist, f"nom;prenom;organisation\n{lines}", TODAY,
                                               "Salon", park["atlas.alaoui"], progress=lambda *p: seen.append(p))
    assert len(guests) == 1000 and guests[0].visitor_name == "Amine Invité0"
    assert seen[-1] == (2000, 2000) and len(seen) == 10 and seen == sorted(seen)
    too_many = "\n".join(f"Invité{i};Amine" for i in range(MAX_GUESTS + 1))
    with pytest.raises(ValidationError, match=f"Fichier trop long : {MAX_GUESTS + 1} lignes, {MAX_GUESTS} au plus"):
        services.visits.import_guest_list(receptionist, f"nom;prenom\n{too_many}", TODAY, "Salon",
                                          park["atlas.alaoui"])


def test_guest_list_in_cp1252_with_tabs(services: Services, park: dict[str, str], receptionist: Actor,
                                        tmp_path: Path) -> None:
    data = "Nom\tPrénom\tOrganisation\nChraïbi\tÉlodie\tSociété Générale\n".encode("cp1252")
    [guest] = services.visits.import_guest_list(receptionist, _file(tmp_path, data, "invites.csv"), TODAY,
                                                "Salon", park["atlas.alaoui"])
    assert (guest.visitor_name, guest.organisation) == ("Élodie Chraïbi", "Société Générale")


def test_an_english_desk_reads_the_import_problems_in_english(services: Services, admin: Actor,
                                                                tmp_path: Path) -> None:
    """The file's problems and each line's field errors, in the desk's language."""
    bad = DIRECTORY + f"Atlas Digital;{'B' * 101};Omar;;omar@societe.ma\r\n"
    i18n.set_language("en")
    try:
        with pytest.raises(ValidationError, match="File not found"):
            services.directory.import_csv(admin, tmp_path / "absent.csv")
        with pytest.raises(ValidationError) as caught:
            services.directory.import_csv(admin, bad.encode("cp1252"))
        assert caught.value.errors["file"].splitlines() == [
            "Line 4, column “Nom”: Name: at most 100 characters (101 typed).", "Nothing was imported."]
    finally:
        i18n.set_language("fr")
