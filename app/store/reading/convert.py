"""Turn table rows into domain records and back: the one mapping between the two.

Rows come from `reading.rows` (named tuples with decoded values) or, in the JSON import, from the
file's fields. Text-encoded fields (weekdays "0,3", a time "20:00", a zone name, cautions, tags,
unit factors) are parsed exactly here: a value that does not parse raises `ValidationError` naming
the field, so the import refuses a file that a later read could not understand.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, fields
from dataclasses import field as dataclass_field
from datetime import UTC, datetime, time
from enum import StrEnum
from typing import Any, TypeVar

from app.domain.checks import check_zone_name, zone_name_of
from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.records import (
    Appointment,
    Attachment,
    Caution,
    Condition,
    DiaryEntry,
    Injection,
    LabPanel,
    LabResult,
    LabTest,
    Medication,
    MonitoringGroup,
    Profile,
    Protocol,
    Sex,
    SiteReaction,
    Vial,
    Zone,
)
from app.domain.snapshot import RuleState
from app.store.schema.tables import BOOKKEEPING

__all__ = ["BOOKKEEPING"]

E = TypeVar("E", bound=StrEnum)


def as_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("a time without a time zone cannot be stored")
    return value.astimezone(UTC)


# ----- text-encoded fields, parsed exactly ------------------------------------------------------


def _split(text: str) -> list[str]:
    return [] if text == "" else text.split(",")


def parse_weekdays(text: str) -> tuple[int, ...]:
    parts = _split(text)
    if not all(p.isdigit() and len(p) == 1 and int(p) < 7 for p in parts):
        raise ValidationError(
            translate("Store", "'{text}' is not a list of weekdays 0–6 (like \"0,3\").").format(
                text=text
            ),
            "weekdays",
        )
    return tuple(int(p) for p in parts)


def parse_clock(text: str) -> time:
    hh, sep, mm = text.partition(":")
    if not (sep and len(hh) == 2 and len(mm) == 2 and hh.isdigit() and mm.isdigit()):
        raise ValidationError(
            translate("Store", "'{text}' is not a time of day like 20:00.").format(text=text),
            "time_of_day",
        )
    if int(hh) > 23 or int(mm) > 59:
        raise ValidationError(
            translate("Store", "'{text}' is not a time of day like 20:00.").format(text=text),
            "time_of_day",
        )
    return time(int(hh), int(mm))


def parse_sex(text: str) -> Sex:
    try:
        return Sex(text)
    except ValueError:
        names = ", ".join(s.value for s in Sex)
        raise ValidationError(
            translate("Store", "'{text}' is not one of {names}.").format(text=text, names=names),
            "sex",
        ) from None


def _parse_set(text: str, kind: type[E], field: str, what: str) -> frozenset[E]:
    out = set()
    for part in _split(text):
        try:
            out.add(kind(part))
        except ValueError:
            names = ", ".join(k.value for k in kind)
            raise ValidationError(
                translate("Store", "'{part}' is not a {what} Dosebook knows ({names}).").format(
                    part=part, what=what, names=names
                ),
                field,
            ) from None
    return frozenset(out)


def parse_cautions(text: str) -> frozenset[Caution]:
    return _parse_set(text, Caution, "cautions", "caution")


def parse_conditions(text: str) -> frozenset[Condition]:
    return _parse_set(text, Condition, "conditions", "condition")


def parse_unit_factors(text: str) -> dict[str, float]:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, dict) or not all(
        isinstance(k, str)
        and isinstance(v, int | float)
        and not isinstance(v, bool)
        and math.isfinite(v)
        and v > 0
        for k, v in value.items()
    ):
        raise ValidationError(
            translate("Store", "'{text}' is not a list of units with factors above zero.").format(
                text=text[:60]
            ),
            "other_units",
        )
    return {k: float(v) for k, v in value.items()}


def parse_list(text: str, field: str) -> tuple[str, ...]:
    parts = _split(text)
    if any(not p.strip() for p in parts):
        raise ValidationError(
            translate("Store", "'{text}' is not a comma-separated list.").format(text=text[:60]),
            field,
        )
    return tuple(parts)


# ----- the mapping, declared per record ---------------------------------------------------------

Read = Callable[[Any], Any]  # row -> the record field's value
Write = Callable[[Any], dict[str, Any]]  # the record field's value -> its columns


@dataclass(frozen=True)
class RecordMap:
    """How one kind of record sits in its table: by default each field is the column of the same
    name; `read`/`write` give the fields stored otherwise (encoded text, two columns, a rename)."""

    record: type
    read: dict[str, Read] = dataclass_field(default_factory=dict)
    write: dict[str, Write] = dataclass_field(default_factory=dict)
    not_stored: tuple[str, ...] = ()  # fields kept in another table (a panel's results)

    def to_record(self, row: Any, **extra: Any) -> Any:
        values = {}
        for f in fields(self.record):
            if f.name in self.not_stored:
                continue
            reader = self.read.get(f.name)
            values[f.name] = reader(row) if reader else getattr(row, f.name)
        return self.record(**values, **extra)

    def to_columns(self, rec: Any) -> dict[str, Any]:
        """The row's columns for a record (without its id: the table assigns or keeps it)."""
        out: dict[str, Any] = {}
        for f in fields(self.record):
            if f.name == "id" or f.name in self.not_stored:
                continue
            writer = self.write.get(f.name)
            value = getattr(rec, f.name)
            out.update(writer(value) if writer else {f.name: value})
        return out


def _renamed(column: str, encode: Callable[[Any], Any] = lambda v: v) -> Write:
    return lambda value: {column: encode(value)}


