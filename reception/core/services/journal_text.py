"""The audit trail in words: what each action code and each kind of object is called, in the reader's language.

Every code `audit.record` writes has its label here (a test checks the list against the code base), and each
table an event can point to has a name, so the Journal never shows `cafeteria.product_save` or `tenants`.
"""

from __future__ import annotations

from reception.core.i18n import N_, Labels

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
    "site.update": N_("Site modifié"),
    "directory.import": N_("Annuaire importé"),
    "tenants.create": N_("Société ajoutée"),
    "tenants.update": N_("Société modifiée"),
    "employees.create": N_("Salarié ajouté"),
    "employees.update": N_("Salarié modifié"),
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
    "watchlist.add": N_("Ajout à la liste de surveillance"),
    "watchlist.update": N_("Liste de surveillance modifiée"),
    "watchlist.deactivate": N_("Retrait de la liste de surveillance"),
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


def action_label(action: str) -> str:
    """The action in words; a code written by a newer version is shown as it is."""
    return ACTION_LABELS.get(action, action)


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)
