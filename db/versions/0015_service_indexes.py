"""service indexes: a returning guest's visitor record by its search key; a cash session's voids by session

Revision ID: 0015_service_indexes
Revises: 0013_visit_photos
Create Date: 2026-11-27 16:20:00

Arrivée's search lists today's expected guests with the visitor record each would keep; that lookup
(`search_key = ? ORDER BY last_visit_at DESC LIMIT 1`) walked the whole visitors table along
ix_visitors_last_visit_at (EXPLAIN QUERY PLAN: SCAN visitors; 93 ms per guest on one year of visitors).
The Z report lists the sales voided or refunded in the session (`void_session_id = ? ORDER BY voided_at`):
SCAN sales, 406 ms on the 10-year demo, most of the report's query time.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0015_service_indexes'
down_revision: str | Sequence[str] | None = '0013_visit_photos'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_visitors_search_key', 'visitors', ['search_key', 'last_visit_at'])
    op.create_index('ix_sales_void_session', 'sales', ['void_session_id', 'voided_at'])


def downgrade() -> None:
    op.drop_index('ix_sales_void_session', table_name='sales')
    op.drop_index('ix_visitors_search_key', table_name='visitors')
