"""visit photos: one small JPEG per visit, local to the desk (never synced), gone with the visit's data

Revision ID: 0013_visit_photos
Revises: 0012_agreements
Create Date: 2026-11-27 12:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013_visit_photos'
down_revision: str | Sequence[str] | None = '0012_agreements'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'visit_photos',
        sa.Column('visit_id', sa.String(length=36), nullable=False),
        sa.Column('jpeg', sa.LargeBinary(), nullable=False),
        sa.Column('width', sa.Integer(), nullable=False),
        sa.Column('height', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=10), nullable=False),
        sa.Column('taken_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_visit_photos_visit_id_visits'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('visit_id', name=op.f('pk_visit_photos')),
    )


def downgrade() -> None:
    op.drop_table('visit_photos')
