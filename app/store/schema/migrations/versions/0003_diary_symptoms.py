"""symptoms on the diary entry: the label's reactions and the person's own words

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Entries written before this revision list no symptoms: an empty text, never NULL.
    with op.batch_alter_table("diary_entry") as batch:
        batch.add_column(sa.Column("symptoms", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("diary_entry") as batch:
        batch.drop_column("symptoms")
