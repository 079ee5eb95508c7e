"""The Journal in sentences: who did what to whom, by name, amounts in DH, in the reader's language."""

from __future__ import annotations

import re
from pathlib import Path

from reception.core import i18n
from reception.core.i18n import _
from reception.core.services.cafeteria_data import Customer, LineInput, Payment
from reception.core.services.container import Services
from reception.core.services.journal import JournalFilters
from reception.core.services.journal_text import ACTION_LABELS, field_label, shown_value
from reception.core.services.permissions import Actor
from reception.core.services.settings import SPECS
from reception.core.services.visits import CheckInForm
from tests.cafeteria_helpers import stock_products

ROOT = Path(__file__).parents[2] / "reception"


def _texts(services: Services, actor: Actor, action: str) -> list[str]:
    return [e.text for e in services.journal.page(actor, JournalFilters(action=action)).rows]


def test_check_in_sale_and_drawer_read_as_sentences_with_names_and_amounts(
        services: Services, admin: Actor, receptionist: Actor, manager: Actor, park: dict[str, str]) -> None:
    visit = services.visits.check_in(receptionist, CheckInForm("El Amrani", "Yasmine", "Orange Maroc",
                                                               host_employee_id=park["atlas.bennani"]))
    ids = stock_products(services, admin)
    services.cafeteria.open_session(admin, 10_000)
    services.cafeteria.sell(admin, [LineInput(ids["cafe"], 2)], Customer(), Payment("cash", 1000))

    assert _texts(services, manager, "visits.check_in") == [
        f"Accueil a enregistré l'arrivée de Yasmine El Amrani (badge {visit.badge_number})"]
    assert _texts(services, manager, "cafeteria.session_open") == [
        "Karim Tazi a ouvert la caisse avec un fond de 100,00 DH"]
    [sale] = _texts(services, manager, "cafeteria.sale")
    assert sale.startswith("Karim Tazi a vendu pour 10,00 DH (ticket ")
    i18n.set_language("en")
    try:
        assert _texts(services, manager, "visits.check_in") == [
            f"Accueil checked in Yasmine El Amrani (badge {visit.badge_number})"]
        assert _texts(services, manager, "cafeteria.session_open") == [
            "Karim Tazi opened the cash drawer with a float of 100.00 DH"]
    finally:
        i18n.set_language("fr")


def test_every_action_the_code_records_has_a_label() -> None:
    literal = re.compile(r'audit\.record\(\s*\w+,\s*[\w ()]+,\s*"([a-z_]+\.[a-z_]+)"')
    conditional = re.compile(r'"([a-z_]+\.[a-z_]+)" if .+? else "([a-z_]+\.[a-z_]+)"')
    recorded = set()
    for path in ROOT.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        recorded.update(literal.findall(source))
        recorded.update(code for pair in conditional.findall(source) for code in pair)
    dynamic = {f"{table}.{verb}" for table in ("tenants", "employees") for verb in ("create", "update")}
    dynamic |= {f"cafeteria.cash_{kind}" for kind in ("in", "out", "refund")}
    assert len(recorded) > 30
    assert sorted((recorded | dynamic) - set(ACTION_LABELS)) == []


def test_before_and_after_read_in_words_in_both_languages() -> None:
    """No True/False, no `visitor_name`: the Journal's detail and the conflicts name fields and values in words."""
    assert [shown_value(k, v) for k, v in (("active", True), ("active", False), ("notes", None), ("total", 2500))] \
        == ["oui", "non", "—", "25,00 DH"]
    assert shown_value("ui.language", "en") == "Anglais"
    assert [field_label(k) for k in ("visitor_name", "active", "ui.language")] == \
        ["Visiteur", "Actif", _(SPECS["ui.language"].label)]
    i18n.set_language("en")
    try:
        assert [shown_value("active", True), shown_value("total", 2500), field_label("visitor_name")] == \
            ["yes", "25.00 DH", "Visitor"]
        assert field_label("ui.language") != SPECS["ui.language"].label  # the setting's English label
        assert [shown_value("ui.language", "fr"), shown_value("visits.invitation_language", "en")] == \
            ["French", "English"]  # a language by its name, never its code
    finally:
        i18n.set_language("fr")
