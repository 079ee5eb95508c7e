"""sync epochs: the desk's numbering series and last acknowledged event; conflict settlements to share

A restored desk numbers in a provisional series (`local_identity.series`, a visible prefix) until its
sync has pulled back from central what it had pushed since the backup; `acked_event` is the last event of
this desk that central acknowledged (or that a recovery brought back); `history_loaded` says that rows
written without outbox events (the demo, an import) went up with the initial load. A settled conflict keeps its reason
and when the settlement reached central (`shared_at`).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 09:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import reception.core.models.base

revision: str = '0008'
down_revision: str | Sequence[str] | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('local_identity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('series', sa.String(length=8), server_default='', nullable=False))
        batch_op.add_column(sa.Column('acked_event', sa.String(length=36), server_default='', nullable=False))
        batch_op.add_column(sa.Column('history_loaded', sa.Boolean(), server_default='0', nullable=False))
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resolution', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('shared_at', reception.core.models.base.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_column('shared_at')
        batch_op.drop_column('resolution')
    with op.batch_alter_table('local_identity', schema=None) as batch_op:
        batch_op.drop_column('history_loaded')
        batch_op.drop_column('acked_event')
        batch_op.drop_column('series')
