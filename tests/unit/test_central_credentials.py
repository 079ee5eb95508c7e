"""The desk's central password lives in the OS credential store (keyring), never in the settings table."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from reception.core.credentials import CENTRAL_SERVICE, CredentialStoreError
from reception.core.errors import ValidationError
from reception.core.models import AuditEvent, Setting
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from tests.file_keyring import FileKeyring, installed, no_store

PASSWORD = "Zq7-secret_Desk42"
URL = f"postgresql://desk_1a2b3c4d_cas_cas_a1:{PASSWORD}@central.technopark.ma:5432/reception"
BARE = "postgresql://desk_1a2b3c4d_cas_cas_a1@central.technopark.ma:5432/reception"


def _file_holds(path: Path, secret: str) -> bool:
    """The password anywhere in the database's bytes, after a checkpoint folded the WAL in."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return any(secret.encode() in p.read_bytes() for p in path.parent.glob(path.name + "*"))


def _stored(services: Services) -> str:
    with services.db.read() as session:
        row = session.get(Setting, "sync.central_url")
        return json.loads(row.value) if row else ""


def test_the_password_goes_to_the_credential_store_and_the_url_to_the_table(
        services: Services, admin: Actor, credential_store: FileKeyring) -> None:
    services.settings.update(admin, {"sync.central_url": URL}, at=services.clock.now())
    assert _stored(services) == BARE
    assert credential_store.get_password(CENTRAL_SERVICE, "desk_1a2b3c4d_cas_cas_a1") == PASSWORD
    assert services.settings.central_url() == URL
    assert not _file_holds(services.db.path, PASSWORD)
    assert oct(credential_store.path.stat().st_mode & 0o777) == "0o600"


def test_a_new_password_for_the_same_url_replaces_the_stored_one(
        services: Services, admin: Actor, credential_store: FileKeyring) -> None:
    services.settings.update(admin, {"sync.central_url": URL}, at=services.clock.now())
    services.settings.update(admin, {"sync.central_url": URL.replace(PASSWORD, "nouveau")}, at=services.clock.now())
    assert services.settings.central_url() == URL.replace(PASSWORD, "nouveau")
    with services.db.read() as session:
        changes = session.execute(select(AuditEvent.after).where(AuditEvent.action == "settings.change")).scalars()
        assert all(PASSWORD not in after and "nouveau" not in after for after in changes)


def test_a_password_kept_in_clear_by_an_older_desk_moves_to_the_store(
        services: Services, credential_store: FileKeyring) -> None:
    with services.db.write() as session:  # as versions before the credential store wrote it
        session.add(Setting(key="sync.central_url", value=json.dumps(URL)))
    assert _file_holds(services.db.path, PASSWORD)
    assert services.settings.move_passwords_to_store() == {"sync.central_url": BARE}
    assert _stored(services) == BARE
    assert not _file_holds(services.db.path, PASSWORD)
    assert services.settings.central_url() == URL
    assert services.settings.move_passwords_to_store() == {}  # once


def test_without_a_credential_store_the_password_is_refused_in_french(services: Services, admin: Actor) -> None:
    with installed(no_store()), pytest.raises(ValidationError, match="Aucun coffre de mots de passe") as refused:
        services.settings.update(admin, {"sync.central_url": URL}, at=services.clock.now())
    assert refused.value.errors.keys() == {"sync.central_url"}
    assert _stored(services) == ""


def test_without_a_credential_store_a_sync_cannot_find_its_password(services: Services, admin: Actor) -> None:
    services.settings.update(admin, {"sync.central_url": URL}, at=services.clock.now())
    with installed(no_store()), pytest.raises(CredentialStoreError, match="Aucun coffre de mots de passe"):
        services.settings.central_url()


def test_a_password_missing_from_the_store_is_named(services: Services, admin: Actor,
                                                    credential_store: FileKeyring) -> None:
    services.settings.update(admin, {"sync.central_url": URL}, at=services.clock.now())
    credential_store.delete_password(CENTRAL_SERVICE, "desk_1a2b3c4d_cas_cas_a1")
    with pytest.raises(CredentialStoreError, match="desk_1a2b3c4d_cas_cas_a1"):
        services.settings.central_url()


def test_reception_sync_without_a_store_says_so_in_one_line(
        services: Services, admin: Actor, capsys: pytest.CaptureFixture[str]) -> None:
    from reception.cli import main

    services.settings.update(admin, {"sync.central_url": URL}, at=services.clock.now())
    services.db.dispose()
    with installed(no_store()):
        code = main(["--db", str(services.db.path), "sync"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0 and len(err) == 1 and "Aucun coffre de mots de passe" in err[0]
