"""perf indexes: merges the areas' heads and adds the index Accueil's takings tile needs

Without statistics SQLite served "today's sales of this desk" from ix_sales_desk_receipt (equality on
origin_desk), reading every sale the desk ever made: 160 ms on ten years. With (origin_desk, status, sold_at)
it reads today's rows only.

Revision ID: 0007
Revises: 0002, 0003, 0004, 0006
Create Date: 2026-11-26 13:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0007'
down_revision: str | Sequence[str] | None = ('0002', '0003', '0004', '0006')
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_sales_desk_status_sold_at', 'sales', ['origin_desk', 'status', 'sold_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_sales_desk_status_sold_at', table_name='sales')
