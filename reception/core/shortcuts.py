"""Every keyboard shortcut of the console, in one table: what each key does and where it works.

Keys are written as Qt's portable text ("Ctrl+Shift+S", "F9"), which the UI turns into key sequences. A key
of scope APP works on every page (it must never be taken by a page, a product or a mnemonic); a page's own
keys work while that page (or tab) is shown and must not repeat an APP key or another key of the same
page. Mnemonics (Alt+letter, the underlined letter of a label) are written in the labels themselves, since
translators move them; a test walks every window and fails on a collision of either kind.

No Qt here: the cafeteria's price list refuses a product key that this table reserves.
"""

from __future__ import annotations

from dataclasses import dataclass

APP = "app"


@dataclass(frozen=True)
class Shortcut:
    name: str
    key: str
    scope: str  # APP, or the page whose screen owns the key ("cafeteria.sale", "visitors.checkin"...)
    label: str  # what the key does, in French, for the help and the tests' messages


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("page.home", "Ctrl+1", APP, "Accueil"),
    Shortcut("page.visitors", "Ctrl+2", APP, "Visiteurs"),
    Shortcut("page.rooms", "Ctrl+3", APP, "Salles"),
    Shortcut("page.cafeteria", "Ctrl+4", APP, "Cafétéria"),
    Shortcut("page.reports", "Ctrl+5", APP, "Rapports"),
    Shortcut("page.journal", "Ctrl+6", APP, "Journal"),
    Shortcut("page.settings", "Ctrl+7", APP, "Paramètres"),
    Shortcut("session.lock", "Ctrl+L", APP, "Verrouiller la session"),
    Shortcut("session.quit", "Ctrl+Q", APP, "Quitter"),
    Shortcut("visitors.evacuation", "F9", APP, "Liste d'évacuation"),
    Shortcut("sync.now", "Ctrl+Shift+S", APP, "Synchroniser maintenant"),
    Shortcut("visitors.check_in", "Ctrl+Return", "visitors.checkin", "Enregistrer l'arrivée"),
    Shortcut("visitors.check_in_enter", "Ctrl+Enter", "visitors.checkin", "Enregistrer l'arrivée (pavé)"),
    Shortcut("rooms.morning_sheet", "Ctrl+P", "rooms.planning", "Feuille du jour"),
    Shortcut("sale.cash", "F8", "cafeteria.sale", "Payer en espèces"),
    Shortcut("sale.card", "F10", "cafeteria.sale", "Payer par carte"),
    Shortcut("sale.account", "F11", "cafeteria.sale", "Sur compte"),
    Shortcut("sale.validate", "Ctrl+Return", "cafeteria.sale", "Valider la vente"),
    Shortcut("sale.remove", "Delete", "cafeteria.sale", "Retirer la ligne"),
    Shortcut("drawer.open", "Ctrl+Shift+O", "cafeteria.sale", "Ouvrir la caisse"),
    Shortcut("drawer.x_report", "Ctrl+Shift+X", "cafeteria.sale", "Rapport X"),
    Shortcut("drawer.close", "Ctrl+Shift+C", "cafeteria.sale", "Clôturer la caisse (et imprimer le Z)"),
)
BY_NAME = {s.name: s for s in SHORTCUTS}


def key(name: str) -> str:
    """The key of a named shortcut: code asks the table instead of writing the key again."""
    return BY_NAME[name].key


def reserved_for(scope: str) -> dict[str, Shortcut]:
    """The keys a screen of `scope` may not take for anything else: the APP keys and its own, by key text."""
    return {s.key.upper(): s for s in SHORTCUTS if s.scope in (APP, scope)}


def product_key_refusal(product_key: str) -> str | None:
    """Why a product may not use this key on the sale screen, in French; None when it may."""
    taken = reserved_for("cafeteria.sale").get(product_key.strip().upper())
    if taken is None:
        return None
    return f"La touche {taken.key} est réservée ({taken.label}) : choisissez-en une autre, par exemple F1 à F7."
