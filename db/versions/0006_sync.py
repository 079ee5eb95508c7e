"""sync: desk-side sync state (runs, pull cursors, conflicts)

Revision ID: 0006
Revises: 0001
Create Date: 2026-11-26 12:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import reception.core.models.base

revision: str = '0006'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = ('sync',)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_conflicts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('other_row_id', sa.String(length=36), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('detected_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('resolved_at', reception.core.models.base.UTCDateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts')),
    sa.UniqueConstraint('key', name=op.f('uq_sync_conflicts_key'))
    )
    op.create_table('sync_cursors',
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('txid', sa.BigInteger(), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('entity', name=op.f('pk_sync_cursors'))
    )
    op.create_table('sync_runs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('trigger', sa.String(length=20), nullable=False),
    sa.Column('started_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('finished_at', reception.core.models.base.UTCDateTime(), nullable=True),
    sa.Column('pushed', sa.Integer(), nullable=False),
    sa.Column('pulled', sa.Integer(), nullable=False),
    sa.Column('conflicts', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.Integer(), nullable=True),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('warning', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_runs'))
    )


def downgrade() -> None:
    op.drop_table('sync_runs')
    op.drop_table('sync_cursors')
    op.drop_table('sync_conflicts')
