"""Every setting of the console, declared once (name, type, default, French label marked for the catalogue),
read through one accessor.

Settings are stored per desk in the `settings` table as JSON; a capability adds its settings to SPECS.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from reception.core.clock import Clock, SystemClock
from reception.core.credentials import CredentialStoreError, split_password, store_password, with_password
from reception.core.database import Database
from reception.core.errors import ValidationError
from reception.core.i18n import LANGUAGES, N_, _
from reception.core.models import Setting
from reception.core.services import audit
from reception.core.services.permissions import Actor, Permission, require


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    label: str
    group: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    secret: bool = False
    keyring: bool = False
    """A URL whose password goes to the OS credential store (core/credentials.py), the rest to the table."""


def _hhmm(value: str) -> bool:
    try:
        datetime.strptime(value, "%H:%M")
    except ValueError:
        return False
    return True


AGREEMENT_REQUIRED_LABELS = {
    # one per visit type (models.visits.VISIT_TYPES; a test checks they match): "accord requis"
    "meeting": N_("Accord à signer : réunion"),
    "interview": N_("Accord à signer : entretien"),
    "delivery": N_("Accord à signer : livraison"),
    "contractor": N_("Accord à signer : prestataire"),
    "event": N_("Accord à signer : événement"),
    "other": N_("Accord à signer : autre visite"),
}

SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("session.idle_lock_minutes", int, 10, N_("Verrouillage après inactivité (minutes)"),
                    N_("Poste"), 1, 240),
        SettingSpec("ui.language", str, "fr", N_("Langue de l'interface"), N_("Poste"), choices=LANGUAGES),
        SettingSpec("visits.auto_print_badge", bool, True, N_("Imprimer le badge à l'arrivée"), N_("Visiteurs")),
        SettingSpec("visits.auto_checkout_time", str, "22:00", N_("Sortie automatique à (hh:mm)"),
                    N_("Visiteurs")),
        SettingSpec("visits.retention_days", int, 180, N_("Conservation des données personnelles (jours)"),
                    N_("Visiteurs"), 1, 3650),
        SettingSpec("visits.mask_id_numbers", bool, True, N_("Masquer les numéros de pièce d'identité"),
                    N_("Visiteurs")),
        SettingSpec("visits.photo_on_badge", bool, False, N_("Photo du visiteur sur le badge"), N_("Visiteurs")),
        SettingSpec("visits.desk_photo_types", str, "",
                    N_("Photo à l'accueil pour ces types de visite (codes séparés par des virgules)"),
                    N_("Visiteurs")),
        SettingSpec("kiosk.idle_seconds", int, 60, N_("Borne : retour à l'accueil après (secondes)"), N_("Borne"),
                    20, 600),
        SettingSpec("kiosk.photo", bool, True, N_("Borne : prendre la photo du visiteur"), N_("Borne")),
        SettingSpec("agreements.validity_months", int, 12, N_("Validité d'un accord signé (mois)"),
                    N_("Accords des visiteurs"), 1, 120),
        *(SettingSpec(f"agreements.required.{code}", bool, code != "delivery", label, N_("Accords des visiteurs"))
          for code, label in AGREEMENT_REQUIRED_LABELS.items()),
        SettingSpec("visits.send_invitations", bool, True,
                    N_("Envoyer une invitation par e-mail aux visiteurs pré-enregistrés"), N_("Visiteurs")),
        SettingSpec("visits.invitation_language", str, "fr",
                    N_("Langue des invitations (quand celle de l'invité n'est pas connue)"), N_("Visiteurs"),
                    choices=("fr", "en")),
        SettingSpec("visits.access_instructions", str, "", N_("Instructions d'accès (dans les invitations)"),
                    N_("Visiteurs")),
        SettingSpec("scanner.prefix", str, "", N_("Préfixe du lecteur (vide si aucun)"), N_("Lecteur de codes")),
        SettingSpec("scanner.suffix", str, "", N_("Suffixe du lecteur (vide : Entrée)"), N_("Lecteur de codes")),
        SettingSpec("printing.badge_printer", str, "", N_("Imprimante des badges"), N_("Impression")),
        SettingSpec("printing.badge_media", str, "cr80", N_("Format des badges"), N_("Impression"),
                    choices=("cr80", "62x100", "54x101", "57x32")),
        SettingSpec("printing.badge_offset_x_mm", int, 0, N_("Décalage horizontal du badge (mm)"),
                    N_("Impression"), -10, 10),
        SettingSpec("printing.badge_offset_y_mm", int, 0, N_("Décalage vertical du badge (mm)"),
                    N_("Impression"), -10, 10),
        SettingSpec("printing.receipt_printer", str, "", N_("Imprimante des tickets"), N_("Impression")),
        SettingSpec("printing.report_printer", str, "", N_("Imprimante des rapports"), N_("Impression")),
        SettingSpec("mail.smtp_host", str, "", N_("Serveur SMTP"), N_("Messagerie")),
        SettingSpec("mail.smtp_port", int, 25, N_("Port SMTP"), N_("Messagerie"), 1, 65535),
        SettingSpec("mail.smtp_user", str, "", N_("Utilisateur SMTP"), N_("Messagerie")),
        SettingSpec("mail.smtp_password", str, "", N_("Mot de passe SMTP"), N_("Messagerie"), secret=True),
        SettingSpec("mail.smtp_starttls", bool, False, N_("Chiffrement STARTTLS"), N_("Messagerie")),
        SettingSpec("mail.sender", str, "accueil@technopark.ma", N_("Adresse d'expédition"), N_("Messagerie")),
        SettingSpec("rooms.no_show_minutes", int, 15, N_("Libération sans confirmation après (minutes)"),
                    N_("Salles"), 5, 120),
        SettingSpec("cafeteria.variance_tolerance_centimes", int, 1000,
                    N_("Écart de caisse toléré sans responsable (centimes)"), N_("Cafétéria"), 0, 100_000),
        SettingSpec("reports.digest_time", str, "20:30", N_("Heure du résumé quotidien (hh:mm)"), N_("Rapports")),
        SettingSpec("sync.central_url", str, "", N_("Base centrale (URL)"), N_("Synchronisation"), secret=True,
                    keyring=True),
        SettingSpec("sync.nightly_time", str, "02:00", N_("Synchronisation nocturne à (hh:mm)"),
                    N_("Synchronisation")),
        SettingSpec("sync.outbox_retention_days", int, 30,
                    N_("Conservation des changements déjà envoyés à la centrale (jours)"), N_("Synchronisation"),
                    1, 3650),
        SettingSpec("sync.upload_every_minutes", int, 0, N_("Envoi périodique (minutes, 0 = désactivé)"),
                    N_("Synchronisation"), 0, 1440),
    )
}


def coerce(spec: SettingSpec, raw: Any) -> Any:
    """Turns typed or text input into the setting's type, or raises a French message."""
    try:
        if spec.type is bool:
            value: Any = raw if isinstance(raw, bool) else str(raw).strip().lower() in {"1", "true", "oui", "vrai"}
        elif spec.type is int:
            value = int(raw)
        else:
            value = str(raw).strip()
    except (TypeError, ValueError):
        message = _("{label} : un nombre entier est attendu.").format(label=_(spec.label))
        raise ValidationError({spec.key: message}) from None
    if spec.type is int and (
        (spec.minimum is not None and value < spec.minimum) or (spec.maximum is not None and value > spec.maximum)
    ):
        raise ValidationError({spec.key: _("{label} : entre {minimum} et {maximum}.").format(
            label=_(spec.label), minimum=spec.minimum, maximum=spec.maximum)})
    if spec.choices and value not in spec.choices:
        raise ValidationError({spec.key: _("{label} : valeur non prévue.").format(label=_(spec.label))})
    if spec.key.endswith("_time") and not _hhmm(value):
        raise ValidationError({spec.key: _("{label} : heure attendue au format hh:mm.").format(label=_(spec.label))})
    return value


