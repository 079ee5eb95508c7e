"""central: two partial indexes head office's reports need at six sites × ten years

Revision ID: c007_ten_year_indexes
Revises: c006_head_office_indexes
Create Date: 2026-11-27 16:40:00

Measured on six sites × ten years (docs/benchmarks.md, "Six sites at central"):
- the evacuation list (everyone not checked out) read all 4.7 million visits for 324 rows (Parallel Seq Scan,
  3.5 s): a partial index over the visits still open holds only those;
- the vouchers still owed (77,610 of 6.1 million) were found through c006's partial index, then fetched from
  the heap one by one, three times per report (1.2 s each): the same index now carries what the outstanding
  vouchers report and the account statement read (label, value, company), so they are index-only scans.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c007_ten_year_indexes'
down_revision: str | Sequence[str] | None = 'c006_head_office_indexes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INSIDE = "checked_out_at IS NULL"
OUTSTANDING = "redeemed_at IS NULL AND NOT voided"
VOUCHER_FIGURES = ["label", "value_centimes", "tenant_id"]


def upgrade() -> None:
    op.create_index("ix_visits_inside", "visits", ["checked_in_at"], if_not_exists=True,
                    postgresql_where=sa.text(INSIDE))
    op.drop_index("ix_vouchers_outstanding_expires_on", table_name="vouchers", if_exists=True)
    op.create_index("ix_vouchers_outstanding_expires_on", "vouchers", ["expires_on"],
                    postgresql_where=sa.text(OUTSTANDING), postgresql_include=VOUCHER_FIGURES)


def downgrade() -> None:
    op.drop_index("ix_vouchers_outstanding_expires_on", table_name="vouchers", if_exists=True)
    op.create_index("ix_vouchers_outstanding_expires_on", "vouchers", ["expires_on"],
                    postgresql_where=sa.text(OUTSTANDING))
    op.drop_index("ix_visits_inside", table_name="visits", if_exists=True)
