"""Accueil and Paramètres on the real database: tiles, the French date, settings saved all or nothing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reception.core.clock import local_today
from reception.core.services.auth import UserRow
from reception.core.services.container import Services
from reception.core.services.directory import TenantRow
from reception.core.services.permissions import SYSTEM, Actor, Role
from reception.ui.context import AppContext
from reception.ui.home.page import HomePage
from reception.ui.operations import OperationRunner
from reception.ui.reports.jobs import generate_digest
from reception.ui.settings.directory_tab import DirectoryTab
from reception.ui.settings.page import SettingsPage
from reception.ui.settings.preferences_tab import PreferencesTab
from reception.ui.settings.users_tab import UsersTab
from reception.ui.table_model import Column, RowsModel


def test_accueil_greets_with_the_french_date_and_shows_the_figures(
        qtbot: QtBot, french: None, admin_ctx: AppContext, park: dict[str, str]) -> None:
    page = HomePage(admin_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.figures_loaded):
        page.refresh()

    assert page.today.text() == "jeudi 26 novembre 2026"
    assert page.greeting.text() == "Bonjour, Karim"
    tiles = {tile.figure.key: tile.figure for tile in page.tiles}
    assert tiles["directory.tenants"].value == "2"
    assert page.timer.interval() == 60_000


def test_the_digest_tile_opens_todays_stored_digest(
        qtbot: QtBot, services: Services, manager: Actor, runner: OperationRunner) -> None:
    path = generate_digest(services, SYSTEM, local_today(services.clock))
    page = HomePage(AppContext(services, manager, runner))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.figures_loaded):
        page.refresh()
    tile = next(tile for tile in page.tiles if tile.figure.key == "reports.digest")

    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.digest_dialog is not None)
    assert page.digest_dialog is not None and page.digest_dialog.isVisible()
    assert page.digest_dialog.windowTitle().endswith(path.stem)


def test_a_wrong_setting_is_explained_next_to_its_field_and_nothing_is_lost(
        qtbot: QtBot, admin_ctx: AppContext) -> None:
    tab = PreferencesTab(admin_ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    minutes = tab.editors["session.idle_lock_minutes"]
    checkout = tab.editors["visits.auto_checkout_time"]
    assert isinstance(minutes, QSpinBox) and isinstance(checkout, QLineEdit)
    qtbot.waitUntil(lambda: checkout.text() == "22:00")

    minutes.setValue(5)
    checkout.setText("25h")
    tab.save()
    label = tab.errors.label("visits.auto_checkout_time")
    qtbot.waitUntil(label.isVisible)

    assert "hh:mm" in label.text()
    assert checkout.property("invalid") is True
    assert minutes.value() == 5 and checkout.text() == "25h"
    assert admin_ctx.services.settings.get("session.idle_lock_minutes") == 10  # all or nothing

    checkout.setText("21:30")
    with qtbot.waitSignal(tab.saved) as saved:
        tab.save()
    assert saved.args == [{"session.idle_lock_minutes": 5, "visits.auto_checkout_time": "21:30"}]
    assert not label.isVisible()


def test_secret_settings_are_typed_as_passwords(qtbot: QtBot, admin_ctx: AppContext) -> None:
    tab = PreferencesTab(admin_ctx)
    qtbot.addWidget(tab)
    secret = tab.editors["mail.smtp_password"]

    assert isinstance(secret, QLineEdit) and secret.echoMode() == QLineEdit.EchoMode.Password


def test_choices_show_labels_and_save_their_codes(qtbot: QtBot, admin_ctx: AppContext) -> None:
    tab = PreferencesTab(admin_ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    checkout = tab.editors["visits.auto_checkout_time"]
    assert isinstance(checkout, QLineEdit)
    qtbot.waitUntil(lambda: checkout.text() == "22:00")  # the stored values are shown
    media = tab.editors["printing.badge_media"]
    assert isinstance(media, QComboBox) and media.currentText() == "Carte CR80 (85,6 × 54 mm)"
    language = tab.editors["ui.language"]
    assert isinstance(language, QComboBox)
    assert [language.itemText(i) for i in range(language.count())] == ["Français", "English", "العربية"]

    media.setCurrentIndex(media.findText("DYMO 54 × 101 mm"))
    with qtbot.waitSignal(tab.saved) as saved:
        tab.save()
    assert saved.args == [{"printing.badge_media": "54x101"}]


def test_settings_tabs_follow_the_permissions(qtbot: QtBot, admin_ctx: AppContext, manager: Actor) -> None:
    full = SettingsPage(admin_ctx)
    qtbot.addWidget(full)
    assert list(full.by_key) == ["site", "preferences", "users", "directory", "pending_hosts", "watchlist",
                                 "agreements"]


def test_an_admin_creates_a_user_from_the_users_tab(qtbot: QtBot, admin_ctx: AppContext) -> None:
    tab = UsersTab(admin_ctx)
    qtbot.addWidget(tab)
    tab.add_user()
    dialog = tab.dialog
    assert dialog is not None
    dialog.fields["username"].setText("fatima")  # type: ignore[attr-defined]
    dialog.fields["full_name"].setText("Fatima Zahra Idrissi")  # type: ignore[attr-defined]
    dialog.fields["role"].setCurrentIndex(dialog.fields["role"].findData(Role.MANAGER))  # type: ignore[attr-defined]
    dialog.fields["password"].setText("bienvenue1")  # type: ignore[attr-defined]
    dialog.fields["confirmation"].setText("bienvenue1")  # type: ignore[attr-defined]

    with qtbot.waitSignal(tab.model.modelReset, timeout=5000):
        dialog.submit()

    users: list[UserRow] = tab.model.rows
    created = next(u for u in users if u.username == "fatima")
    assert created.role is Role.MANAGER and created.active


def test_the_directory_imports_a_csv_file(qtbot: QtBot, admin_ctx: AppContext, tmp_path: Path) -> None:
    tab = DirectoryTab(admin_ctx)
    qtbot.addWidget(tab)
    source = tmp_path / "salaries.csv"
    source.write_text("societe;nom;prenom;fonction;email;telephone\n"
                      "Argan Cloud SARL;El Amrani;Hind;Développeuse;hind@argan.ma;0600000000\n"
                      "Argan Cloud SARL;Ouazzani;Omar;CTO;omar@argan.ma;\n", encoding="cp1252")  # Excel's

    with qtbot.waitSignal(tab.tenants.modelReset, timeout=5000):
        tab.import_csv(source)

    assert "1 société(s) créée(s), 2 salarié(s) ajouté(s), 0 mis à jour" in tab.notice.text()
    assert [t.name for t in tab.tenants.rows] == ["Argan Cloud SARL"]
    source.write_text(source.read_text(encoding="cp1252").replace("CTO", "Directeur technique"), encoding="cp1252")
    with qtbot.waitSignal(tab.tenants.modelReset, timeout=5000):
        tab.import_csv(source)  # the same people again: updated by e-mail, not doubled
    assert "0 société(s) créée(s), 0 salarié(s) ajouté(s), 1 mis à jour" in tab.notice.text()


def test_a_company_search_answering_late_never_replaces_the_newest(
        qtbot: QtBot, admin_ctx: AppContext, park: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Each key starts a search on one of two threads: "a" (every company) answering after "atl" must not
    put the whole directory back under what was typed."""
    directory = admin_ctx.services.directory
    real = directory.tenants

    def slow_for_one_letter(actor: Actor, query: str = "", **options: bool) -> list[TenantRow]:
        if query == "a":
            time.sleep(0.4)
        return real(actor, query, **options)

    monkeypatch.setattr(directory, "tenants", slow_for_one_letter)
    tab = DirectoryTab(admin_ctx)
    qtbot.addWidget(tab)
    qtbot.keyClicks(tab.search, "atl")
    qtbot.waitUntil(admin_ctx.runner.idle)

    assert [t.name for t in tab.tenants.rows] == [t.name for t in real(admin_ctx.actor, "atl")]
    assert len(tab.tenants.rows) < len(real(admin_ctx.actor, "a"))


