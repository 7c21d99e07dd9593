"""The diary's tables (sqlmodel). Every row keeps when it was created and last changed.

Times are stored in UTC (sqlmodel's UTCDateTime) next to the IANA zone the user was in, so an
injection logged at 20:00 in Berlin is still 20:00 Berlin after a trip or a daylight-saving change.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class Stamped(SQLModel):
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class SettingRow(Stamped, table=True):
    __tablename__ = "setting"
    key: str = Field(primary_key=True)
    value: str = ""


class ProfileRow(Stamped, table=True):
    __tablename__ = "profile"
    id: int = Field(default=1, primary_key=True)
    name: str = ""
    sex: str = "unknown"
    birth_year: int | None = None
    cautions: str = ""  # comma-separated Caution values
    timezone: str = ""


class ZoneRow(Stamped, table=True):
    __tablename__ = "zone"
    id: str = Field(primary_key=True)
    label: str
    area: str
    view: str
    side: str
    sort_order: int = 0
    enabled: bool = True
    disabled_reason: str = ""
    preferred: bool = False
    user_edited: bool = False  # seeds never overwrite a zone the user changed


class ProtocolRow(Stamped, table=True):
    __tablename__ = "protocol"
    id: int | None = Field(default=None, primary_key=True)
    product: str
    dose: float
    dose_unit: str
    route: str = "subcutaneous"
    weekdays: str = ""  # "0,3" = Monday and Thursday
    every_n_days: int | None = None
    time_of_day: str = "20:00"
    start: date
    planned_end: date | None = None
    paused_from: date | None = None
    ended_on: date | None = None
    window_hours: float = 12.0
    notes: str = ""


class VialRow(Stamped, table=True):
    __tablename__ = "vial"
    id: int | None = Field(default=None, primary_key=True)
    product: str
    lot: str = ""
    expiry: date | None = None
    strength_mg: float | None = None
    diluent_ml: float | None = None
    reconstituted_at: datetime | None = None  # UTC
    beyond_use_hours: float | None = None
    storage_notes: str = ""
    frozen_thawed: bool = False
    finished_on: date | None = None


class InjectionRow(Stamped, table=True):
    __tablename__ = "injection"
    id: int | None = Field(default=None, primary_key=True)
    taken_at_utc: datetime = Field(index=True)
    tz: str  # IANA zone the injection was logged in
    protocol_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("protocol.id", ondelete="SET NULL"), index=True),
    )
    dose: float
    dose_unit: str
    zone_id: str = Field(index=True)
    volume_ml: float | None = None
    vial_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("vial.id", ondelete="SET NULL"))
    )
    needle: str = ""
    notes: str = ""


class SiteReactionRow(Stamped, table=True):
    __tablename__ = "site_reaction"
    id: int | None = Field(default=None, primary_key=True)
    injection_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("injection.id", ondelete="SET NULL"), index=True),
    )
    zone_id: str = Field(index=True)
    observed_at_utc: datetime
    kind: str
    grade: int
    resolved_at_utc: datetime | None = None
    notes: str = ""


class DiaryEntryRow(Stamped, table=True):
    __tablename__ = "diary_entry"
    day: date = Field(primary_key=True)
    energy: int | None = None
    fatigue: int | None = None
    wellbeing: int | None = None
    sick: bool = False
    sickness_kind: str = ""
    temperature_c: float | None = None
    site_trouble: bool = False
    notes: str = ""
    tags: str = ""  # comma-separated, normalised


class LabTestRow(Stamped, table=True):
    __tablename__ = "lab_test"
    code: str = Field(primary_key=True)
    name: str
    group: str
    unit: str
    loinc: str = ""
    abbrev: str = ""
    qualitative: bool = False
    other_units: str = "{}"  # JSON {unit: factor}
    never_convert: str = ""  # comma-separated units
    low_male: float | None = None
    high_male: float | None = None
    low_female: float | None = None
    high_female: float | None = None
    plausible_low: float | None = None
    plausible_high: float | None = None
    wrong_unit_above: float | None = None
    sort_order: int = 0
    user_defined: bool = False
    user_edited: bool = False


class MonitoringRow(Stamped, table=True):
    __tablename__ = "monitoring_group"
    group: str = Field(primary_key=True)
    min_months: int
    max_months: int
    source: str = ""
    user_edited: bool = False


class LabPanelRow(Stamped, table=True):
    __tablename__ = "lab_panel"
    id: int | None = Field(default=None, primary_key=True)
    collected_on: date = Field(index=True)
    lab: str = ""
    notes: str = ""


class LabResultRow(Stamped, table=True):
    __tablename__ = "lab_result"
    __table_args__ = (UniqueConstraint("panel_id", "position"),)
    id: int | None = Field(default=None, primary_key=True)
    panel_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("lab_panel.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    position: int = 0
    test_code: str = Field(index=True)
    value: float | None = None
    unit: str = ""
    comparator: str = ""
    text: str = ""
    range_low: float | None = None
    range_high: float | None = None
    range_text: str = ""


class RuleStateRow(Stamped, table=True):
    __tablename__ = "rule_state"
    rule_id: str = Field(primary_key=True)
    dismissed_evidence: str = ""  # fingerprint of the evidence when dismissed
    snoozed_until: datetime | None = None
