"""Pure rules of the visitors capability: field checks, ID masking, search words, badge numbers and codes.

Kept apart from the service so they can be tested and reused (the guest-list import checks each line with
the same rules as the check-in form) without a database.
"""

from __future__ import annotations

import re
import secrets
from datetime import date, datetime
from typing import TYPE_CHECKING

from reception.core.i18n import _
from reception.core.limits import overlong
from reception.core.models.visits import VISIT_TYPES, Visit, Visitor
from reception.core.text import fold

if TYPE_CHECKING:  # visits_types shows masked contacts with this module's rules
    from reception.core.services.visits_types import CheckInForm

BADGE_CODE_ALPHABET = "BCDEFGHJKLNPRSTUVX23456789"
"""New badge codes: no letter that a keyboard-layout mismatch swaps (A/Q, Z/W, M on AZERTY, Y/Z on QWERTZ),
so a badge read by a scanner set for another layout still reads back to one code (see scan_codes)."""
LEGACY_BADGE_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
BADGE_CODE_LENGTH = 14
BADGE_CODE_PATTERN = re.compile(rf"^V[{LEGACY_BADGE_CODE_ALPHABET}]{{{BADGE_CODE_LENGTH}}}$")
"""What a scanned visitor badge looks like (badges printed before the new alphabet included)."""

MIN_SEARCH_LETTERS = 3

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$")
_MOROCCAN_PHONE = re.compile(r"^(?:\+212|0)[5-7]\d{8}$")
_INTERNATIONAL_PHONE = re.compile(r"^\+\d{8,15}$")
_WORD_SPLIT = re.compile(r"[\W_]+")


def new_badge_code() -> str:
    """An opaque random code for the badge's QR code: no personal data, about 66 bits of chance."""
    return "V" + "".join(secrets.choice(BADGE_CODE_ALPHABET) for _ in range(BADGE_CODE_LENGTH))


def normalise_badge_code(scanned: str) -> str:
    """Scanners may add spaces or type lower case (caps lock); the code itself is upper case."""
    return scanned.strip().upper()


def badge_number(desk_code: str, day: date, counter: int) -> str:
    """'A1-261126-007': the desk's short code, the day and the desk's gapless counter for that day."""
    short = desk_code.rsplit("-", 1)[-1] or desk_code
    return f"{short}-{day:%d%m%y}-{counter:03d}"


def normalise_phone(phone: str) -> str:
    compact = re.sub(r"[\s.\-()/]", "", phone.strip())
    return "+" + compact[2:] if compact.startswith("00") else compact


def normalise_id_number(number: str) -> str:
    return re.sub(r"[\s\-]", "", number).upper()


def mask_id_number(number: str) -> str:
    """Keeps only the last 4 characters readable (law 09-08: the desk does not need the full number)."""
    clean = normalise_id_number(number)
    if len(clean) <= 4:
        return clean
    return "•" * (len(clean) - 4) + clean[-4:]


def mask_email(email: str) -> str:
    """'elodie@alami.ma' -> 'e•••@alami.ma': enough to tell two namesakes apart at the desk."""
    local, at, domain = email.strip().partition("@")
    return f"{local[:1]}•••{at}{domain}" if local else ""


def mask_phone(phone: str) -> str:
    """'0612345678' -> '06 •• •• •• 78'."""
    digits = normalise_phone(phone) if phone.strip() else ""
    return f"{digits[:-8]} •• •• •• {digits[-2:]}" if len(digits) >= 8 else ""


def search_words(text: str) -> list[str]:
    """The folded words of a name or query: 'El-Fassi Élodie' -> ['el', 'fassi', 'elodie']."""
    return [w for w in _WORD_SPLIT.split(fold(text)) if w]


def visitor_search_key(last_name: str, first_name: str, organisation: str) -> str:
    return fold(f"{last_name} {first_name} {organisation}")


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix` (for an index range)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def check_person(last_name: str, first_name: str, phone: str, email: str) -> dict[str, str]:
    """Errors for a visitor's identity fields, by field name, in the current language."""
    errors: dict[str, str] = {}
    if not last_name.strip():
        errors["last_name"] = _("Le nom est obligatoire.")
    if not first_name.strip():
        errors["first_name"] = _("Le prénom est obligatoire.")
    if email.strip() and not _EMAIL.match(email.strip()):
        errors["email"] = _("Adresse e-mail invalide (exemple : nom@societe.ma).")
    if phone.strip():
        compact = normalise_phone(phone)
        if not (_MOROCCAN_PHONE.match(compact) or _INTERNATIONAL_PHONE.match(compact)):
            errors["phone"] = _("Téléphone invalide : un numéro marocain (06 12 34 56 78, +212 6 12 34 56 78) "
                                "ou international (+33 6 12 34 56 78).")
    return errors


def form_lengths(form: CheckInForm) -> dict[str, str]:
    """Texts of a check-in or pre-registration form longer than the columns that keep them."""
    texts = {name: value.strip() for name, value in vars(form).items() if isinstance(value, str)}
    return overlong(Visitor, texts) | overlong(Visit, {"notes": texts["notes"]})


def check_visit(host_employee_id: str, visit_type: str, expected_end: datetime | None, now: datetime,
                id_type: str = "", id_number: str = "") -> dict[str, str]:
    """Errors for the visit's fields, by field name, in the current language."""
    errors: dict[str, str] = {}
    if not host_employee_id:
        errors["host_employee_id"] = _("Choisissez la personne visitée.")
    if visit_type not in VISIT_TYPES:
        errors["visit_type"] = _("Type de visite inconnu.")
    if expected_end is not None and expected_end <= now:
        errors["expected_end"] = _("L'heure de fin prévue doit être postérieure à maintenant.")
    if id_number.strip() and not id_type.strip():
        errors["id_type"] = _("Précisez le type de pièce d'identité.")
    return errors
