"""central: sync bookkeeping (events, batches, conflicts, desk roles, schema) and the replicated tables

Revision ID: c001
Revises:
Create Date: 2026-11-26 12:30:00

The replicated tables follow the desks' Syncable models: `replicate()` creates them (and any table or
column declared since) with their txid trigger and row-level security; `reception central init` runs it
again after every upgrade.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from reception.sync.central import replicate

revision: str = 'c001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STAMP = dict(server_default=sa.func.now(), nullable=False)
_FUNCTIONS = """
CREATE OR REPLACE FUNCTION sync_stamp_txid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.central_txid := pg_current_xact_id()::text::bigint; RETURN NEW; END $$;
CREATE OR REPLACE FUNCTION sync_desk_site() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT site_code FROM sync_desk_roles WHERE role_name = current_user $$;
CREATE OR REPLACE FUNCTION sync_desk_code() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT desk_code FROM sync_desk_roles WHERE role_name = current_user $$;
"""
"""As first released (unqualified, search_path not pinned): c002 replaces them."""


def upgrade() -> None:
    op.create_table('sync_events',
    sa.Column('event_id', sa.String(36), primary_key=True),
    sa.Column('desk', sa.String(16), nullable=False),
    sa.Column('site_code', sa.String(16), nullable=False),
    sa.Column('epoch', sa.String(36), nullable=False),
    sa.Column('entity', sa.String(60), nullable=False),
    sa.Column('op', sa.String(10), nullable=False),
    sa.Column('row_id', sa.String(36), nullable=False),
    sa.Column('payload_hash', sa.String(64), nullable=False),
    sa.Column('schema_rev', sa.String(200), nullable=False),
    sa.Column('batch_id', sa.String(64), nullable=False),
    sa.Column('status', sa.String(12), nullable=False),
    sa.Column('applied_at', sa.DateTime(timezone=True), **_STAMP),
    sa.Column('txid', sa.BigInteger(), server_default=sa.text('(pg_current_xact_id()::text::bigint)'), nullable=True),
    sa.PrimaryKeyConstraint('event_id', name='pk_sync_events'),
    )
    op.create_index('ix_sync_events_desk_epoch', 'sync_events', ['desk', 'epoch'])
    op.create_table('sync_batches',
    sa.Column('batch_id', sa.String(64), primary_key=True),
    sa.Column('desk', sa.String(16), nullable=False),
    sa.Column('site_code', sa.String(16), nullable=False),
    sa.Column('epoch', sa.String(36), nullable=False),
    sa.Column('events', sa.Integer(), nullable=False),
    sa.Column('applied', sa.Integer(), nullable=False),
    sa.Column('duplicates', sa.Integer(), nullable=False),
    sa.Column('refused', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), **_STAMP),
    sa.PrimaryKeyConstraint('batch_id', name='pk_sync_batches'),
    )
    op.create_table('sync_conflicts',
    sa.Column('key', sa.String(120), primary_key=True),
    sa.Column('event_id', sa.String(36), nullable=False),
    sa.Column('desk', sa.String(16), nullable=False),
    sa.Column('site_code', sa.String(16), nullable=False),
    sa.Column('kind', sa.String(20), nullable=False),
    sa.Column('entity', sa.String(60), nullable=False),
    sa.Column('row_id', sa.String(36), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('detected_at', sa.DateTime(timezone=True), **_STAMP),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('key', name='pk_sync_conflicts'),
    )
    op.create_index('ix_sync_conflicts_event_id', 'sync_conflicts', ['event_id'])
    op.create_table('sync_desk_roles',
    sa.Column('role_name', sa.String(63), primary_key=True),
    sa.Column('site_code', sa.String(16), nullable=False),
    sa.Column('desk_code', sa.String(16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), **_STAMP),
    sa.PrimaryKeyConstraint('role_name', name='pk_sync_desk_roles'),
    )
    op.create_table('sync_schema',
    sa.Column('key', sa.String(40), primary_key=True),
    sa.Column('value', sa.String(400), nullable=False),
    sa.PrimaryKeyConstraint('key', name='pk_sync_schema'),
    )
    op.execute(_FUNCTIONS)
    replicate(op.get_bind())


def downgrade() -> None:
    for name in ('sync_schema', 'sync_desk_roles', 'sync_conflicts', 'sync_batches', 'sync_events'):
        op.drop_table(name)
