"""A real keyring backend for the tests: passwords in a JSON file readable by its owner only.

The machine running the tests has no Secret Service; keyring's own plug-in point (`keyring.set_keyring`)
takes this backend instead, so the code under test calls the real `keyring` API end to end.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    """{service: {user: password}} in one 0600 file, rewritten whole at each change."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _load(self) -> dict[str, dict[str, str]]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def _save(self, data: dict[str, dict[str, str]]) -> None:
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            json.dump(data, handle)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data.setdefault(service, {})[username] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if username not in data.get(service, {}):
            raise PasswordDeleteError(username)
        del data[service][username]
        self._save(data)


class EnvFileKeyring(FileKeyring):
    """The same store for a `reception` command run in a subprocess: keyring builds the backend named by
    PYTHON_KEYRING_BACKEND with no argument, so the file comes from RECEPTION_TEST_KEYRING."""

    @properties.classproperty
    def priority(cls) -> float:
        """Viable only where the variable is set: keyring never picks it on its own elsewhere."""
        if KEYRING_FILE_ENV not in os.environ:
            raise RuntimeError(f"{KEYRING_FILE_ENV} is not set")
        return 1

    def __init__(self) -> None:
        super().__init__(Path(os.environ[KEYRING_FILE_ENV]))


KEYRING_FILE_ENV = "RECEPTION_TEST_KEYRING"


def subprocess_env(store: FileKeyring) -> dict[str, str]:
    """The environment of a child `reception` process that shares this test's credential store."""
    return {**os.environ, "PYTHON_KEYRING_BACKEND": f"{__name__}.EnvFileKeyring", KEYRING_FILE_ENV: str(store.path)}


@contextmanager
def installed(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """The backend for the duration of a test, the previous one restored afterwards."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def no_store() -> KeyringBackend:
    """What keyring falls back to on a computer without any credential store."""
    return fail.Keyring()
