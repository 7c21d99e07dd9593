"""lab ranges marked by where they came from, the SI unit of each test, and attachments

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Every range saved so far was typed (or left as the entry form filled it in): "printed".
    with op.batch_alter_table("lab_result", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("range_source", sa.String(), nullable=False, server_default="printed")
        )
    with op.batch_alter_table("lab_test", schema=None) as batch_op:
        batch_op.add_column(sa.Column("si_unit", sa.String(), nullable=False, server_default=""))
    op.create_table(
        "attachment",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("panel_id", sa.Integer(), nullable=True),
        sa.Column("reaction_id", sa.Integer(), nullable=True),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["panel_id"], ["lab_panel.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["reaction_id"], ["site_reaction.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_attachment_panel_id", "attachment", ["panel_id"])
    op.create_index("ix_attachment_reaction_id", "attachment", ["reaction_id"])
    op.create_table(
        "attachment_file",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["attachment_id"], ["attachment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("attachment_id"),
    )


def downgrade() -> None:
    op.drop_table("attachment_file")
    op.drop_index("ix_attachment_reaction_id", "attachment")
    op.drop_index("ix_attachment_panel_id", "attachment")
    op.drop_table("attachment")
    with op.batch_alter_table("lab_test", schema=None) as batch_op:
        batch_op.drop_column("si_unit")
    with op.batch_alter_table("lab_result", schema=None) as batch_op:
        batch_op.drop_column("range_source")
