"""The diary's tables, declared once, in plain Python.

Everything that moves rows reads this: the reader (which columns, decoded how), the writer
(encoded how, which key), the JSON import (what type each field must have) and the CSV export.
Alembic's metadata is built from it only when a file needs migrating (`schema.metadata`), and a
test checks it against what the migrations create. No SQLAlchemy here: the daily path never
imports it.

Every table also keeps `created_at` and `updated_at` (UTC); no record carries them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["int", "float", "text", "bool", "date", "datetime", "blob"]

BOOKKEEPING = ("created_at", "updated_at")


@dataclass(frozen=True)
class Col:
    name: str
    kind: Kind
    nullable: bool = False
    default: Any = None  # what an insert without this field stores (None: it must be given)
    references: str = ""  # "table.column" for a foreign key
    on_delete: str = ""  # "SET NULL" or "CASCADE"
    index: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    key: tuple[str, ...]  # the primary key's columns
    columns: tuple[Col, ...]  # without the bookkeeping times
    autoincrement: bool = False  # an integer key SQLite assigns
    unique: tuple[tuple[str, ...], ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Col:
        return next(c for c in self.columns if c.name == name)


def _t(name: str, key: str | tuple[str, ...], *columns: Col, **options: Any) -> Table:
    return Table(name, key if isinstance(key, tuple) else (key,), columns, **options)


def _id() -> Col:
    return Col("id", "int")


TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        _t("setting", "key", Col("key", "text"), Col("value", "text", default="")),
        _t(
            "profile",
            "id",
            Col("id", "int", default=1),
            Col("name", "text", default=""),
            Col("sex", "text", default="unknown"),
            Col("birth_year", "int", nullable=True),
            Col("cautions", "text", default=""),
            Col("timezone", "text", default=""),
            Col("conditions", "text", default=""),
            Col("condition_notes", "text", default=""),
            Col("allergies", "text", default=""),
        ),
        _t(
            "zone",
            "id",
            Col("id", "text"),
            Col("label", "text"),
            Col("area", "text"),
            Col("view", "text"),
            Col("side", "text"),
            Col("sort_order", "int", default=0),
            Col("enabled", "bool", default=True),
            Col("disabled_reason", "text", default=""),
            Col("preferred", "bool", default=False),
            Col("user_edited", "bool", default=False),
        ),
        _t(
            "protocol",
            "id",
            _id(),
            Col("product", "text"),
            Col("dose", "float"),
            Col("dose_unit", "text"),
            Col("route", "text", default="subcutaneous"),
            Col("weekdays", "text", default=""),
            Col("every_n_days", "int", nullable=True),
            Col("time_of_day", "text", default="20:00"),
            Col("start", "date"),
            Col("planned_end", "date", nullable=True),
            Col("paused_from", "date", nullable=True),
            Col("ended_on", "date", nullable=True),
            Col("window_hours", "float", default=12.0),
            Col("notes", "text", default=""),
            autoincrement=True,
        ),
        _t(
            "vial",
            "id",
            _id(),
            Col("product", "text"),
            Col("lot", "text", default=""),
            Col("expiry", "date", nullable=True),
            Col("strength_mg", "float", nullable=True),
            Col("diluent_ml", "float", nullable=True),
            Col("reconstituted_at", "datetime", nullable=True),
            Col("beyond_use_hours", "float", nullable=True),
            Col("storage_notes", "text", default=""),
            Col("frozen_thawed", "bool", default=False),
            Col("finished_on", "date", nullable=True),
            autoincrement=True,
        ),
        _t(
            "injection",
            "id",
            _id(),
            Col("taken_at_utc", "datetime", index=True),
            Col("tz", "text"),
            Col(
                "protocol_id",
                "int",
                nullable=True,
                references="protocol.id",
                on_delete="SET NULL",
                index=True,
            ),
            Col("dose", "float"),
            Col("dose_unit", "text"),
            Col("zone_id", "text", index=True),
            Col("volume_ml", "float", nullable=True),
            Col("vial_id", "int", nullable=True, references="vial.id", on_delete="SET NULL"),
            Col("needle", "text", default=""),
            Col("notes", "text", default=""),
            Col("counts_for_utc", "datetime", nullable=True),
            Col("extra", "bool", default=False),
            autoincrement=True,
        ),
        _t(
            "site_reaction",
            "id",
            _id(),
            Col(
                "injection_id",
                "int",
                nullable=True,
                references="injection.id",
                on_delete="SET NULL",
                index=True,
            ),
            Col("zone_id", "text", index=True),
            Col("observed_at_utc", "datetime"),
            Col("kind", "text"),
            Col("grade", "int"),
            Col("resolved_at_utc", "datetime", nullable=True),
            Col("notes", "text", default=""),
            autoincrement=True,
        ),
        _t(
            "diary_entry",
            "day",
            Col("day", "date"),
            Col("energy", "int", nullable=True),
            Col("fatigue", "int", nullable=True),
            Col("wellbeing", "int", nullable=True),
            Col("sick", "bool", default=False),
            Col("sickness_kind", "text", default=""),
            Col("temperature_c", "float", nullable=True),
            Col("site_trouble", "bool", default=False),
            Col("notes", "text", default=""),
            Col("tags", "text", default=""),
            # rash, joint_pain, hand_swelling (the label's reactions), then the person's own words
            Col("symptoms", "text", default=""),
        ),
        _t(
            "lab_test",
            "code",
            Col("code", "text"),
            Col("name", "text"),
            Col("group", "text"),
            Col("unit", "text"),
            Col("loinc", "text", default=""),
            Col("abbrev", "text", default=""),
            Col("qualitative", "bool", default=False),
            Col("other_units", "text", default="{}"),
            Col("never_convert", "text", default=""),
            Col("low_male", "float", nullable=True),
            Col("high_male", "float", nullable=True),
            Col("low_female", "float", nullable=True),
            Col("high_female", "float", nullable=True),
            Col("plausible_low", "float", nullable=True),
            Col("plausible_high", "float", nullable=True),
            Col("wrong_unit_above", "float", nullable=True),
            Col("si_unit", "text", default=""),
            Col("sort_order", "int", default=0),
            Col("user_defined", "bool", default=False),
            Col("user_edited", "bool", default=False),
        ),
        _t(
            "monitoring_group",
            "group",
            Col("group", "text"),
            Col("min_months", "int"),
            Col("max_months", "int"),
            Col("source", "text", default=""),
            Col("user_edited", "bool", default=False),
        ),
        _t(
            "lab_panel",
            "id",
            _id(),
            Col("collected_on", "date", index=True),
            Col("lab", "text", default=""),
            Col("notes", "text", default=""),
            autoincrement=True,
        ),
        _t(
            "lab_result",
            "id",
            _id(),
            Col("panel_id", "int", references="lab_panel.id", on_delete="CASCADE", index=True),
            Col("position", "int", default=0),
            Col("test_code", "text", index=True),
            Col("value", "float", nullable=True),
            Col("unit", "text", default=""),
            Col("comparator", "text", default=""),
            Col("text", "text", default=""),
            Col("range_low", "float", nullable=True),
            Col("range_high", "float", nullable=True),
            Col("range_text", "text", default=""),
            Col("range_source", "text", default="printed"),
            autoincrement=True,
            unique=(("panel_id", "position"),),
        ),
        _t(
            "attachment",
            "id",
            _id(),
            Col(
                "panel_id",
                "int",
                nullable=True,
                references="lab_panel.id",
                on_delete="CASCADE",
                index=True,
            ),
            Col(
                "reaction_id",
                "int",
                nullable=True,
                references="site_reaction.id",
                on_delete="CASCADE",
                index=True,
            ),
            Col("media_type", "text"),
            Col("name", "text", default=""),
            Col("size", "int"),
            Col("notes", "text", default=""),
            autoincrement=True,
        ),
        # The file itself apart, so listing attachments never reads megabytes.
        _t(
            "attachment_file",
            "attachment_id",
            Col("attachment_id", "int", references="attachment.id", on_delete="CASCADE"),
            Col("data", "blob"),
        ),
        _t(
            "medication",
            "id",
            _id(),
            Col("name", "text"),
            Col("dose", "text", default=""),
            Col("how_often", "text", default=""),
            Col("started", "date", nullable=True),
            Col("stopped", "date", nullable=True),
            Col("acts_on_immune_system", "bool", default=False),
            autoincrement=True,
        ),
        _t(
            "appointment",
            "id",
            _id(),
            Col("at_utc", "datetime", index=True),
            Col("tz", "text"),
            Col("with_whom", "text"),
            Col("place", "text", default=""),
            Col("questions", "text", default=""),
            autoincrement=True,
        ),
        _t(
            "rule_state",
            "rule_id",
            Col("rule_id", "text"),
            Col("dismissed_evidence", "text", default=""),
            Col("snoozed_until", "datetime", nullable=True),
        ),
    )
}
