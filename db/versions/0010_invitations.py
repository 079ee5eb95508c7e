"""invitations: the mail outbox carries HTML, inline images and attachments, and knows the expected visit an
invitation is about

Revision ID: 0010_invitations
Revises: 0009
Create Date: 2026-11-27 12:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010_invitations'
down_revision: str | Sequence[str] | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('mail_messages') as batch:
        batch.add_column(sa.Column('expected_visit_id', sa.String(length=36), nullable=True))
        batch.add_column(sa.Column('language', sa.String(length=5), nullable=False, server_default=''))
        batch.add_column(sa.Column('html_body', sa.Text(), nullable=False, server_default=''))
        batch.create_index('ix_mail_messages_expected_visit_id', ['expected_visit_id'], unique=False)
    op.create_table(
        'mail_parts',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('message_id', sa.Integer(), nullable=False),
        sa.Column('filename', sa.String(length=100), nullable=False),
        sa.Column('content_type', sa.String(length=60), nullable=False),
        sa.Column('content_id', sa.String(length=100), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['message_id'], ['mail_messages.id'],
                                name=op.f('fk_mail_parts_message_id_mail_messages'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_parts')),
    )
    op.create_index(op.f('ix_mail_parts_message_id'), 'mail_parts', ['message_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_mail_parts_message_id'), table_name='mail_parts')
    op.drop_table('mail_parts')
    with op.batch_alter_table('mail_messages') as batch:
        batch.drop_index('ix_mail_messages_expected_visit_id')
        batch.drop_column('html_body')
        batch.drop_column('language')
        batch.drop_column('expected_visit_id')
