"""desk reference: a host added at the desk waits for facilities to confirm it (employees.pending), and a
pending host merged into the directory's record points to it (employees.merged_into_id)

Revision ID: 0011_desk_reference
Revises: 0009
Create Date: 2026-11-27 12:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011_desk_reference'
down_revision: str | Sequence[str] | None = '0010_invitations'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('employees') as batch:
        batch.add_column(sa.Column('pending', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column('merged_into_id', sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('employees') as batch:
        batch.drop_column('merged_into_id')
        batch.drop_column('pending')
