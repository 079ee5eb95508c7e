"""The desk's central password: in the operating system's credential store, never in a table.

`keyring` picks the store: Windows Credential Manager, the macOS Keychain, or the Secret Service on Linux.
The settings table keeps the central URL without its password; the password is filed under the service
CENTRAL_SERVICE and the desk's PostgreSQL role (the URL's user name), and put back into the URL only when a
sync connects. Tests install a backend of their own with `keyring.set_keyring`.
"""

from __future__ import annotations

import logging

import keyring
from keyring.errors import KeyringError
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from reception.core.errors import DomainError
from reception.core.i18n import N_, _

CENTRAL_SERVICE = "reception-central"

log = logging.getLogger(__name__)


class CredentialStoreError(DomainError):
    """No credential store on this computer, or the password is not in it."""


NO_STORE = N_("Aucun coffre de mots de passe n'est disponible sur cet ordinateur (Gestionnaire d'identification "
            "Windows, Trousseau macOS ou Secret Service) : le mot de passe de la base centrale ne peut pas "
            "y être rangé.")


def split_password(url: str) -> tuple[str, str | None]:
    """(the URL without its password, the password or None); anything that is no URL comes back as is."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url, None
    if parsed.password is None:
        return url, None
    bare = URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database,
                      parsed.query)  # URL.set(password=None) would keep it
    return bare.render_as_string(hide_password=False), str(parsed.password)


def require_store() -> None:
    """Refuses before anything is used up (a one-time enrolment code) when no store can keep a password."""
    try:
        keyring.get_password(CENTRAL_SERVICE, "")
    except KeyringError as exc:
        log.warning("credential store unavailable: %s", exc)
        raise CredentialStoreError(_(NO_STORE)) from exc


def store_password(url: str, password: str) -> None:
    """Files the password under the URL's user (the desk's role)."""
    user = make_url(url).username or ""
    try:
        keyring.set_password(CENTRAL_SERVICE, user, password)
    except KeyringError as exc:
        log.warning("credential store unavailable: %s", exc)
        raise CredentialStoreError(_(NO_STORE)) from exc


def with_password(url: str) -> str:
    """The URL a sync connects with: its password taken back from the credential store.

    A URL that still carries a password (typed on the command line with --central) is used as given.
    """
    if not url or split_password(url)[1] is not None:
        return url
    parsed = make_url(url)
    user = parsed.username or ""
    try:
        password = keyring.get_password(CENTRAL_SERVICE, user)
    except KeyringError as exc:
        log.warning("credential store unavailable: %s", exc)
        raise CredentialStoreError(_(NO_STORE)) from exc
    if password is None:
        raise CredentialStoreError(_(
            "Le mot de passe de la base centrale pour le rôle {role} n'est pas dans le coffre de mots de passe "
            "de cet ordinateur : saisissez de nouveau l'URL complète dans Paramètres › Synchronisation.").format(
                role=user))
    return parsed.set(password=password).render_as_string(hide_password=False)