def setting_in(session: Session, key: str) -> Any:
    """A setting read inside the caller's transaction (a check-in, a pre-registration)."""
    row = session.get(Setting, key)
    return SPECS[key].default if row is None else json.loads(row.value)


def _shown(key: str, value: Any) -> Any:
    """Secrets never reach the audit trail."""
    return "•••" if SPECS[key].secret else value


class SettingsService:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def get(self, key: str) -> Any:
        spec = SPECS[key]
        with self.db.read() as session:
            row = session.get(Setting, key)
        return spec.default if row is None else json.loads(row.value)

    def all(self) -> dict[str, Any]:
        with self.db.read() as session:
            stored = {r.key: json.loads(r.value) for r in session.execute(select(Setting)).scalars()}
        return {key: stored.get(key, spec.default) for key, spec in SPECS.items()}

    def update(self, actor: Actor, changes: dict[str, Any], *, at: datetime) -> dict[str, Any]:
        """Checks every value first (all or nothing), then saves and audits the ones that changed."""
        require(actor, Permission.SETTINGS_MANAGE)
        errors: dict[str, str] = {}
        values: dict[str, Any] = {}
        for key, raw in changes.items():
            try:
                values[key] = coerce(SPECS[key], raw)
            except ValidationError as exc:
                errors.update(exc.errors)
        if errors:
            raise ValidationError(errors)
        current = self.all()
        changed = {k: v for k, v in values.items() if current[k] != v}
        for key in [k for k in values if SPECS[k].keyring]:
            url, password = split_password(values[key])
            if password is not None:  # a new password counts as a change even when the URL stays the same
                try:
                    store_password(url, password)
                except CredentialStoreError as exc:
                    raise ValidationError({key: exc.message}) from exc
                changed[key] = url
        with self.db.write() as session:
            for key, value in changed.items():
                session.merge(Setting(key=key, value=json.dumps(value)))
                # the key is in before/after: some keys are longer than entity_id's 36 characters
                audit.record(session, actor, "settings.change", entity="settings",
                             before={key: _shown(key, current[key])}, after={key: _shown(key, value)}, at=at)
        return changed

    def central_url(self) -> str:
        """The central URL a sync connects with, its password from the credential store ('' when unset).

        Raises CredentialStoreError (French) when the store is missing or does not hold the password.
        """
        self.move_passwords_to_store()
        return with_password(self.get("sync.central_url"))

    def move_passwords_to_store(self) -> dict[str, str]:
        """The upgrade step of the desks that kept the password inside the URL, in clear, in the table.

        Each such password moves to the credential store and the row keeps the URL without it; SQLite's
        secure_delete overwrites the old row's bytes. Returns the rewritten URLs by key (empty: nothing to do).
        """
        moved: dict[str, str] = {}
        with self.db.read() as session:
            rows = {k: json.loads(r.value) for k in SPECS if SPECS[k].keyring and (r := session.get(Setting, k))}
        for key, stored in rows.items():
            url, password = split_password(stored)
            if password is not None:
                store_password(url, password)
                moved[key] = url
        if moved:
            with self.db.write() as session:
                session.execute(text("PRAGMA secure_delete = ON"))
                for key, url in moved.items():
                    session.merge(Setting(key=key, value=json.dumps(url)))
                    audit.record(session, None, "settings.secret_moved", entity="settings", entity_id=key,
                                 at=self.clock.now())
        return moved
