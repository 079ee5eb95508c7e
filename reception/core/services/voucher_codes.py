"""Voucher codes and their signatures: what makes a voucher hard to mistype and impossible to forge.

A code is 10 random characters from an alphabet without look-alikes (no 0/O, 1/I/L) plus a check
character: the weighted sum Σ i·value(cᵢ) over the 11 characters is 0 modulo 31. 31 is prime and the
weights are distinct, so every single wrong character and every swap of two characters is caught.
The QR code carries the code followed by an 8-character HMAC-SHA256 signature under the site key;
the signature covers the code and the expiry date, so neither can be invented or extended without
the key. The key lives in a file beside the database (see SiteKey), never in a synced table.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reception.core.errors import DomainError
from reception.core.i18n import _
from reception.core.private_file import create_private_file

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
BASE = len(ALPHABET)  # 31, a prime
BODY_LENGTH = 10
CODE_LENGTH = BODY_LENGTH + 1
SIGNATURE_LENGTH = 8
QR_LENGTH = CODE_LENGTH + SIGNATURE_LENGTH
KEY_BYTES = 32
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_INVERSE_11 = pow(CODE_LENGTH, -1, BASE)


def check_char(body: str) -> str:
    """The character that makes Σ i·value(cᵢ) ≡ 0 (mod 31) over the whole code."""
    total = sum((i + 1) * _VALUE[c] for i, c in enumerate(body))
    return ALPHABET[(-total * _INVERSE_11) % BASE]


def new_code() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
    return body + check_char(body)


def is_well_formed(code: str) -> bool:
    """Right length, right alphabet, right check character."""
    return (len(code) == CODE_LENGTH and all(c in _VALUE for c in code)
            and check_char(code[:BODY_LENGTH]) == code[-1])


def printed(code: str) -> str:
    """ABCDE-FGHJK-C: how the code is printed and read aloud."""
    return f"{code[:5]}-{code[5:10]}-{code[10:]}"


def signature(key: bytes, code: str, expires_on: date) -> str:
    digest = hmac.new(key, f"{code}|{expires_on.isoformat()}".encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    for _position in range(SIGNATURE_LENGTH):
        number, index = divmod(number, BASE)
        chars.append(ALPHABET[index])
    return "".join(chars)


def qr_payload(code: str, sig: str) -> str:
    """Code then signature, upper-case alphanumerics only, so any keyboard-wedge scanner types it right."""
    return code + sig


def split_input(text: str) -> tuple[str, str | None]:
    """A typed code (with or without dashes and spaces, any case) or a scanned QR -> (code, signature)."""
    cleaned = "".join(text.split()).replace("-", "").upper()
    if len(cleaned) == QR_LENGTH:
        return cleaned[:CODE_LENGTH], cleaned[CODE_LENGTH:]
    return cleaned, None


def looks_like_voucher(text: str) -> bool:
    """For the scan router: a QR payload of ours (the matcher must not steal badge codes)."""
    code, sig = split_input(text)
    return sig is not None and is_well_formed(code)


class SiteKeyError(DomainError):
    """The site's key file is missing while vouchers exist, or is damaged: vouchers cannot be checked."""


class SiteKey:
    """The site's voucher key: KEY_BYTES random bytes in a file beside the database, readable by its owner only.

    Not in any table, so a copy of the database or of the central one is not enough to sign vouchers.
    Every desk of a site needs the same file (copied by an admin when a desk is installed). The file is
    created whole or not at all (core/private_file.py); a file of any other size is refused, and a missing
    file is only replaced by a new key while the site has no voucher yet: otherwise every voucher already
    sold would be refused as forged.
    """

    def __init__(self, folder: Path, site_code: str) -> None:
        self.site_code = site_code
        self.path = folder / f"voucher-key-{site_code}.bin"
        self._key: bytes | None = None

    def get(self, vouchers_exist: Callable[[], bool]) -> bytes:
        """`vouchers_exist` is asked only when the file is missing."""
        if self._key is None:
            if not self.path.exists():
                self._create(vouchers_exist)
            self._key = self._read()
        return self._key

    def _create(self, vouchers_exist: Callable[[], bool]) -> None:
        if vouchers_exist():
            raise SiteKeyError(_(
                "Clé des bons introuvable : {path}. Des bons ont déjà été émis avec elle : remettez ce "
                "fichier (copie d'un autre poste du site ou d'une sauvegarde). Une nouvelle clé ferait refuser "
                "tous les bons déjà vendus.").format(path=self.path))
        create_private_file(self.path, secrets.token_bytes(KEY_BYTES))

    def _read(self) -> bytes:
        data = self.path.read_bytes()
        if len(data) != KEY_BYTES:
            state = _("vide") if not data else _("de {size} octets au lieu de {expected}").format(
                size=len(data), expected=KEY_BYTES)
            raise SiteKeyError(_(
                "Clé des bons endommagée : {path} est {state}. Remettez la clé du site (copie d'un autre "
                "poste du site ou d'une sauvegarde) ; aucun bon n'est signé ni accepté sans elle.").format(
                    path=self.path, state=state))
        return data
