"""central: one-time enrolment codes, and the lowest desk version central accepts

Revision ID: c005_enrolment
Revises: c003
Create Date: 2026-11-27 12:40:00

- `sync_enrolments`: one entry per code printed by `central add-desk`, keyed by the throw-away login role the
  code derives (sync/enrolment_code.py). It holds the desk's password only sealed with a key derived from the
  code, which central never stores; the seal is erased when the code is used or found expired.
- `public.sync_enrol()`, SECURITY DEFINER with a pinned search_path, is the one thing an enrolment role may
  do: it answers for the session's own login role only, once (`ok`, then `used`), before the expiry
  (`expired`), and hands the sealed password out at most once. No table is granted to enrolment roles.
- `sync_batches.app_version`: the console version that pushed each batch. A trigger refuses a batch from a
  version older than `sync_schema.min_desk_version` (`central require-version`): even a desk too old to
  know the rule cannot push.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c005_enrolment'
down_revision: str | Sequence[str] | None = 'c003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PINNED = "SET search_path = pg_catalog, public, pg_temp"

UPGRADE = f"""
CREATE FUNCTION public.sync_enrol()
  RETURNS TABLE (answer text, desk_role_name text, site text, desk text, sealed_password text)
  LANGUAGE plpgsql SECURITY DEFINER {PINNED} AS $$
DECLARE entry public.sync_enrolments%ROWTYPE;
BEGIN
  SELECT * INTO entry FROM public.sync_enrolments AS e WHERE e.login_role = SESSION_USER FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'unknown'::text, NULL::text, NULL::text, NULL::text, NULL::text;
  ELSIF entry.used_at IS NOT NULL THEN
    RETURN QUERY SELECT 'used'::text, NULL::text, NULL::text, NULL::text, NULL::text;
  ELSIF entry.expires_at <= pg_catalog.now() THEN
    UPDATE public.sync_enrolments AS e SET sealed = NULL WHERE e.login_role = entry.login_role;
    RETURN QUERY SELECT 'expired'::text, NULL::text, NULL::text, NULL::text, NULL::text;
  ELSE
    UPDATE public.sync_enrolments AS e SET used_at = pg_catalog.now(), sealed = NULL
      WHERE e.login_role = entry.login_role;
    RETURN QUERY SELECT 'ok'::text, entry.desk_role::text, entry.site_code::text, entry.desk_code::text,
                        entry.sealed::text;
  END IF;
END $$;
REVOKE ALL ON FUNCTION public.sync_enrol() FROM PUBLIC;

CREATE FUNCTION public.sync_version_parts(version text) RETURNS integer[] LANGUAGE sql IMMUTABLE {PINNED} AS $$
  SELECT pg_catalog.string_to_array(pg_catalog.substring(version, '^[0-9]+(?:\\.[0-9]+)*'), '.')::integer[] $$;
CREATE FUNCTION public.sync_check_desk_version() RETURNS trigger LANGUAGE plpgsql {PINNED} AS $$
DECLARE minimum text;
BEGIN
  SELECT s.value INTO minimum FROM public.sync_schema AS s WHERE s.key = 'min_desk_version';
  IF minimum IS NOT NULL AND (NEW.app_version IS NULL
      OR public.sync_version_parts(NEW.app_version) < public.sync_version_parts(minimum)) THEN
    RAISE EXCEPTION 'console % trop ancienne : la base centrale demande la version % au moins',
      COALESCE(NEW.app_version, '(inconnue)'), minimum USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER trg_sync_batches_version BEFORE INSERT ON public.sync_batches
  FOR EACH ROW EXECUTE FUNCTION public.sync_check_desk_version();
"""

DOWNGRADE = """
DO $$ DECLARE login text; BEGIN
  FOR login IN SELECT e.login_role FROM public.sync_enrolments AS e LOOP
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = login) THEN
      EXECUTE pg_catalog.format('DROP OWNED BY %I', login);
      EXECUTE pg_catalog.format('DROP ROLE %I', login);
    END IF;
  END LOOP;
END $$;
DROP TRIGGER trg_sync_batches_version ON public.sync_batches;
DROP FUNCTION public.sync_check_desk_version();
DROP FUNCTION public.sync_version_parts(text);
DROP FUNCTION public.sync_enrol();
DELETE FROM public.sync_schema WHERE key = 'min_desk_version';
"""


def upgrade() -> None:
    op.create_table('sync_enrolments',
    sa.Column('login_role', sa.String(63), nullable=False),
    sa.Column('desk_role', sa.String(63), nullable=False),
    sa.Column('site_code', sa.String(16), nullable=False),
    sa.Column('desk_code', sa.String(16), nullable=False),
    sa.Column('sealed', sa.Text(), nullable=True),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.PrimaryKeyConstraint('login_role', name='pk_sync_enrolments'),
    )
    op.add_column('sync_batches', sa.Column('app_version', sa.String(40), nullable=True))
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
    op.drop_column('sync_batches', 'app_version')
    op.drop_table('sync_enrolments')
