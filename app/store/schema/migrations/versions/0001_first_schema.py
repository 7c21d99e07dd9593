"""first schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24 17:18:01.240144
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "diary_entry",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("energy", sa.Integer(), nullable=True),
        sa.Column("fatigue", sa.Integer(), nullable=True),
        sa.Column("wellbeing", sa.Integer(), nullable=True),
        sa.Column("sick", sa.Boolean(), nullable=False),
        sa.Column("sickness_kind", sa.String(), nullable=False),
        sa.Column("temperature_c", sa.Float(), nullable=True),
        sa.Column("site_trouble", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("tags", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("day"),
    )
    op.create_table(
        "lab_panel",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("collected_on", sa.Date(), nullable=False),
        sa.Column("lab", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("lab_panel", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_lab_panel_collected_on"), ["collected_on"], unique=False
        )

    op.create_table(
        "lab_test",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("group", sa.String(), nullable=False),
        sa.Column("unit", sa.String(), nullable=False),
        sa.Column("loinc", sa.String(), nullable=False),
        sa.Column("abbrev", sa.String(), nullable=False),
        sa.Column("qualitative", sa.Boolean(), nullable=False),
        sa.Column("other_units", sa.String(), nullable=False),
        sa.Column("never_convert", sa.String(), nullable=False),
        sa.Column("low_male", sa.Float(), nullable=True),
        sa.Column("high_male", sa.Float(), nullable=True),
        sa.Column("low_female", sa.Float(), nullable=True),
        sa.Column("high_female", sa.Float(), nullable=True),
        sa.Column("plausible_low", sa.Float(), nullable=True),
        sa.Column("plausible_high", sa.Float(), nullable=True),
        sa.Column("wrong_unit_above", sa.Float(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("user_defined", sa.Boolean(), nullable=False),
        sa.Column("user_edited", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "monitoring_group",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("group", sa.String(), nullable=False),
        sa.Column("min_months", sa.Integer(), nullable=False),
        sa.Column("max_months", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("user_edited", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("group"),
    )
    op.create_table(
        "profile",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("sex", sa.String(), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("cautions", sa.String(), nullable=False),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "protocol",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product", sa.String(), nullable=False),
        sa.Column("dose", sa.Float(), nullable=False),
        sa.Column("dose_unit", sa.String(), nullable=False),
        sa.Column("route", sa.String(), nullable=False),
        sa.Column("weekdays", sa.String(), nullable=False),
        sa.Column("every_n_days", sa.Integer(), nullable=True),
        sa.Column("time_of_day", sa.String(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("planned_end", sa.Date(), nullable=True),
        sa.Column("paused_from", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("window_hours", sa.Float(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "rule_state",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("rule_id", sa.String(), nullable=False),
        sa.Column("dismissed_evidence", sa.String(), nullable=False),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("rule_id"),
    )
    op.create_table(
        "setting",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "vial",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product", sa.String(), nullable=False),
        sa.Column("lot", sa.String(), nullable=False),
        sa.Column("expiry", sa.Date(), nullable=True),
        sa.Column("strength_mg", sa.Float(), nullable=True),
        sa.Column("diluent_ml", sa.Float(), nullable=True),
        sa.Column("reconstituted_at", sa.DateTime(), nullable=True),
        sa.Column("beyond_use_hours", sa.Float(), nullable=True),
        sa.Column("storage_notes", sa.String(), nullable=False),
        sa.Column("frozen_thawed", sa.Boolean(), nullable=False),
        sa.Column("finished_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "zone",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("area", sa.String(), nullable=False),
        sa.Column("view", sa.String(), nullable=False),
        sa.Column("side", sa.String(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("disabled_reason", sa.String(), nullable=False),
        sa.Column("preferred", sa.Boolean(), nullable=False),
        sa.Column("user_edited", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "injection",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taken_at_utc", sa.DateTime(), nullable=False),
        sa.Column("tz", sa.String(), nullable=False),
        sa.Column("protocol_id", sa.Integer(), nullable=True),
        sa.Column("dose", sa.Float(), nullable=False),
        sa.Column("dose_unit", sa.String(), nullable=False),
        sa.Column("zone_id", sa.String(), nullable=False),
        sa.Column("volume_ml", sa.Float(), nullable=True),
        sa.Column("vial_id", sa.Integer(), nullable=True),
        sa.Column("needle", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["protocol_id"], ["protocol.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["vial_id"], ["vial.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("injection", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_injection_taken_at_utc"), ["taken_at_utc"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_injection_zone_id"), ["zone_id"], unique=False)

    op.create_table(
        "lab_result",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("panel_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("test_code", sa.String(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(), nullable=False),
        sa.Column("comparator", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("range_low", sa.Float(), nullable=True),
        sa.Column("range_high", sa.Float(), nullable=True),
        sa.Column("range_text", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["panel_id"], ["lab_panel.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("panel_id", "position"),
    )
    with op.batch_alter_table("lab_result", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lab_result_panel_id"), ["panel_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_lab_result_test_code"), ["test_code"], unique=False)

    op.create_table(
        "site_reaction",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("injection_id", sa.Integer(), nullable=True),
        sa.Column("zone_id", sa.String(), nullable=False),
        sa.Column("observed_at_utc", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=False),
        sa.Column("resolved_at_utc", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["injection_id"], ["injection.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("site_reaction")
    with op.batch_alter_table("lab_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lab_result_test_code"))
        batch_op.drop_index(batch_op.f("ix_lab_result_panel_id"))

    op.drop_table("lab_result")
    with op.batch_alter_table("injection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_injection_zone_id"))
        batch_op.drop_index(batch_op.f("ix_injection_taken_at_utc"))

    op.drop_table("injection")
    op.drop_table("zone")
    op.drop_table("vial")
    op.drop_table("setting")
    op.drop_table("rule_state")
    op.drop_table("protocol")
    op.drop_table("profile")
    op.drop_table("monitoring_group")
    op.drop_table("lab_test")
    with op.batch_alter_table("lab_panel", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lab_panel_collected_on"))

    op.drop_table("lab_panel")
    op.drop_table("diary_entry")
