"""rooms: meeting rooms, tenant quotas, booking series and bookings

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-26 11:51:38.784661
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import reception.core.models.base

revision: str = '0003'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = ('rooms',)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('rooms',
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('floor', sa.String(length=20), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('equipment', sa.String(length=300), nullable=False),
    sa.Column('hourly_price_centimes', sa.Integer(), nullable=False),
    sa.Column('opens_at', sa.String(length=5), nullable=True),
    sa.Column('closes_at', sa.String(length=5), nullable=True),
    sa.Column('buffer_minutes', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('site_code', sa.String(length=16), nullable=False),
    sa.Column('origin_desk', sa.String(length=16), nullable=False),
    sa.Column('created_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rooms'))
    )
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rooms_name'), ['name'], unique=False)

    op.create_table('tenant_room_quotas',
    sa.Column('tenant_id', sa.String(length=36), nullable=False),
    sa.Column('free_minutes_per_month', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('site_code', sa.String(length=16), nullable=False),
    sa.Column('origin_desk', sa.String(length=16), nullable=False),
    sa.Column('created_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], name=op.f('fk_tenant_room_quotas_tenant_id_tenants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tenant_room_quotas')),
    sa.UniqueConstraint('tenant_id', name=op.f('uq_tenant_room_quotas_tenant_id'))
    )
    op.create_table('booking_series',
    sa.Column('room_id', sa.String(length=36), nullable=False),
    sa.Column('tenant_id', sa.String(length=36), nullable=False),
    sa.Column('organiser_employee_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('rule', sa.String(length=200), nullable=False),
    sa.Column('dtstart_local', sa.DateTime(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('count', sa.Integer(), nullable=True),
    sa.Column('attendees', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('site_code', sa.String(length=16), nullable=False),
    sa.Column('origin_desk', sa.String(length=16), nullable=False),
    sa.Column('created_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organiser_employee_id'], ['employees.id'], name=op.f('fk_booking_series_organiser_employee_id_employees')),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_booking_series_room_id_rooms')),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], name=op.f('fk_booking_series_tenant_id_tenants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_booking_series'))
    )
    op.create_table('bookings',
    sa.Column('room_id', sa.String(length=36), nullable=False),
    sa.Column('tenant_id', sa.String(length=36), nullable=False),
    sa.Column('organiser_employee_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('start_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('end_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('attendees', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('arrived_at', reception.core.models.base.UTCDateTime(), nullable=True),
    sa.Column('released_at', reception.core.models.base.UTCDateTime(), nullable=True),
    sa.Column('series_id', sa.String(length=36), nullable=True),
    sa.Column('occurrence_key', sa.DateTime(), nullable=True),
    sa.Column('detached', sa.Boolean(), nullable=False),
    sa.Column('conflict', sa.Boolean(), nullable=False),
    sa.Column('capacity_override_by', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('site_code', sa.String(length=16), nullable=False),
    sa.Column('origin_desk', sa.String(length=16), nullable=False),
    sa.Column('created_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', reception.core.models.base.UTCDateTime(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organiser_employee_id'], ['employees.id'], name=op.f('fk_bookings_organiser_employee_id_employees')),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_bookings_room_id_rooms')),
    sa.ForeignKeyConstraint(['series_id'], ['booking_series.id'], name=op.f('fk_bookings_series_id_booking_series')),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], name=op.f('fk_bookings_tenant_id_tenants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bookings'))
    )
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.create_index('ix_bookings_room_status_start_end', ['room_id', 'status', 'start_at', 'end_at'], unique=False)
        batch_op.create_index('ix_bookings_series', ['series_id'], unique=False)
        batch_op.create_index('ix_bookings_start_at', ['start_at'], unique=False)
        batch_op.create_index('ix_bookings_tenant_start', ['tenant_id', 'start_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.drop_index('ix_bookings_tenant_start')
        batch_op.drop_index('ix_bookings_start_at')
        batch_op.drop_index('ix_bookings_series')
        batch_op.drop_index('ix_bookings_room_status_start_end')

    op.drop_table('bookings')
    op.drop_table('booking_series')
    op.drop_table('tenant_room_quotas')
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rooms_name'))

    op.drop_table('rooms')
