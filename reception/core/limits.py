"""How long a text and how big a number may be: derived from the models, checked before anything is written.

The models are the one place where limits are declared: `String(n)` for short texts, `info=note_limit()` for
free text kept in a Text column. A form's checks call `overlong(Model, values)` so a screen gets every error
at once, next to its field; a flush guard (registered on import, like the outbox listener) checks every
row any service writes, so no overlong text reaches SQLite (which would keep it) and then central (whose
columns would refuse it: "value too long", and the row never gets there). Columns computed from others
(search keys, index words: `info=DERIVED`) are cut to their length instead, since folding may lengthen a
text ("ﷺ" folds to 18 letters). Integers beyond SQLite's 64 bits are refused the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Integer, String, event, inspect
from sqlalchemy.orm import Session

from reception.core.errors import ValidationError

NOTE_MAX = 2000
"""Free text typed by a person (notes, reasons): a paragraph or two, never a pasted document."""
INT64_MAX = 2**63 - 1
DERIVED = {"derived": True}

FIELD_LABELS: dict[str, str] = {
    "last_name": "Nom", "first_name": "Prénom", "full_name": "Nom complet", "name": "Nom",
    "organisation": "Organisation", "phone": "Téléphone", "email": "E-mail", "id_type": "Type de pièce",
    "id_number": "N° de pièce", "notes": "Notes", "event_name": "Événement", "legal_name": "Raison sociale",
    "address": "Adresse", "city": "Ville", "ice": "ICE", "if_number": "Identifiant fiscal",
    "tp_number": "Patente", "floor": "Étage", "office": "Bureau", "sector": "Secteur", "job_title": "Fonction",
    "equipment": "Équipements", "title": "Objet", "reason": "Motif", "void_reason": "Motif d'annulation",
    "username": "Identifiant", "label": "Libellé", "voucher_label": "Libellé du bon", "product_name": "Produit",
    "card_reference": "Référence de carte", "code": "Code", "shortcut": "Raccourci", "rule": "Récurrence",
    "by_name": "Nom", "subject": "Objet", "to": "Destinataire", "badge_number": "N° de badge",
}
"""French names of fields, by column name (the same name means the same thing in every table)."""


def note_limit() -> dict[str, int]:
    """`info` for a Text column typed by a person."""
    return {"max_length": NOTE_MAX}


def label(field: str) -> str:
    return FIELD_LABELS.get(field, field)


_Limit = tuple[str, str, int, bool]
_LIMITS: dict[type[Any], tuple[_Limit, ...]] = {}


def _limits(model: type[Any]) -> tuple[_Limit, ...]:
    """(attribute, column, max length, derived) of every limited text column, and (…, 0, False) for ints."""
    if model not in _LIMITS:
        _LIMITS[model] = _read_limits(model)
    return _LIMITS[model]


def _read_limits(model: type[Any]) -> tuple[_Limit, ...]:
    found = []
    for attr in inspect(model).column_attrs:
        column = attr.columns[0]
        length = column.info.get("max_length") or getattr(column.type, "length", None)
        if isinstance(column.type, String) and length:
            found.append((attr.key, column.name, int(length), bool(column.info.get("derived"))))
        elif isinstance(column.type, Integer):
            found.append((attr.key, column.name, 0, False))
    return tuple(found)


def max_length(model: type[Any], column: str) -> int:
    """The longest text the column holds (the UI may use it for its fields' maxLength)."""
    return next(length for _, name, length, _ in _limits(model) if name == column)


def too_long(field: str, value: str, length: int) -> str:
    return f"{label(field)} : {length} caractères au plus ({len(value)} saisis)."


def overlong(model: type[Any], values: Mapping[str, Any]) -> dict[str, str]:
    """Errors for the texts of `values` (by column name) longer than the model's columns, in French."""
    errors = {}
    for _, name, length, derived in _limits(model):
        value = values.get(name)
        if length and not derived and isinstance(value, str) and len(value) > length:
            errors[name] = too_long(name, value, length)
    return errors


def out_of_range(field: str) -> str:
    return f"{label(field)} : nombre trop grand."


def _check(obj: Any, only_changed: bool) -> dict[str, str]:
    errors: dict[str, str] = {}
    state = inspect(obj)
    for key, name, length, derived in _limits(type(obj)):
        if only_changed and not state.attrs[key].history.added:
            continue
        value = getattr(obj, key)
        if length == 0:
            if isinstance(value, int) and not -INT64_MAX - 1 <= value <= INT64_MAX:
                errors[name] = out_of_range(name)
        elif isinstance(value, str) and len(value) > length:
            if derived:
                setattr(obj, key, value[:length])
            else:
                errors[name] = too_long(name, value, length)
    return errors


@event.listens_for(Session, "before_flush")
def _guard_limits(session: Session, flush_context: Any, instances: Any) -> None:
    """The backstop for every service: an overlong text or a huge integer never reaches the database."""
    for objects, only_changed in ((session.new, False), (session.dirty, True)):
        for obj in objects:
            errors = _check(obj, only_changed)
            if errors:
                raise ValidationError(errors)
