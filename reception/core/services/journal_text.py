"""The audit trail in words: what each action code and each kind of object is called, and each event as a
sentence, in the reader's language.

Every code `audit.record` writes has its label here (a test checks the list against the code base), and each
table an event can point to has a name, so the Journal never shows `cafeteria.product_save` or `tenants`.
A sentence names the person who acted and the object by name ("Salma Alaoui a enregistré l'arrivée de
Yasmine El Amrani (badge 0412)"), amounts in DH; the names are looked up by JournalService, one query per
kind of object and page.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from reception.core import formats, limits
from reception.core.i18n import N_, Labels, _
from reception.core.models.visits import VISIT_TYPES
from reception.core.services.permissions import ROLE_LABELS, SYSTEM
from reception.core.services.settings import SPECS

ACTION_LABELS: Labels[str] = Labels({
    "auth.login": N_("Connexion"),
    "auth.login_failed": N_("Échec de connexion"),
    "auth.lockout": N_("Compte verrouillé"),
    "users.create": N_("Compte créé"),
    "users.update": N_("Compte modifié"),
    "users.change_own_password": N_("Mot de passe changé"),
    "users.activate": N_("Compte réactivé"),
    "users.deactivate": N_("Compte désactivé"),
    "users.change_role": N_("Rôle modifié"),
    "users.reset_password": N_("Mot de passe réinitialisé"),
    "settings.change": N_("Paramètre modifié"),
    "settings.secret_moved": N_("Mot de passe rangé dans le coffre"),
    "auth.approve": N_("Accord d'un responsable"),
    "auth.approve_failed": N_("Accord d'un responsable refusé"),
    "site.update": N_("Site modifié"),
    "directory.import": N_("Annuaire importé"),
    "tenants.create": N_("Société ajoutée"),
    "tenants.update": N_("Société modifiée"),
    "employees.create": N_("Salarié ajouté"),
    "employees.update": N_("Salarié modifié"),
    "employees.add_pending": N_("Personne visitée ajoutée à l'accueil (à confirmer)"),
    "employees.confirm": N_("Personne visitée confirmée dans l'annuaire"),
    "employees.merge": N_("Personne visitée fusionnée avec sa fiche de l'annuaire"),
    "visits.check_in": N_("Arrivée d'un visiteur"),
    "visits.check_out": N_("Sortie d'un visiteur"),
    "visits.reprint": N_("Badge réimprimé"),
    "visits.auto_check_out": N_("Sorties automatiques"),
    "visits.check_out_all": N_("Sortie générale"),
    "visits.preregister": N_("Visite annoncée"),
    "visits.cancel_expected": N_("Visite annoncée annulée"),
    "visits.import_guest_list": N_("Liste d'invités importée"),
    "visits.watchlist_allowed": N_("Liste de surveillance : admis"),
    "visits.watchlist_refused": N_("Liste de surveillance : refusé"),
    "visits.erase_visitor": N_("Visiteur effacé"),
    "visits.purge": N_("Purge des données personnelles"),
    "visits.photo": N_("Photo du visiteur"),
    "kiosk.referral": N_("Borne : visiteur envoyé à l'accueil"),
    "agreements.sign": N_("Accord signé"),
    "agreements.publish": N_("Texte d'accord publié"),
    "watchlist.add": N_("Ajout à la liste de surveillance"),
    "watchlist.update": N_("Liste de surveillance modifiée"),
    "watchlist.deactivate": N_("Retrait de la liste de surveillance"),
    "watchlist.expire": N_("Fin d'une entrée de la liste de surveillance"),
    "watchlist.import": N_("Liste de surveillance importée"),
    "rooms.book": N_("Salle réservée"),
    "rooms.update": N_("Réservation modifiée"),
    "rooms.move": N_("Réservation déplacée"),
    "rooms.cancel": N_("Réservation annulée"),
    "rooms.arrival": N_("Arrivée confirmée en salle"),
    "rooms.no_show": N_("Réservation libérée (absence)"),
    "rooms.capacity_override": N_("Capacité de salle dépassée (accord)"),
    "rooms.quota": N_("Forfait d'heures modifié"),
    "rooms.room_create": N_("Salle ajoutée"),
    "rooms.room_update": N_("Salle modifiée"),
    "rooms.series_create": N_("Série de réservations créée"),
    "rooms.series_update": N_("Série de réservations modifiée"),
    "rooms.series_cancel": N_("Série de réservations annulée"),
    "cafeteria.sale": N_("Vente"),
    "cafeteria.sale_void": N_("Vente annulée"),
    "cafeteria.session_open": N_("Caisse ouverte"),
    "cafeteria.session_close": N_("Caisse clôturée"),
    "cafeteria.product_save": N_("Produit enregistré"),
    "cafeteria.account_save": N_("Compte société enregistré"),
    "cafeteria.voucher_redeem": N_("Bon utilisé"),
    "cafeteria.cash_in": N_("Apport en caisse"),
    "cafeteria.cash_out": N_("Retrait de caisse"),
    "cafeteria.cash_refund": N_("Remboursement"),
    "reports.digest": N_("Résumé quotidien archivé"),
    "sync.conflict_resolve": N_("Conflit de synchronisation réglé"),
})

ENTITY_LABELS: Labels[str] = Labels({
    "users": N_("Comptes"),
    "settings": N_("Paramètres"),
    "sites": N_("Site"),
    "tenants": N_("Sociétés"),
    "employees": N_("Salariés"),
    "visits": N_("Visites"),
    "visitors": N_("Visiteurs"),
    "agreement_texts": N_("Textes d'accord"),
    "expected_visits": N_("Visites annoncées"),
    "watchlist_entries": N_("Liste de surveillance"),
    "rooms": N_("Salles"),
    "bookings": N_("Réservations"),
    "booking_series": N_("Séries de réservations"),
    "cafeteria_products": N_("Produits de la cafétéria"),
    "cafeteria_accounts": N_("Comptes société"),
    "sales": N_("Ventes"),
    "cash_sessions": N_("Sessions de caisse"),
    "cash_movements": N_("Mouvements de caisse"),
    "tenant_room_quotas": N_("Forfaits d'heures"),
    "digest": N_("Résumé quotidien"),
    "vouchers": N_("Bons"),
    "sync_conflicts": N_("Conflits de synchronisation"),
})


SENTENCES: Labels[str] = Labels({
    "auth.login": N_("{actor} s'est connecté(e)"),
    "auth.login_failed": N_("Échec de connexion pour l'identifiant {username}"),
    "auth.lockout": N_("Le compte {object} a été verrouillé après des échecs de connexion"),
    "users.create": N_("{actor} a créé le compte de {object}"),
    "users.activate": N_("{actor} a réactivé le compte de {object}"),
    "users.deactivate": N_("{actor} a désactivé le compte de {object}"),
    "users.change_role": N_("{actor} a changé le rôle de {object}"),
    "users.reset_password": N_("{actor} a réinitialisé le mot de passe de {object}"),
    "users.change_own_password": N_("{actor} a changé son mot de passe"),
    "settings.change": N_("{actor} a modifié le réglage « {object} »"),
    "settings.secret_moved": N_("Le mot de passe du réglage « {object} » a été rangé dans le coffre de mots de passe"),
    "site.update": N_("{actor} a modifié la fiche du site {object}"),
    "tenants.create": N_("{actor} a ajouté la société {object}"),
    "tenants.update": N_("{actor} a modifié la société {object}"),
    "employees.create": N_("{actor} a ajouté le salarié {object}"),
    "employees.update": N_("{actor} a modifié le salarié {object}"),
    "employees.add_pending": N_("{actor} a ajouté {object} comme personne visitée, à confirmer"),
    "employees.confirm": N_("{actor} a confirmé {object} dans l'annuaire"),
    "employees.merge": N_("{actor} a fusionné {object} avec sa fiche de l'annuaire"),
    "watchlist.add": N_("{actor} a ajouté une personne à la liste de surveillance"),
    "watchlist.update": N_("{actor} a modifié une entrée de la liste de surveillance"),
    "watchlist.deactivate": N_("{actor} a retiré une entrée de la liste de surveillance"),
    "watchlist.expire": N_("{actor} a mis fin à une entrée de la liste de surveillance (dernier jour : {until})"),
    "watchlist.import": N_("{actor} a importé la liste de surveillance ({added} personne(s) ajoutée(s))"),
    "visits.check_in": N_("{actor} a enregistré l'arrivée de {object} (badge {badge_number})"),
    "visits.check_out": N_("{actor} a enregistré la sortie de {object}"),
    "visits.reprint": N_("{actor} a réimprimé le badge de {object}"),
    "visits.auto_check_out": N_("Sortie automatique des visiteurs restés pointés"),
    "visits.check_out_all": N_("{actor} a enregistré la sortie de tous les visiteurs"),
    "visits.preregister": N_("{actor} a annoncé la visite de {object}"),
    "visits.cancel_expected": N_("{actor} a annulé la visite annoncée de {object}"),
    "visits.erase_visitor": N_("{actor} a effacé les données d'un visiteur"),
    "agreements.sign": N_("{actor} a recueilli la signature de {object} (accord version {version})"),
    "agreements.publish": N_("{actor} a publié la version {version} du texte d'accord ({visit_type}, {language})"),
    "rooms.book": N_("{actor} a réservé {object}"),
    "rooms.update": N_("{actor} a modifié la réservation {object}"),
    "rooms.move": N_("{actor} a déplacé la réservation {object}"),
    "rooms.cancel": N_("{actor} a annulé la réservation {object}"),
    "rooms.arrival": N_("{actor} a confirmé l'arrivée pour {object}"),
    "rooms.no_show": N_("La réservation {object} a été libérée (personne n'est venu)"),
    "rooms.room_create": N_("{actor} a ajouté la salle {object}"),
    "rooms.room_update": N_("{actor} a modifié la salle {object}"),
    "cafeteria.sale": N_("{actor} a vendu pour {total} (ticket {receipt})"),
    "cafeteria.sale_void": N_("{actor} a annulé la vente {object}"),
    "cafeteria.session_open": N_("{actor} a ouvert la caisse avec un fond de {float}"),
    "cafeteria.session_close": N_("{actor} a clôturé la caisse (attendu {expected}, compté {counted})"),
    "cafeteria.product_save": N_("{actor} a enregistré le produit {object}"),
    "cafeteria.voucher_redeem": N_("{actor} a accepté un bon"),
    "reports.digest": N_("Le résumé quotidien a été archivé"),
})
"""One sentence per action; an action without one reads '{actor} : {action} — {object}'."""

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_AMOUNTS = frozenset({"total", "float", "expected", "counted", "amount", "price_centimes", "amount_centimes"})


def action_label(action: str) -> str:
    """The action in words; a code written by a newer version is shown as it is."""
    return ACTION_LABELS.get(action, action)


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


def _details(raw: str) -> dict[str, Any]:
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


HIDDEN_DETAILS = frozenset({"id", "site_code", "origin_desk", "search_key", "created_at", "updated_at",
                            "row_version", "central_txid", "central_epoch"})
"""Bookkeeping a manager never needs in the before/after (the raw record keeps it)."""


def shown_details(details: dict[str, Any]) -> dict[str, Any]:
    """The before/after a person reads: no bookkeeping, no ids of other objects (the sentence names them)."""
    return {key: value for key, value in details.items()
            if key not in HIDDEN_DETAILS and not key.endswith("_id")}


def field_label(key: str) -> str:
    """A detail's name in words: a setting's own label ('Verrouillage après inactivité (min)'), else the
    column's ('Nom', not `name`); an unknown name is shown as stored."""
    spec = SPECS.get(key)
    return _(spec.label) if spec is not None else limits.label(key)


