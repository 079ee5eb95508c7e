"""French words for what goes wrong before any rule runs: the database file cannot be opened or written.

The command line maps these to one line and exit code 3 (database problem) instead of "Erreur inattendue".
"""

from __future__ import annotations

import errno
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from reception.core.i18n import _
from reception.core.paths import database_path


def storage_problem(db_arg: str | None, exc: BaseException) -> str | None:
    """What is wrong with the desk database's place, if that is what `exc` is about; else None."""
    local = isinstance(exc, DBAPIError) and isinstance(exc.orig, sqlite3.Error)
    if not (local or isinstance(exc, (sqlite3.Error, OSError))):
        return None
    path = database_path(db_arg)
    if path.is_dir():
        return _("{path} est un dossier : indiquez le fichier de la base (par exemple {example}).").format(
            path=path, example=path / "reception.db")
    if _read_only(path, exc):
        return _("Écriture impossible dans {folder} (dossier ou fichier en lecture seule) : choisissez un "
                 "dossier où vous avez le droit d'écrire, ou demandez ce droit.").format(folder=path.parent)
    return None


def _read_only(path: Path, exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return True
    if "readonly" in str(exc):
        return True
    if not path.parent.is_dir():
        return False
    try:  # a real try: permission bits say nothing for an administrator or a read-only mount
        with tempfile.TemporaryFile(dir=path.parent):
            return False
    except OSError:
        return True
