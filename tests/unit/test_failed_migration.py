"""An update whose migration fails: the backup taken just before goes back in place, nothing is lost.

The failing migration is a real Alembic script added on top of today's heads in a copy of the migrations
(the seam: `reception.core.database.migrations_dir`). It commits half of its work before it fails, as a
migration that SQLite cannot wrap in one transaction would, so only the restore can undo it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from reception.cli import main
from reception.core import database
from reception.core.backups import list_backups
from reception.core.database import Database, alembic_config, open_for_startup
from reception.core.errors import MigrationFailed
from reception.core.models import Tenant
from reception.core.paths import migrations_dir
from reception.core.services.container import Services

BROKEN = '''"""a migration that fails half-way"""
from alembic import op

revision = "9999_broken"
down_revision = {heads!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE half_done (x INTEGER)")
    op.get_bind().exec_driver_sql("COMMIT")  # the first half escapes the migration's transaction
    op.get_bind().exec_driver_sql("BEGIN")
    raise RuntimeError("migration cassée")


def downgrade() -> None:
    pass
'''


@pytest.fixture
def broken_update(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Today's migrations plus one that fails, as the next version's would: the folder the app upgrades from."""
    scripts = tmp_path / "next-version-db"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("central", "__pycache__"))
    heads = tuple(sorted(ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()))
    (scripts / "versions" / "9999_broken.py").write_text(BROKEN.format(heads=heads[0] if len(heads) == 1 else heads))
    monkeypatch.setattr(database, "migrations_dir", lambda: scripts)
    return scripts


def test_a_failed_migration_puts_the_backup_back(services: Services, admin, db_path: Path,
                                                  broken_update: Path) -> None:
    services.directory.save_tenant(admin, {"name": "Atlas Digital SARL"})
    before = services.db.current_revisions()
    services.db.dispose()

    with pytest.raises(MigrationFailed, match="remise telle qu'avant"):
        open_for_startup(db_path)

    [backup] = list_backups(db_path)
    assert "migration" in backup.name
    db = Database(db_path)
    try:
        assert db.current_revisions() == before
        assert "half_done" not in inspect(db.engine).get_table_names()  # the half-done work is gone
        with db.read() as session:
            assert [t.name for t in session.query(Tenant)] == ["Atlas Digital SARL"]
        assert db.quick_check() == []
    finally:
        db.dispose()
    assert list(db_path.parent.glob("*.failed-migration-*"))  # the half-migrated file, for the support


def test_the_command_line_says_so_in_one_line(services: Services, db_path: Path, broken_update: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    services.db.dispose()
    assert main(["--db", str(db_path), "audit", "verify"]) == 3
    err = capsys.readouterr().err.strip()
    assert err.startswith("Erreur : La mise à jour de la base a échoué") and "\n" not in err