LANGUAGE_NAMES: Labels[str] = Labels({"fr": N_("Français"), "en": N_("Anglais"), "ar": N_("Arabe")})
"""A language setting's value in words (the interface's, the invitations')."""


CODED_VALUES: dict[str, Labels[Any]] = {"role": ROLE_LABELS, "visit_type": VISIT_TYPES}
"""Details stored as a code of a registry, shown by its label (Responsable, Réunion; not manager, meeting)."""


def shown_value(key: str, value: Any) -> str:
    """A detail in words: amounts in DH, yes/no, a language, a role or a visit type by its name, a dash for
    nothing (the sentences and the before/after)."""
    if key.endswith("language") and isinstance(value, str) and value in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[value]
    if key in CODED_VALUES and isinstance(value, str) and value in CODED_VALUES[key]:
        return CODED_VALUES[key][value]
    if key in _AMOUNTS and isinstance(value, int) and not isinstance(value, bool):
        return formats.money(value)
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        return formats.day(date.fromisoformat(value))
    return formats.value(value)


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def sentence(action: str, actor: str, username: str, object_name: str, before: str, after: str) -> str:
    """The event as one sentence: the template of its action filled with the names and the event's details
    (amounts in DH); a detail the event lacks reads '?' rather than failing."""
    details = {**_details(before), **_details(after)}
    values = _Blank({key: shown_value(key, value) for key, value in details.items()})
    by_system = not username or username == SYSTEM.username  # scheduled jobs: named in the reader's language
    values.update(actor=actor or (_("le système") if by_system else username), username=username or "?",
                  object=object_name or "?", action=action_label(action))
    template = SENTENCES.get(action) or _("{actor} : {action} — {object}")
    return template.format_map(values).replace(" — ?", "")


def shorten(entity_id: str) -> str:
    """A uuid cut to its first 8 characters (what is shown when an object has no name any more)."""
    return entity_id[:8] if len(entity_id) == 36 else entity_id

