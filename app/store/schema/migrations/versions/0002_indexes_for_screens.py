"""indexes for the queries the screens make

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 17:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Reactions are looked up per injection (calendar) and per zone (body map); results per test
    # over time (charts).
    op.create_index("ix_site_reaction_injection_id", "site_reaction", ["injection_id"])
    op.create_index("ix_site_reaction_zone_id", "site_reaction", ["zone_id"])
    op.create_index("ix_injection_protocol_id", "injection", ["protocol_id"])


def downgrade() -> None:
    op.drop_index("ix_injection_protocol_id", "injection")
    op.drop_index("ix_site_reaction_zone_id", "site_reaction")
    op.drop_index("ix_site_reaction_injection_id", "site_reaction")
