"""Turn table rows into domain records and back.

No ORM import here: the same functions read the plain rows of `quick_read` at start-up.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

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

if TYPE_CHECKING:  # rows from the ORM or from `quick_read`: only their attributes are used
    from app.store.schema.models import (
        DiaryEntryRow,
        InjectionRow,
        LabPanelRow,
        LabResultRow,
        LabTestRow,
        MonitoringRow,
        ProfileRow,
        ProtocolRow,
        RuleStateRow,
        SiteReactionRow,
        VialRow,
        ZoneRow,
    )


# Every table keeps when a row was created and last changed; no record carries these.
BOOKKEEPING = frozenset({"created_at", "updated_at"})


def as_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("a time without a time zone cannot be stored")
    return value.astimezone(UTC)


def profile(row: ProfileRow | None) -> Profile:
    if row is None:
        return Profile()
    cautions = frozenset(Caution(c) for c in row.cautions.split(",") if c)
    return Profile(
        name=row.name,
        sex=Sex(row.sex),
        birth_year=row.birth_year,
        cautions=cautions,
        timezone=row.timezone,
    )


def zone(row: ZoneRow) -> Zone:
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


def protocol(row: ProtocolRow) -> Protocol:
    hh, mm = (int(x) for x in row.time_of_day.split(":"))
    return Protocol(
        id=row.id,
        product=row.product,
        dose=row.dose,
        dose_unit=row.dose_unit,
        route=row.route,
        weekdays=tuple(int(d) for d in row.weekdays.split(",") if d != ""),
        every_n_days=row.every_n_days,
        time_of_day=time(hh, mm),
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


def vial(row: VialRow) -> Vial:
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


def injection(row: InjectionRow) -> Injection:
    taken = row.taken_at_utc.replace(tzinfo=UTC).astimezone(ZoneInfo(row.tz))
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
    tz = value.tzinfo
    key = getattr(tz, "key", None)
    if key:
        return key
    if value.utcoffset() is not None and value.utcoffset().total_seconds() == 0:
        return "UTC"
    raise ValueError("injection times need an IANA time zone (for example Europe/Berlin)")


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


def reaction(row: SiteReactionRow) -> SiteReaction:
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


def entry(row: DiaryEntryRow) -> DiaryEntry:
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
        tags=tuple(t for t in row.tags.split(",") if t),
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


def lab_test(row: LabTestRow) -> LabTest:
    return LabTest(
        code=row.code,
        name=row.name,
        group=row.group,
        unit=row.unit,
        loinc=row.loinc,
        abbrev=row.abbrev,
        qualitative=row.qualitative,
        other_units=json.loads(row.other_units or "{}"),
        never_convert=tuple(u for u in row.never_convert.split(",") if u),
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


def monitoring(row: MonitoringRow) -> MonitoringGroup:
    return MonitoringGroup(
        group=row.group, min_months=row.min_months, max_months=row.max_months, source=row.source
    )


def result(row: LabResultRow) -> LabResult:
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


def panel(row: LabPanelRow, results: list[LabResultRow]) -> LabPanel:
    return LabPanel(
        id=row.id,
        collected_on=row.collected_on,
        lab=row.lab,
        notes=row.notes,
        results=tuple(result(r) for r in sorted(results, key=lambda r: r.position)),
    )


def rule_state(row: RuleStateRow) -> RuleState:
    snoozed = row.snoozed_until
    if snoozed is not None and snoozed.tzinfo is None:  # stored in UTC without an offset
        snoozed = snoozed.replace(tzinfo=UTC)
    return RuleState(
        rule_id=row.rule_id,
        dismissed_keys=frozenset(k for k in row.dismissed_evidence.split("\n") if k),
        snoozed_until=snoozed,
    )
