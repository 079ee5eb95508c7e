"""The one-time enrolment code: what it looks like, and the secrets derived from it.

Head office prints the code (`reception central add-desk`); the desk's technician types it. Everything the
desk needs to join follows from the code alone, through scrypt (slow on purpose, salted per purpose):
- the name and password of a throw-away login role that may only redeem this code (central creates it);
- the key that opens the desk's sealed password, which central keeps only in sealed form.
Central therefore never holds the code, nor the desk's password in a readable form (docs/architecture.md,
"Enrolling a desk").

The code is 16 characters of the badges' alphabet (no A/Q, Z/W, M, Y that keyboard layouts swap, no 0/O
or 1/I), about 75 bits, typed in four groups of four; case, spaces and dashes do not matter.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from reception.core.errors import ValidationError
from reception.core.i18n import _
from reception.core.services.visits_rules import BADGE_CODE_ALPHABET

ALPHABET = BADGE_CODE_ALPHABET
GROUPS, GROUP_LENGTH = 4, 4
LENGTH = GROUPS * GROUP_LENGTH
_SALT = b"reception-enrolment-v1"
_SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}


class SealBroken(Exception):
    """The sealed password does not open with this code (tampered with, or another code's)."""


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _i in range(LENGTH))


def normalise_code(typed: str, field: str = "code") -> str:
    """The code as typed, upper-cased without separators; refused next to `field` when it cannot be one."""
    code = "".join(ch for ch in typed.upper() if not ch.isspace() and ch not in "-_.")
    if len(code) != LENGTH:
        raise ValidationError({field: _("Le code d'inscription a {n} caractères (4 groupes de 4) ; "
                                        "{typed} en compte {count}.").format(n=LENGTH, typed=typed.strip() or "«  »",
                                                                             count=len(code))})
    wrong = sorted({ch for ch in code if ch not in ALPHABET})
    if wrong:
        raise ValidationError({field: _("Caractère(s) impossible(s) dans un code d'inscription : {chars} "
                                        "(ni 0, 1, A, I, M, O, Q, W, Y, Z).").format(chars=" ".join(wrong))})
    return code


def shown(code: str) -> str:
    """BCDF-GH23-…: the groups a person reads and types."""
    return "-".join(code[i:i + GROUP_LENGTH] for i in range(0, LENGTH, GROUP_LENGTH))


@dataclass(frozen=True)
class CodeSecrets:
    """What the code derives: the redeeming login and the key of the sealed desk password."""

    login_role: str
    login_password: str
    seal_key: bytes


def derive(code: str) -> CodeSecrets:
    material = hashlib.scrypt(code.encode(), salt=_SALT, dklen=80, maxmem=64 * 1024 * 1024, **_SCRYPT)
    return CodeSecrets("enrol_" + material[:10].hex(), material[10:40].hex(), material[40:80])


def _subkeys(key: bytes) -> tuple[bytes, bytes]:
    return hashlib.sha256(b"encrypt" + key).digest(), hashlib.sha256(b"authenticate" + key).digest()


def seal(secret: str, key: bytes) -> str:
    """Encrypt-then-MAC with a key used for this one message only: a SHAKE-256 keystream and HMAC-SHA-256.

    One key seals one password once (a new code for every new password), so the keystream is never reused;
    the standard library suffices and the desk build needs no cryptography package.
    """
    plain = secret.encode()
    encrypt, authenticate = _subkeys(key)
    cipher = bytes(a ^ b for a, b in zip(plain, hashlib.shake_256(encrypt).digest(len(plain)), strict=True))
    tag = hmac.new(authenticate, cipher, hashlib.sha256).digest()
    return base64.b64encode(tag + cipher).decode()


def unseal(sealed: str, key: bytes) -> str:
    raw = base64.b64decode(sealed)
    tag, cipher = raw[:32], raw[32:]
    encrypt, authenticate = _subkeys(key)
    if not hmac.compare_digest(tag, hmac.new(authenticate, cipher, hashlib.sha256).digest()):
        raise SealBroken("the sealed password does not open with this code")
    return bytes(a ^ b for a, b in zip(cipher, hashlib.shake_256(encrypt).digest(len(cipher)), strict=True)).decode()
