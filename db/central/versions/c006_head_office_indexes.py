"""central: the indexes head office's reports need at six sites

Revision ID: c006_head_office_indexes
Revises: c003
Create Date: 2026-11-27 13:00:00

The replicated tables were created with their primary key and the pull's (site_code, central_txid, id)
only: every report over a period read the whole table. These are the period columns the report kinds filter
on (the desks' own SQLite indexes of the same name), the one join column they follow (a sale's lines), and
the vouchers still owed (a partial index).
Measured on six sites (docs/benchmarks.md, "Six sites at central").
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c006_head_office_indexes'
down_revision: str | Sequence[str] | None = 'c005_enrolment'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OUTSTANDING = "redeemed_at IS NULL AND NOT voided"
"""The vouchers still owed (a small part of all ever sold): the outstanding-vouchers report reads only these."""
SALE_FIGURES = ["status", "payment_method", "total_ht_centimes", "total_tva_centimes", "total_ttc_centimes", "id"]
"""What the sales report reads of a sale: with them in the index, a year of sales is an index-only scan."""
INDEXES: tuple[tuple[str, str, list[str]], ...] = (
    ("ix_sale_lines_sale_id", "sale_lines", ["sale_id"]),
    ("ix_visits_checked_in_at", "visits", ["checked_in_at"]),
    ("ix_audit_events_at", "audit_events", ["at"]),
    ("ix_bookings_start_at", "bookings", ["start_at"]),
    ("ix_cash_sessions_closed_at", "cash_sessions", ["closed_at"]),
    ("ix_cash_movements_at", "cash_movements", ["at"]),
)


def upgrade() -> None:
    op.create_index("ix_sales_sold_at", "sales", ["sold_at"], if_not_exists=True, postgresql_include=SALE_FIGURES)
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, if_not_exists=True)
    op.create_index("ix_vouchers_outstanding_expires_on", "vouchers", ["expires_on"], if_not_exists=True,
                    postgresql_where=sa.text(OUTSTANDING))


def downgrade() -> None:
    op.drop_index("ix_vouchers_outstanding_expires_on", table_name="vouchers", if_exists=True)
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table, if_exists=True)
    op.drop_index("ix_sales_sold_at", table_name="sales", if_exists=True)
