"""central: each desk's last acknowledged event (restore detection) and conflicts as shared data

Revision ID: c003
Revises: c002
Create Date: 2026-11-27 09:50:00

`sync_desk_state` holds, per desk, the last event central committed from it: a desk whose file no longer
knows that event was restored (or copied back) and pulls its own rows back before it numbers anything.
`sync_conflicts` gains the other row of a pair (overlaps, the sale a refused redemption paid for), who
settled it and why, so conflicts travel both ways. `replicate()` adds `central_epoch` to every replicated
table (the desk history that last wrote the row), which `central init` runs after this upgrade.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c003'
down_revision: str | Sequence[str] | None = 'c002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_desk_state',
    sa.Column('desk', sa.String(16), nullable=False),
    sa.Column('site_code', sa.String(16), nullable=False),
    sa.Column('last_event_id', sa.String(36), nullable=False),
    sa.Column('epoch', sa.String(36), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.PrimaryKeyConstraint('desk', name='pk_sync_desk_state'),
    )
    op.add_column('sync_conflicts', sa.Column('other_row_id', sa.String(36), server_default='', nullable=False))
    op.add_column('sync_conflicts', sa.Column('resolved_by', sa.String(60), server_default='', nullable=False))
    op.add_column('sync_conflicts', sa.Column('resolution', sa.Text(), server_default='', nullable=False))
    op.create_index('ix_sync_conflicts_site_open', 'sync_conflicts', ['site_code', 'resolved_at'])


def downgrade() -> None:
    op.drop_index('ix_sync_conflicts_site_open', table_name='sync_conflicts')
    for column in ('resolution', 'resolved_by', 'other_row_id'):
        op.drop_column('sync_conflicts', column)
    op.drop_table('sync_desk_state')
