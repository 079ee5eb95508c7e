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

from reception.core.i18n import N_, _

APP = "app"


@dataclass(frozen=True)
class Shortcut:
    name: str
    key: str
    scope: str  # APP, or the page whose screen owns the key ("cafeteria.sale", "visitors.checkin"...)
    label: str  # what the key does (French source, marked with N_), for the help and the tests' messages


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("page.home", "Ctrl+1", APP, N_("Accueil")),
    Shortcut("page.visitors", "Ctrl+2", APP, N_("Visiteurs")),
    Shortcut("page.rooms", "Ctrl+3", APP, N_("Salles")),
    Shortcut("page.cafeteria", "Ctrl+4", APP, N_("Cafétéria")),
    Shortcut("page.reports", "Ctrl+5", APP, N_("Rapports")),
    Shortcut("page.journal", "Ctrl+6", APP, N_("Journal")),
    Shortcut("page.settings", "Ctrl+7", APP, N_("Paramètres")),
    Shortcut("session.lock", "Ctrl+L", APP, N_("Verrouiller la session")),
    Shortcut("session.quit", "Ctrl+Q", APP, N_("Quitter")),
    Shortcut("visitors.evacuation", "F9", APP, N_("Liste d'évacuation")),
    Shortcut("sync.now", "Ctrl+Shift+S", APP, N_("Synchroniser maintenant")),
    Shortcut("visitors.check_in", "Ctrl+Return", "visitors.checkin", N_("Enregistrer l'arrivée")),
    Shortcut("visitors.check_in_enter", "Ctrl+Enter", "visitors.checkin", N_("Enregistrer l'arrivée (pavé)")),
    Shortcut("rooms.morning_sheet", "Ctrl+P", "rooms.planning", N_("Feuille du jour")),
    Shortcut("sale.cash", "F8", "cafeteria.sale", N_("Payer en espèces")),
    Shortcut("sale.card", "F10", "cafeteria.sale", N_("Payer par carte")),
    Shortcut("sale.account", "F11", "cafeteria.sale", N_("Sur compte")),
    Shortcut("sale.validate", "Ctrl+Return", "cafeteria.sale", N_("Valider la vente")),
    Shortcut("sale.remove", "Delete", "cafeteria.sale", N_("Retirer la ligne")),
    Shortcut("drawer.open", "Ctrl+Shift+O", "cafeteria.sale", N_("Ouvrir la caisse")),
    Shortcut("drawer.x_report", "Ctrl+Shift+X", "cafeteria.sale", N_("Rapport X")),
    Shortcut("drawer.close", "Ctrl+Shift+C", "cafeteria.sale", N_("Clôturer la caisse (et imprimer le Z)")),
)
BY_NAME = {s.name: s for s in SHORTCUTS}


def key(name: str) -> str:
    """The key of a named shortcut: code asks the table instead of writing the key again."""
    return BY_NAME[name].key


def reserved_for(scope: str) -> dict[str, Shortcut]:
    """The keys a screen of `scope` may not take for anything else: the APP keys and its own, by key text."""
    return {s.key.upper(): s for s in SHORTCUTS if s.scope in (APP, scope)}


def product_key_refusal(product_key: str) -> str | None:
    """Why a product may not use this key on the sale screen, in the desk's language; None when it may."""
    taken = reserved_for("cafeteria.sale").get(product_key.strip().upper())
    if taken is None:
        return None
    return _("La touche {key} est réservée ({action}) : choisissez-en une autre, par exemple F1 à F7.").format(
        key=taken.key, action=_(taken.label))
