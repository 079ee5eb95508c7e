"""agreements: the versioned texts a visitor signs (per visit type and language) and the signatures

Both tables are desk-local; the default texts are written as version 1 the first time they are asked for
(core/services/agreements.py), so this migration holds no data.

Revision ID: 0012_agreements
Revises: 0009
Create Date: 2026-11-27 12:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import reception.core.models.base

revision: str = '0012_agreements'
down_revision: str | Sequence[str] | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'agreement_texts',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('visit_type', sa.String(length=20), nullable=False),
        sa.Column('language', sa.String(length=5), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('published_at', reception.core.models.base.UTCDateTime(), nullable=False),
        sa.Column('published_by', sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_texts')),
    )
    op.create_index('ix_agreement_texts_current', 'agreement_texts', ['visit_type', 'language', 'version'],
                    unique=True)
    op.create_table(
        'signed_agreements',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('visit_id', sa.String(length=36), nullable=False),
        sa.Column('visitor_id', sa.String(length=36), nullable=True),
        sa.Column('text_id', sa.String(length=36), nullable=False),
        sa.Column('text_sha256', sa.String(length=64), nullable=False),
        sa.Column('strokes', sa.LargeBinary(), nullable=True),
        sa.Column('strokes_sha256', sa.String(length=64), nullable=False),
        sa.Column('signed_at', reception.core.models.base.UTCDateTime(), nullable=False),
        sa.Column('desk_code', sa.String(length=16), nullable=False),
        sa.Column('recorded_by', sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(['text_id'], ['agreement_texts.id'],
                                name=op.f('fk_signed_agreements_text_id_agreement_texts')),
        sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_signed_agreements_visit_id_visits')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_signed_agreements')),
        sa.UniqueConstraint('visit_id', name=op.f('uq_signed_agreements_visit_id')),
    )
    op.create_index('ix_signed_agreements_visitor', 'signed_agreements', ['visitor_id', 'signed_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_signed_agreements_visitor', table_name='signed_agreements')
    op.drop_table('signed_agreements')
    op.drop_index('ix_agreement_texts_current', table_name='agreement_texts')
    op.drop_table('agreement_texts')
