"""how a logged dose counts: the scheduled dose it stands for, or an extra one

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 08:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Injections logged before this revision are matched by the schedule, as they were.
    with op.batch_alter_table("injection") as batch_op:
        batch_op.add_column(sa.Column("counts_for_utc", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("extra", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("injection") as batch_op:
        batch_op.drop_column("extra")
        batch_op.drop_column("counts_for_utc")
