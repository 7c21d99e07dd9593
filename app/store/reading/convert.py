"""Turn table rows into domain records and back: the one mapping between the two.

Rows come from `reading.rows` (named tuples with decoded values) or, in the JSON import, from the
file's fields. Text-encoded fields (weekdays "0,3", a time "20:00", a zone name, cautions, tags,
unit factors) are parsed exactly here: a value that does not parse raises `ValidationError` naming
the field, so the import refuses a file that a later read could not understand.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, time
from typing import Any

from app.domain.checks import check_zone_name, zone_name_of
from app.domain.errors import ValidationError
from app.domain.records import (
    Caution,
    DiaryEntry,
    Injection,
    LabPanel,
    LabResult,
    LabTest,
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
        raise ValidationError(f"'{text}' is not a list of weekdays 0–6 (like \"0,3\").", "weekdays")
    return tuple(int(p) for p in parts)


def parse_clock(text: str) -> time:
    hh, sep, mm = text.partition(":")
    if not (sep and len(hh) == 2 and len(mm) == 2 and hh.isdigit() and mm.isdigit()):
        raise ValidationError(f"'{text}' is not a time of day like 20:00.", "time_of_day")
    if int(hh) > 23 or int(mm) > 59:
        raise ValidationError(f"'{text}' is not a time of day like 20:00.", "time_of_day")
    return time(int(hh), int(mm))


def parse_sex(text: str) -> Sex:
    try:
        return Sex(text)
    except ValueError:
        names = ", ".join(s.value for s in Sex)
        raise ValidationError(f"'{text}' is not one of {names}.", "sex") from None


def parse_cautions(text: str) -> frozenset[Caution]:
    out = set()
    for part in _split(text):
        try:
            out.add(Caution(part))
        except ValueError:
            names = ", ".join(c.value for c in Caution)
            raise ValidationError(
                f"'{part}' is not a caution Dosebook knows ({names}).", "cautions"
            ) from None
    return frozenset(out)


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
            f"'{text[:60]}' is not a list of units with factors above zero.", "other_units"
        )
    return {k: float(v) for k, v in value.items()}


def parse_list(text: str, field: str) -> tuple[str, ...]:
    parts = _split(text)
    if any(not p.strip() for p in parts):
        raise ValidationError(f"'{text[:60]}' is not a comma-separated list.", field)
    return tuple(parts)


def profile(row: Any | None) -> Profile:
    if row is None:
        return Profile()
    if row.timezone:
        check_zone_name(row.timezone)
    return Profile(
        name=row.name,
        sex=parse_sex(row.sex),
        birth_year=row.birth_year,
        cautions=parse_cautions(row.cautions),
        timezone=row.timezone,
    )


def zone(row: Any) -> Zone:
    return Zone(
        id=row.id,
        label=row.label,
        area=row.area,
        view=row.view,
        side=row.side,
        enabled=row.enabled,
        disabled_reason=row.disabled_reason,
        preferred=row.preferred,
    )


def protocol(row: Any) -> Protocol:
    return Protocol(
        id=row.id,
        product=row.product,
        dose=row.dose,
        dose_unit=row.dose_unit,
        route=row.route,
        weekdays=parse_weekdays(row.weekdays),
        every_n_days=row.every_n_days,
        time_of_day=parse_clock(row.time_of_day),
        start=row.start,
        planned_end=row.planned_end,
        paused_from=row.paused_from,
        ended_on=row.ended_on,
        window_hours=row.window_hours,
        notes=row.notes,
    )


def protocol_fields(p: Protocol) -> dict:
    return {
        "product": p.product,
        "dose": p.dose,
        "dose_unit": p.dose_unit,
        "route": p.route,
        "weekdays": ",".join(str(d) for d in p.weekdays),
        "every_n_days": p.every_n_days,
        "time_of_day": p.time_of_day.strftime("%H:%M"),
        "start": p.start,
        "planned_end": p.planned_end,
        "paused_from": p.paused_from,
        "ended_on": p.ended_on,
        "window_hours": p.window_hours,
        "notes": p.notes,
    }


def vial(row: Any) -> Vial:
    return Vial(
        id=row.id,
        product=row.product,
        lot=row.lot,
        expiry=row.expiry,
        strength_mg=row.strength_mg,
        diluent_ml=row.diluent_ml,
        reconstituted_at=row.reconstituted_at,
        beyond_use_hours=row.beyond_use_hours,
        storage_notes=row.storage_notes,
        frozen_thawed=row.frozen_thawed,
        finished_on=row.finished_on,
    )


def vial_fields(v: Vial) -> dict:
    return {
        "product": v.product,
        "lot": v.lot,
        "expiry": v.expiry,
        "strength_mg": v.strength_mg,
        "diluent_ml": v.diluent_ml,
        "reconstituted_at": as_utc(v.reconstituted_at),
        "beyond_use_hours": v.beyond_use_hours,
        "storage_notes": v.storage_notes,
        "frozen_thawed": v.frozen_thawed,
        "finished_on": v.finished_on,
    }


def injection(row: Any) -> Injection:
    taken = row.taken_at_utc.astimezone(check_zone_name(row.tz, "tz"))
    return Injection(
        id=row.id,
        taken_at=taken,
        protocol_id=row.protocol_id,
        dose=row.dose,
        dose_unit=row.dose_unit,
        zone_id=row.zone_id,
        volume_ml=row.volume_ml,
        vial_id=row.vial_id,
        needle=row.needle,
        notes=row.notes,
    )


def tz_name(value: datetime) -> str:
    return zone_name_of(value)


def injection_fields(i: Injection) -> dict:
    return {
        "taken_at_utc": as_utc(i.taken_at),
        "tz": tz_name(i.taken_at),
        "protocol_id": i.protocol_id,
        "dose": i.dose,
        "dose_unit": i.dose_unit,
        "zone_id": i.zone_id,
        "volume_ml": i.volume_ml,
        "vial_id": i.vial_id,
        "needle": i.needle,
        "notes": i.notes,
    }


def reaction(row: Any) -> SiteReaction:
    return SiteReaction(
        id=row.id,
        injection_id=row.injection_id,
        zone_id=row.zone_id,
        observed_at=row.observed_at_utc,
        kind=row.kind,
        grade=row.grade,
        resolved_at=row.resolved_at_utc,
        notes=row.notes,
    )


def reaction_fields(r: SiteReaction) -> dict:
    return {
        "injection_id": r.injection_id,
        "zone_id": r.zone_id,
        "observed_at_utc": as_utc(r.observed_at),
        "kind": r.kind,
        "grade": r.grade,
        "resolved_at_utc": as_utc(r.resolved_at),
        "notes": r.notes,
    }


def entry(row: Any) -> DiaryEntry:
    return DiaryEntry(
        day=row.day,
        energy=row.energy,
        fatigue=row.fatigue,
        wellbeing=row.wellbeing,
        sick=row.sick,
        sickness_kind=row.sickness_kind,
        temperature_c=row.temperature_c,
        site_trouble=row.site_trouble,
        notes=row.notes,
        tags=parse_list(row.tags, "tags"),
    )


def entry_fields(e: DiaryEntry) -> dict:
    return {
        "day": e.day,
        "energy": e.energy,
        "fatigue": e.fatigue,
        "wellbeing": e.wellbeing,
        "sick": e.sick,
        "sickness_kind": e.sickness_kind,
        "temperature_c": e.temperature_c,
        "site_trouble": e.site_trouble,
        "notes": e.notes,
        "tags": ",".join(e.tags),
    }


def lab_test(row: Any) -> LabTest:
    return LabTest(
        code=row.code,
        name=row.name,
        group=row.group,
        unit=row.unit,
        loinc=row.loinc,
        abbrev=row.abbrev,
        qualitative=row.qualitative,
        other_units=parse_unit_factors(row.other_units or "{}"),
        never_convert=parse_list(row.never_convert, "never_convert"),
        low_male=row.low_male,
        high_male=row.high_male,
        low_female=row.low_female,
        high_female=row.high_female,
        plausible_low=row.plausible_low,
        plausible_high=row.plausible_high,
        wrong_unit_above=row.wrong_unit_above,
        user_defined=row.user_defined,
    )


def lab_test_fields(t: LabTest) -> dict:
    return {
        "code": t.code,
        "name": t.name,
        "group": t.group,
        "unit": t.unit,
        "loinc": t.loinc,
        "abbrev": t.abbrev,
        "qualitative": t.qualitative,
        "other_units": json.dumps(t.other_units, sort_keys=True),
        "never_convert": ",".join(t.never_convert),
        "low_male": t.low_male,
        "high_male": t.high_male,
        "low_female": t.low_female,
        "high_female": t.high_female,
        "plausible_low": t.plausible_low,
        "plausible_high": t.plausible_high,
        "wrong_unit_above": t.wrong_unit_above,
        "user_defined": t.user_defined,
    }


def monitoring(row: Any) -> MonitoringGroup:
    return MonitoringGroup(
        group=row.group, min_months=row.min_months, max_months=row.max_months, source=row.source
    )


def result(row: Any) -> LabResult:
    return LabResult(
        id=row.id,
        test_code=row.test_code,
        value=row.value,
        unit=row.unit,
        comparator=row.comparator,
        text=row.text,
        range_low=row.range_low,
        range_high=row.range_high,
        range_text=row.range_text,
    )


def result_fields(r: LabResult, position: int) -> dict:
    return {
        "position": position,
        "test_code": r.test_code,
        "value": r.value,
        "unit": r.unit,
        "comparator": r.comparator,
        "text": r.text,
        "range_low": r.range_low,
        "range_high": r.range_high,
        "range_text": r.range_text,
    }


def panel(row: Any, results: list[Any]) -> LabPanel:
    return LabPanel(
        id=row.id,
        collected_on=row.collected_on,
        lab=row.lab,
        notes=row.notes,
        results=tuple(result(r) for r in sorted(results, key=lambda r: r.position)),
    )


def rule_state(row: Any) -> RuleState:
    snoozed = row.snoozed_until
    if snoozed is not None and snoozed.tzinfo is None:  # stored in UTC without an offset
        snoozed = snoozed.replace(tzinfo=UTC)
    return RuleState(
        rule_id=row.rule_id,
        dismissed_keys=frozenset(k for k in row.dismissed_evidence.split("\n") if k),
        snoozed_until=snoozed,
    )
