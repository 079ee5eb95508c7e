"""How long a text and how big a number may be: derived from the models, checked before anything is written.

The models are the one place where limits are declared: `String(n)` for short texts, `info=note_limit()` for
free text kept in a Text column. A form's checks call `overlong(Model, values)` so a screen gets every error
at once, next to its field; a flush guard (registered on import, like the outbox listener) checks every
row any service writes, so no overlong text reaches SQLite (which would keep it) and then central (whose
columns would refuse it: "value too long", and the row never gets there). Columns computed from others
(search keys, index words: `info=DERIVED`) are cut to their length instead, since folding may lengthen a
text ("ﷺ" folds to 18 letters). Integers beyond SQLite's 64 bits and dates outside FIRST_DAY..LAST_DAY are
refused the same way; `check_day`, `check_period` and `amount_error` give the services their own words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Integer, String, event, inspect
from sqlalchemy.orm import Session

from reception.core.errors import ValidationError
from reception.core.i18n import N_, Labels, _

NOTE_MAX = 2000
"""Free text typed by a person (notes, reasons): a paragraph or two, never a pasted document."""
INT64_MAX = 2**63 - 1
DERIVED = {"derived": True}
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2099, 12, 31)
"""The days the console deals with: a year typed as 0026 or 20260 is a typo, and the calendar arithmetic
around year 1 or 9999 would overflow."""
MAX_CENTIMES = 99_999_999_999
"""The largest amount anyone types (999,999,999.99 DH, what parse_dh reads): far beyond any drawer."""

FIELD_LABELS: Labels[str] = Labels({
    "last_name": N_("Nom"), "first_name": N_("Prénom"), "full_name": N_("Nom complet"), "name": N_("Nom"),
    "organisation": N_("Organisation"), "phone": N_("Téléphone"), "email": N_("E-mail"),
    "id_type": N_("Type de pièce"), "id_number": N_("N° de pièce"), "notes": N_("Notes"),
    "event_name": N_("Événement"), "legal_name": N_("Raison sociale"), "address": N_("Adresse"), "city": N_("Ville"),
    "ice": N_("ICE"), "if_number": N_("Identifiant fiscal"), "tp_number": N_("Patente"), "floor": N_("Étage"),
    "office": N_("Bureau"), "sector": N_("Secteur"), "job_title": N_("Fonction"), "equipment": N_("Équipements"),
    "title": N_("Objet"), "reason": N_("Motif"), "void_reason": N_("Motif d'annulation"),
    "username": N_("Identifiant"), "label": N_("Libellé"), "voucher_label": N_("Libellé du bon"),
    "product_name": N_("Produit"), "card_reference": N_("Référence de carte"), "code": N_("Code"),
    "shortcut": N_("Raccourci"), "rule": N_("Récurrence"), "by_name": N_("Nom"), "subject": N_("Objet"),
    "to": N_("Destinataire"), "badge_number": N_("N° de badge"), "amount": N_("Montant"),
    "amount_centimes": N_("Montant"), "float": N_("Fond de caisse"), "float_centimes": N_("Fond de caisse"),
    "date": N_("Date"), "day": N_("Date"), "date_from": N_("Du"), "date_to": N_("Au"), "until": N_("Date de fin"),
    "start_at": N_("Début"), "end_at": N_("Fin"), "expected_end": N_("Fin prévue"), "visitor_name": N_("Visiteur"),
    "host_name": N_("Personne visitée"), "host_company": N_("Société visitée"), "tenant": N_("Société"),
    "tenant_name": N_("Société"), "room": N_("Salle"), "room_name": N_("Salle"), "status": N_("Statut"),
    "active": N_("Actif"), "role": N_("Rôle"), "visit_type": N_("Type de visite"), "capacity": N_("Places"),
    "hourly_price_centimes": N_("Prix horaire"), "attendees": N_("Participants"), "receipt": N_("Ticket"),
    "receipt_number": N_("N° de ticket"), "number": N_("Numéro"), "total": N_("Total"), "expected": N_("Attendu"),
    "counted": N_("Compté"), "variance": N_("Écart"), "file": N_("Fichier"), "bytes": N_("Taille (octets)"),
    "quantity": N_("Quantité"), "price_centimes": N_("Prix"), "tva_rate_bp": N_("Taux de TVA"), "value": N_("Valeur"),
    "language": N_("Langue"), "pending": N_("À confirmer"),
    "arrival_date": N_("Date d'arrivée"), "arrived_at": N_("Arrivée"), "added": N_("Ajouté(s)"),
    "updated": N_("Mis à jour"), "skipped": N_("Ignoré(s)"), "refused": N_("Refusé(s)"), "count": N_("Nombre"),
    "approved_by": N_("Approuvé par"), "decided_by": N_("Décidé par"), "booked": N_("Réservé"),
    "cancelled": N_("Annulé(s)"), "checkout_kind": N_("Type de sortie"), "cutoff": N_("Date limite"),
    "description": N_("Description"), "desk": N_("Poste"), "employees": N_("Salariés"), "kind": N_("Nature"),
    "payment": N_("Paiement"), "reprint_count": N_("Réimpressions"), "resolved": N_("Réglé"),
    "source": N_("Source"), "tenants": N_("Sociétés"), "version": N_("Version"), "visitors": N_("Visiteurs"),
    "visits": N_("Visites"), "vouchers": N_("Bons"),
})
"""Names of fields in words, by column name (the same name means the same thing in every table); the French
labels are catalogue entries, read in the current language."""


def note_limit() -> dict[str, int]:
    """`info` for a Text column typed by a person."""
    return {"max_length": NOTE_MAX}


def label(field: str) -> str:
    return FIELD_LABELS.get(field, field)


@dataclass(frozen=True)
class _Limit:
    key: str
    column: str
    kind: str  # "text", "int" or "date"
    length: int = 0
    derived: bool = False


_LIMITS: dict[type[Any], tuple[_Limit, ...]] = {}


def _limits(model: type[Any]) -> tuple[_Limit, ...]:
    """Every limited column of the model: texts with their length, integers, dates and times."""
    if model not in _LIMITS:
        _LIMITS[model] = tuple(_read_limits(model))
    return _LIMITS[model]


def _read_limits(model: type[Any]) -> list[_Limit]:
    found = []
    for attr in inspect(model).column_attrs:
        column = attr.columns[0]
        kind = column.type
        length = column.info.get("max_length") or getattr(kind, "length", None)
        if isinstance(kind, String) and length:
            found.append(_Limit(attr.key, column.name, "text", int(length), bool(column.info.get("derived"))))
        elif isinstance(kind, Integer):
            found.append(_Limit(attr.key, column.name, "int"))
        elif isinstance(kind, (Date, DateTime)) or isinstance(getattr(kind, "impl", None), DateTime):
            found.append(_Limit(attr.key, column.name, "date"))
    return found


def max_length(model: type[Any], column: str) -> int:
    """The longest text the column holds (the UI may use it for its fields' maxLength)."""
    return next(limit.length for limit in _limits(model) if limit.column == column and limit.kind == "text")


def text_problem(field: str, value: str, length: int) -> str | None:
    """Too long for its column, or holding a NUL character (which PostgreSQL, at central, refuses)."""
    if len(value) > length:
        return _("{field} : {length} caractères au plus ({typed} saisis).").format(
            field=label(field), length=length, typed=len(value))
    if "\x00" in value:
        return _("{field} : caractère nul (\\0) non admis.").format(field=label(field))
    return None


def overlong(model: type[Any], values: Mapping[str, Any]) -> dict[str, str]:
    """Errors for the texts of `values` (by column name) longer than the model's columns, in the current language."""
    errors = {}
    for limit in _limits(model):
        value = values.get(limit.column)
        if limit.kind == "text" and not limit.derived and isinstance(value, str):
            problem = text_problem(limit.column, value, limit.length)
            if problem:
                errors[limit.column] = problem
    return errors


MAX_PAGE = 100_000
"""The most rows one read hands back: no screen or export of the console pages further than this."""


def page_size(limit: int) -> int:
    """A page size a query can take: never negative, never beyond MAX_PAGE."""
    return max(0, min(limit, MAX_PAGE))


def out_of_range(field: str) -> str:
    return _("{field} : nombre trop grand.").format(field=label(field))


def day_error(day: date, field: str = "date") -> str | None:
    if FIRST_DAY <= day <= LAST_DAY:
        return None
    return _("{field} : le {day} est hors limites (du {first} au {last}).").format(
        field=label(field), day=f"{day:%d/%m}/{day.year}", first=f"{FIRST_DAY:%d/%m/%Y}",
        last=f"{LAST_DAY:%d/%m/%Y}")


def check_day(day: date, field: str = "date") -> None:
    """The backstop of every day turned into instants (clock.local_day_bounds): a domain error, not an
    OverflowError, for a day far outside the console's years."""
    problem = day_error(day, field)
    if problem:
        raise ValidationError({field: problem})


def check_period(date_from: date, date_to: date, fields: tuple[str, str] = ("date_from", "date_to")) -> None:
    """Both days within bounds and in order; says which is wrong."""
    errors = {f: p for f, d in zip(fields, (date_from, date_to), strict=True) if (p := day_error(d, f))}
    if not errors and date_from > date_to:
        errors[fields[1]] = _("La période se termine le {end}, avant son début le {start}.").format(
            end=f"{date_to:%d/%m/%Y}", start=f"{date_from:%d/%m/%Y}")
    if errors:
        raise ValidationError(errors)


def amount_error(centimes: int, field: str = "amount", *, allow_zero: bool = False) -> str | None:
    """Positive (or zero where allowed) and at most MAX_CENTIMES."""
    if centimes < 0 or (centimes == 0 and not allow_zero):
        return _("{field} : le montant doit être positif.").format(field=label(field))
    if centimes > MAX_CENTIMES:
        return _("{field} : montant trop grand (999 999 999,99 DH au plus).").format(field=label(field))
    return None


def _check(obj: Any, only_changed: bool) -> dict[str, str]:
    errors: dict[str, str] = {}
    state = inspect(obj)
    for limit in _limits(type(obj)):
        if only_changed and not state.attrs[limit.key].history.added:
            continue
        value, name = getattr(obj, limit.key), limit.column
        if limit.kind == "text" and isinstance(value, str):
            if limit.derived:
                setattr(obj, limit.key, value[:limit.length].replace("\x00", ""))
            elif problem := text_problem(name, value, limit.length):
                errors[name] = problem
        elif limit.kind == "int" and isinstance(value, int) and not -INT64_MAX - 1 <= value <= INT64_MAX:
            errors[name] = out_of_range(name)
        elif limit.kind == "date" and isinstance(value, date):
            problem = day_error(value.date() if isinstance(value, datetime) else value, name)
            if problem:
                errors[name] = problem
    return errors


@event.listens_for(Session, "before_flush")
def _guard_limits(session: Session, flush_context: Any, instances: Any) -> None:
    """The backstop for every service: an overlong text or a huge integer never reaches the database."""
    for objects, only_changed in ((session.new, False), (session.dirty, True)):
        for obj in objects:
            errors = _check(obj, only_changed)
            if errors:
                raise ValidationError(errors)