def test_the_rows_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = RowsModel([Column("Nom", lambda r: r.username), Column("Rôle", lambda r: r.role.value)])
    model.set_rows([UserRow("1", "admin", "Karim Tazi", Role.ADMIN, True),
                    UserRow("2", "accueil", "Salma Alaoui", Role.RECEPTIONIST, False)])

    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.data(model.index(1, 1)) == "receptionist"


def test_the_central_password_is_refused_next_to_its_field_without_a_credential_store(
        qtbot: QtBot, admin_ctx: AppContext) -> None:
    from tests.file_keyring import installed, no_store

    tab = PreferencesTab(admin_ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    url = tab.editors["sync.central_url"]
    assert isinstance(url, QLineEdit)
    qtbot.waitUntil(lambda: tab.editors["visits.auto_checkout_time"].property("text") == "22:00")
    url.setText("postgresql://desk_1a2b3c4d_cas_cas_a1:secret-42@central/reception")
    label = tab.errors.label("sync.central_url")
    with installed(no_store()):
        tab.save()
        qtbot.waitUntil(label.isVisible)
    assert "Aucun coffre de mots de passe" in label.text()
    assert url.text().endswith("secret-42@central/reception")  # nothing typed is lost
    assert admin_ctx.services.settings.get("sync.central_url") == ""
