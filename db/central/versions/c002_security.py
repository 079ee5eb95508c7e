"""central security: pinned helper functions, append-only audit trail, the role map's own policy

Revision ID: c002
Revises: c001
Create Date: 2026-11-27 09:50:00

- The policy helpers and the txid trigger function are schema-qualified and run with
  `search_path = pg_catalog, public, pg_temp`: a desk's temporary table or function named like them
  (pg_temp is otherwise searched first for tables) can no longer stand in for the role map. They stay
  SECURITY INVOKER: the role map's own policy shows each desk its line, which is all they read.
- audit_events is append-only for everyone: a row trigger refuses UPDATE and DELETE and a statement
  trigger TRUNCATE (desks also lose those privileges: see `desk_grants()`).
- Nobody but this database's desks (granted one by one) may connect or create temporary tables, and
  nobody but the owner creates anything in the schema.
- A random id per central database goes into desk role names (roles are cluster-wide).
"""

from collections.abc import Sequence

from alembic import op

from reception.sync.central import replicate

revision: str = 'c002'
down_revision: str | Sequence[str] | None = 'c001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PINNED = "SET search_path = pg_catalog, public, pg_temp"

UPGRADE = f"""
CREATE OR REPLACE FUNCTION public.sync_stamp_txid() RETURNS trigger LANGUAGE plpgsql {PINNED} AS $$
BEGIN NEW.central_txid := pg_catalog.pg_current_xact_id()::text::bigint; RETURN NEW; END $$;
CREATE OR REPLACE FUNCTION public.sync_desk_site() RETURNS text LANGUAGE sql STABLE {PINNED} AS $$
  SELECT r.site_code::text FROM public.sync_desk_roles AS r WHERE r.role_name = CURRENT_USER $$;
CREATE OR REPLACE FUNCTION public.sync_desk_code() RETURNS text LANGUAGE sql STABLE {PINNED} AS $$
  SELECT r.desk_code::text FROM public.sync_desk_roles AS r WHERE r.role_name = CURRENT_USER $$;

CREATE FUNCTION public.sync_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql {PINNED} AS $$
BEGIN
  RAISE EXCEPTION 'audit_events est en ajout seul : % refusé', TG_OP USING ERRCODE = 'P0001';
END $$;
CREATE TRIGGER trg_audit_events_append_only BEFORE UPDATE OR DELETE ON public.audit_events
  FOR EACH ROW EXECUTE FUNCTION public.sync_refuse_audit_change();
CREATE TRIGGER trg_audit_events_no_truncate BEFORE TRUNCATE ON public.audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION public.sync_refuse_audit_change();

ALTER TABLE public.sync_desk_roles ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_line ON public.sync_desk_roles FOR SELECT USING (role_name = CURRENT_USER);

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON FUNCTION public.sync_refuse_audit_change() FROM PUBLIC;
DO $$ BEGIN
  EXECUTE pg_catalog.format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', pg_catalog.current_database());
END $$;

INSERT INTO public.sync_schema (key, value)
  VALUES ('database_id', pg_catalog.substr(pg_catalog.md5(pg_catalog.gen_random_uuid()::text), 1, 8))
  ON CONFLICT (key) DO NOTHING;
"""

DOWNGRADE = """
DELETE FROM public.sync_schema WHERE key = 'database_id';
DO $$ BEGIN
  EXECUTE pg_catalog.format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO PUBLIC', pg_catalog.current_database());
END $$;
DROP POLICY own_line ON public.sync_desk_roles;
ALTER TABLE public.sync_desk_roles DISABLE ROW LEVEL SECURITY;
DROP TRIGGER trg_audit_events_no_truncate ON public.audit_events;
DROP TRIGGER trg_audit_events_append_only ON public.audit_events;
DROP FUNCTION public.sync_refuse_audit_change();
"""


def upgrade() -> None:
    op.execute(UPGRADE)
    replicate(op.get_bind())  # every existing desk role down to exactly the protocol's privileges


def downgrade() -> None:
    op.execute(DOWNGRADE)
    # The helpers keep their pinned search_path: going back to the shadowable version would reopen
    # the hole, and c001's schema works the same with them.
