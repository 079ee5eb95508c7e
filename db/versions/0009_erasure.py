"""erasure: host e-mails know the visit they announce, and the outbox is indexed by row, so erasing a
visitor finds and scrubs both without reading the whole outbox

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 09:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | Sequence[str] | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('mail_messages') as batch:
        batch.add_column(sa.Column('visit_id', sa.String(length=36), nullable=True))
        batch.create_index('ix_mail_messages_visit_id', ['visit_id'], unique=False)
    op.create_index('ix_outbox_row', 'outbox', ['row_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_outbox_row', table_name='outbox')
    with op.batch_alter_table('mail_messages') as batch:
        batch.drop_index('ix_mail_messages_visit_id')
        batch.drop_column('visit_id')