def _join(values: Any) -> str:
    return ",".join(str(v) for v in values)


def _taken_at(row: Any) -> datetime:
    return row.taken_at_utc.astimezone(check_zone_name(row.tz, "tz"))


def _sorted_values(column: str) -> Write:
    return lambda values: {column: ",".join(sorted(v.value for v in values))}


PROFILE = RecordMap(
    Profile,
    read={
        "sex": lambda row: parse_sex(row.sex),
        "cautions": lambda row: parse_cautions(row.cautions),
        "timezone": lambda row: row.timezone and check_zone_name(row.timezone).key,
        "conditions": lambda row: parse_conditions(row.conditions),
    },
    write={
        "sex": lambda v: {"sex": v.value},
        "cautions": _sorted_values("cautions"),
        "conditions": _sorted_values("conditions"),
    },
)
ZONE = RecordMap(Zone)
PROTOCOL = RecordMap(
    Protocol,
    read={
        "weekdays": lambda row: parse_weekdays(row.weekdays),
        "time_of_day": lambda row: parse_clock(row.time_of_day),
    },
    write={
        "weekdays": lambda v: {"weekdays": _join(v)},
        "time_of_day": lambda v: {"time_of_day": v.strftime("%H:%M")},
    },
)
VIAL = RecordMap(Vial, write={"reconstituted_at": _renamed("reconstituted_at", as_utc)})


def _counts_for(row: Any) -> datetime | None:
    """The scheduled dose chosen (schema 0004), in the zone the injection was logged in."""
    if row.counts_for_utc is None:
        return None
    return row.counts_for_utc.astimezone(check_zone_name(row.tz, "tz"))


INJECTION = RecordMap(
    Injection,
    read={"taken_at": _taken_at, "counts_for": _counts_for},
    write={
        "taken_at": lambda v: {"taken_at_utc": as_utc(v), "tz": zone_name_of(v)},
        "counts_for": _renamed("counts_for_utc", as_utc),
    },
)
REACTION = RecordMap(
    SiteReaction,
    read={
        "observed_at": lambda row: row.observed_at_utc,
        "resolved_at": lambda row: row.resolved_at_utc,
    },
    write={
        "observed_at": _renamed("observed_at_utc", as_utc),
        "resolved_at": _renamed("resolved_at_utc", as_utc),
    },
)
ENTRY = RecordMap(
    DiaryEntry,
    read={
        "tags": lambda row: parse_list(row.tags, "tags"),
        "symptoms": lambda row: parse_list(row.symptoms, "symptoms"),
    },
    write={
        "tags": lambda v: {"tags": ",".join(v)},
        "symptoms": lambda v: {"symptoms": ",".join(v)},
    },
)
LAB_TEST = RecordMap(
    LabTest,
    read={
        "other_units": lambda row: parse_unit_factors(row.other_units or "{}"),
        "never_convert": lambda row: parse_list(row.never_convert, "never_convert"),
    },
    write={
        "other_units": lambda v: {"other_units": json.dumps(v, sort_keys=True)},
        "never_convert": lambda v: {"never_convert": ",".join(v)},
    },
)
MONITORING = RecordMap(MonitoringGroup)
MEDICATION = RecordMap(Medication)
APPOINTMENT = RecordMap(
    Appointment,
    read={"at": lambda row: row.at_utc.astimezone(check_zone_name(row.tz, "tz"))},
    write={"at": lambda v: {"at_utc": as_utc(v), "tz": zone_name_of(v, "appointment")}},
)
RESULT = RecordMap(LabResult)
PANEL = RecordMap(LabPanel, not_stored=("results",))
ATTACHMENT = RecordMap(Attachment)


def profile(row: Any | None) -> Profile:
    return Profile() if row is None else PROFILE.to_record(row)


def profile_fields(p: Profile) -> dict:
    return PROFILE.to_columns(p)


zone = ZONE.to_record
protocol = PROTOCOL.to_record
protocol_fields = PROTOCOL.to_columns
vial = VIAL.to_record
vial_fields = VIAL.to_columns
injection = INJECTION.to_record
injection_fields = INJECTION.to_columns
reaction = REACTION.to_record
reaction_fields = REACTION.to_columns
entry = ENTRY.to_record
entry_fields = ENTRY.to_columns
lab_test = LAB_TEST.to_record
monitoring = MONITORING.to_record
medication = MEDICATION.to_record
medication_fields = MEDICATION.to_columns
appointment = APPOINTMENT.to_record
appointment_fields = APPOINTMENT.to_columns
result = RESULT.to_record


def tz_name(value: datetime) -> str:
    return zone_name_of(value)


lab_test_fields = LAB_TEST.to_columns


def result_fields(r: LabResult, position: int) -> dict:
    return {"position": position, **RESULT.to_columns(r)}


def panel(row: Any, results: list[Any]) -> LabPanel:
    ordered = tuple(result(r) for r in sorted(results, key=lambda r: r.position))
    return PANEL.to_record(row, results=ordered)


attachment = ATTACHMENT.to_record
attachment_fields = ATTACHMENT.to_columns


def rule_state(row: Any) -> RuleState:
    snoozed = row.snoozed_until
    if snoozed is not None and snoozed.tzinfo is None:  # stored in UTC without an offset
        snoozed = snoozed.replace(tzinfo=UTC)
    return RuleState(
        rule_id=row.rule_id,
        dismissed_keys=frozenset(k for k in row.dismissed_evidence.split("\n") if k),
        snoozed_until=snoozed,
    )
