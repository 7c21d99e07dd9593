"""the person: conditions and allergies on the profile, other medicines, appointments

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PROFILE_TEXT = ("conditions", "condition_notes", "allergies")


def upgrade() -> None:
    with op.batch_alter_table("profile", schema=None) as batch_op:
        for name in _PROFILE_TEXT:
            # The default fills the profile row a diary already has.
            batch_op.add_column(sa.Column(name, sa.String(), nullable=False, server_default=""))
    op.create_table(
        "medication",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("dose", sa.String(), nullable=False),
        sa.Column("how_often", sa.String(), nullable=False),
        sa.Column("started", sa.Date(), nullable=True),
        sa.Column("stopped", sa.Date(), nullable=True),
        sa.Column("acts_on_immune_system", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "appointment",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at_utc", sa.DateTime(), nullable=False),
        sa.Column("tz", sa.String(), nullable=False),
        sa.Column("with_whom", sa.String(), nullable=False),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("questions", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_appointment_at_utc", "appointment", ["at_utc"])


def downgrade() -> None:
    op.drop_index("ix_appointment_at_utc", "appointment")
    op.drop_table("appointment")
    op.drop_table("medication")
    with op.batch_alter_table("profile", schema=None) as batch_op:
        for name in reversed(_PROFILE_TEXT):
            batch_op.drop_column(name)
