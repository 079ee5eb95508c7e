"""cafeteria: products, accounts, cash sessions, sales, vouchers, counters

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-26 11:55:18.944375
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import reception.core.models.base

revision: str = '0004'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = ('cafeteria',)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('cafeteria_counters',
    sa.Column('name', sa.String(length=20), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_cafeteria_counters'))
    )
    op.create_table('cafeteria_products',
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('voucher_label', sa.String(length=60), nullable=False),
    sa.Column('price_centimes', sa.Integer(), nullable=False),
    sa.Column('tva_rate_bp', sa.Integer(), nullable=False),
    sa.Column('vouchers_per_unit', sa.Integer(), nullable=False),
    sa.Column('validity_days', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('shortcut', sa.String(length=4), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('site_code', sa.String(length=16), nullable=False),
    sa.Column('origin_desk', sa.String(length=16), nullable=False),
    sa.Column('created_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cafeteria_products'))
    )
    op.create_table('cash_sessions',
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('opened_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('opened_by', sa.String(length=120), nullable=False),
    sa.Column('float_centimes', sa.Integer(), nullable=False),
    sa.Column('closed_at', reception.core.models.base.UTCDateTime(), nullable=True),
    sa.Column('closed_by', sa.String(length=120), nullable=False),
    sa.Column('counts_json', sa.Text(), nullable=False),
    sa.Column('expected_centimes', sa.Integer(), nullable=True),
    sa.Column('counted_centimes', sa.Integer(), nullable=True),
    sa.Column('variance_centimes', sa.Integer(), nullable=True),
    sa.Column('approved_by', sa.String(length=120), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('site_code', sa.String(length=16), nullable=False),
    sa.Column('origin_desk', sa.String(length=16), nullable=False),
    sa.Column('created_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_sessions'))
    )
    with op.batch_alter_table('cash_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cash_sessions_closed_at'), ['closed_at'], unique=False)
        batch_op.create_index('ix_cash_sessions_desk_number', ['origin_desk', 'number'], unique=True)

    op.create_table('cafeteria_accounts',
    sa.Column('tenant_id', sa.String(length=36), nullable=False),
    sa.Column('credit_limit_centimes', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('site_code', sa.String(length=16), nullable=False),
    sa.Column('origin_desk', sa.String(length=16), nullable=False),
    sa.Column('created_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], name=op.f('fk_cafeteria_accounts_tenant_id_tenants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cafeteria_accounts')),
    sa.UniqueConstraint('tenant_id', name=op.f('uq_cafeteria_accounts_tenant_id'))
    )
    op.create_table('sales',
    sa.Column('receipt_number', sa.String(length=24), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('sold_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('customer_kind', sa.String(length=10), nullable=False),
    sa.Column('tenant_id', sa.String(length=36), nullable=True),
    sa.Column('payment_method', sa.String(length=10), nullable=False),
    sa.Column('amount_given_centimes', sa.Integer(), nullable=False),
    sa.Column('change_due_centimes', sa.Integer(), nullable=False),
    sa.Column('card_reference', sa.String(length=40), nullable=False),
    sa.Column('total_ht_centimes', sa.Integer(), nullable=False),
    sa.Column('total_tva_centimes', sa.Integer(), nullable=False),
    sa.Column('total_ttc_centimes', sa.Integer(), nullable=False),
    sa.Column('cashier_id', sa.String(length=36), nullable=True),
    sa.Column('cashier_name', sa.String(length=120), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('voided_at', reception.core.models.base.UTCDateTime(), nullable=True),
    sa.Column('voided_by', sa.String(length=120), nullable=False),
    sa.Column('void_approved_by', sa.String(length=120), nullable=False),
    sa.Column('void_reason', sa.String(length=300), nullable=False),
    sa.Column('void_session_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('site_code', sa.String(length=16), nullable=False),
    sa.Column('origin_desk', sa.String(length=16), nullable=False),
    sa.Column('created_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['cash_sessions.id'], name=op.f('fk_sales_session_id_cash_sessions')),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], name=op.f('fk_sales_tenant_id_tenants')),
    sa.ForeignKeyConstraint(['void_session_id'], ['cash_sessions.id'], name=op.f('fk_sales_void_session_id_cash_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sales'))
    )
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.create_index('ix_sales_desk_receipt', ['origin_desk', 'receipt_number'], unique=True)
        batch_op.create_index('ix_sales_session_status', ['session_id', 'status'], unique=False)
        batch_op.create_index('ix_sales_sold_at', ['sold_at'], unique=False)
        batch_op.create_index('ix_sales_tenant_sold_at', ['tenant_id', 'sold_at'], unique=False)

    op.create_table('cash_movements',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('amount_centimes', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('by_name', sa.String(length=120), nullable=False),
    sa.Column('sale_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('site_code', sa.String(length=16), nullable=False),
    sa.Column('origin_desk', sa.String(length=16), nullable=False),
    sa.Column('created_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_cash_movements_sale_id_sales')),
    sa.ForeignKeyConstraint(['session_id'], ['cash_sessions.id'], name=op.f('fk_cash_movements_session_id_cash_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_movements'))
    )
    with op.batch_alter_table('cash_movements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cash_movements_session_id'), ['session_id'], unique=False)

    op.create_table('sale_lines',
    sa.Column('sale_id', sa.String(length=36), nullable=False),
    sa.Column('product_id', sa.String(length=36), nullable=False),
    sa.Column('product_name', sa.String(length=80), nullable=False),
    sa.Column('unit_price_centimes', sa.Integer(), nullable=False),
    sa.Column('tva_rate_bp', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('line_total_centimes', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('site_code', sa.String(length=16), nullable=False),
    sa.Column('origin_desk', sa.String(length=16), nullable=False),
    sa.Column('created_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['cafeteria_products.id'], name=op.f('fk_sale_lines_product_id_cafeteria_products')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_sale_lines_sale_id_sales')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sale_lines'))
    )
    with op.batch_alter_table('sale_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sale_lines_sale_id'), ['sale_id'], unique=False)

    op.create_table('vouchers',
    sa.Column('code', sa.String(length=11), nullable=False),
    sa.Column('signature', sa.String(length=8), nullable=False),
    sa.Column('label', sa.String(length=60), nullable=False),
    sa.Column('value_centimes', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.String(length=36), nullable=False),
    sa.Column('sale_id', sa.String(length=36), nullable=False),
    sa.Column('tenant_id', sa.String(length=36), nullable=True),
    sa.Column('issued_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=False),
    sa.Column('redeemed_at', reception.core.models.base.UTCDateTime(), nullable=True),
    sa.Column('redeemed_desk', sa.String(length=16), nullable=False),
    sa.Column('redeemed_by', sa.String(length=120), nullable=False),
    sa.Column('voided', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('site_code', sa.String(length=16), nullable=False),
    sa.Column('origin_desk', sa.String(length=16), nullable=False),
    sa.Column('created_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['cafeteria_products.id'], name=op.f('fk_vouchers_product_id_cafeteria_products')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_vouchers_sale_id_sales')),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], name=op.f('fk_vouchers_tenant_id_tenants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vouchers')),
    sa.UniqueConstraint('code', name=op.f('uq_vouchers_code'))
    )
    with op.batch_alter_table('vouchers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vouchers_expires_on'), ['expires_on'], unique=False)
        batch_op.create_index('ix_vouchers_redeemed_at', ['redeemed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_vouchers_sale_id'), ['sale_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('vouchers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vouchers_sale_id'))
        batch_op.drop_index('ix_vouchers_redeemed_at')
        batch_op.drop_index(batch_op.f('ix_vouchers_expires_on'))

    op.drop_table('vouchers')
    with op.batch_alter_table('sale_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sale_lines_sale_id'))

    op.drop_table('sale_lines')
    with op.batch_alter_table('cash_movements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cash_movements_session_id'))

    op.drop_table('cash_movements')
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.drop_index('ix_sales_tenant_sold_at')
        batch_op.drop_index('ix_sales_sold_at')
        batch_op.drop_index('ix_sales_session_status')
        batch_op.drop_index('ix_sales_desk_receipt')

    op.drop_table('sales')
    op.drop_table('cafeteria_accounts')
    with op.batch_alter_table('cash_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_cash_sessions_desk_number')
        batch_op.drop_index(batch_op.f('ix_cash_sessions_closed_at'))

    op.drop_table('cash_sessions')
    op.drop_table('cafeteria_products')
    op.drop_table('cafeteria_counters')
