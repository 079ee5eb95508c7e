"""Importing an event's guest list from the Visiteurs page: an Excel file in cp1252 with tabs goes in with a
progress bar; a broken line is shown in French, with its line and column, and nothing is imported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.context import AppContext
from reception.ui.visitors.expected import GuestListDialog

TODAY = date(2026, 11, 26)


def _dialog(qtbot: QtBot, ctx: AppContext, services: Services, receptionist: Actor, path: Path) -> GuestListDialog:
    dialog = GuestListDialog(ctx, path)
    qtbot.addWidget(dialog)
    dialog._set_host(services.directory.employees(receptionist, query="bennani")[0])
    dialog.show()
    return dialog


def test_a_cp1252_guest_list_imports_with_progress(qtbot: QtBot, ctx: AppContext, services: Services,
                                                   receptionist: Actor, park: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "salon-de-l-emploi.csv"
    rows = "".join(f"Chraïbi{i}\tÉlodie\tSociété Générale\r\n" for i in range(600))
    path.write_bytes(f"Nom\tPrénom\tOrganisation\r\n{rows}".encode("cp1252"))
    dialog = _dialog(qtbot, ctx, services, receptionist, path)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)

    with qtbot.waitSignal(dialog.imported, timeout=20_000) as imported:
        dialog.run_import()

    assert len(imported.args[0]) == 600 and imported.args[0][0].visitor_name == "Élodie Chraïbi0"
    assert seen[-1] == 100 and seen == sorted(seen) and len(seen) > 3
    assert len(services.visits.expected(receptionist, TODAY)) == 600


def test_a_bad_line_is_named_and_nothing_is_imported(qtbot: QtBot, ctx: AppContext, services: Services,
                                                     receptionist: Actor, park: dict[str, str],
                                                     tmp_path: Path) -> None:
    path = tmp_path / "invites.csv"
    path.write_bytes("nom;prénom;email\nMoreau;Camille;camille@boultek.ma\nZniber;;pas-un-mail\n".encode("cp1252"))
    dialog = _dialog(qtbot, ctx, services, receptionist, path)

    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.errors.general.isVisible(), timeout=10_000)

    assert dialog.errors.general.text().splitlines() == [
        "Ligne 3, colonne « prénom » : Le prénom est obligatoire.",
        "Ligne 3, colonne « email » : Adresse e-mail invalide (exemple : nom@societe.ma).",
        "Rien n'a été importé.",
    ]
    assert dialog.import_button.isEnabled() and not dialog.progress.isVisible()
    assert services.visits.expected(receptionist, TODAY) == []
