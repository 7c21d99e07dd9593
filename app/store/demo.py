"""A believable, deterministic demo diary: a TA1 course that started about ten months ago.

Twice weekly with a few late and missed doses, rotation across zones with an occasional repeat,
single-use vials in cartons with lot numbers, one injection-site reaction, a daily diary with noise
and gaps, a 5-day cold and an 8-day flu, CBC and liver panels every three months with one ALT above
range, and immune markers twice. The person is treated for hepatitis B, takes two other medicines,
saw the liver clinic five weeks ago and goes again in three. The same `today` always gives the
same diary.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from app.domain.keys import KeyMaterial
from app.domain.records import (
    Appointment,
    Condition,
    DiaryEntry,
    Injection,
    LabPanel,
    LabResult,
    Medication,
    Profile,
    Protocol,
    Sex,
    SiteReaction,
    Vial,
)
from app.store.diary import Diary

DEMO_PASSPHRASE = "demo"
DEMO_TZ = "Europe/Berlin"
_SEED = 20260124


def _monday_on_or_before(day: date) -> date:
    return day - timedelta(days=day.weekday())


DEMO_COURSE_WEEKS = 43  # about ten months


def demo_start(today: date, course_weeks: int = DEMO_COURSE_WEEKS) -> date:
    """The course starts on the Monday `course_weeks` before `today`."""
    return _monday_on_or_before(today - timedelta(weeks=course_weeks))


def write_demo(path: Path, material: KeyMaterial, today: date | None = None) -> Diary:
    """Create the demo diary at `path` with this key and return it open."""
    today = today or date.today()
    diary = Diary.create_with_key(path, material)
    try:
        fill_demo(diary, today)
    except Exception:
        diary.close()
        raise
    return diary


def fill_demo(diary: Diary, today: date, course_weeks: int = DEMO_COURSE_WEEKS) -> None:
    """Fill an empty diary. A longer `course_weeks` makes the large diaries the benchmarks use.

    Every record goes through the facade's checks, all in one transaction (`Diary.batch`): a
    commit per record made the demo take seconds."""
    with diary.batch():
        _fill(diary, today, course_weeks)


def _fill(diary: Diary, today: date, course_weeks: int) -> None:
    rng = random.Random(_SEED)
    tz = ZoneInfo(DEMO_TZ)
    start = demo_start(today, course_weeks)
    _person(diary, tz, today)
    protocol = diary.save_protocol(
        Protocol(
            id=None,
            product="Thymosin Alpha-1 (thymalfasin)",
            dose=1.6,
            dose_unit="mg",
            weekdays=(0, 3),
            time_of_day=time(20, 0),
            start=start,
            planned_end=start + timedelta(weeks=max(52, course_weeks + 9)),
            notes="Demo course. 1.6 mg vial with 1.0 mL water for injection.",
        )
    )
    logged = _injections(diary, protocol, rng, tz, start, today)
    _recent_slips(diary, logged, tz, today)
    _diary_entries(diary, rng, start, today)
    _labs(diary, start, today)


def _person(diary: Diary, tz: ZoneInfo, today: date) -> None:
    """Treated for hepatitis B, two other medicines, a visit five weeks ago and one to come."""
    diary.save_profile(
        Profile(
            name="Sam Demo",
            sex=Sex.MALE,
            birth_year=1979,
            timezone=DEMO_TZ,
            conditions=frozenset({Condition.HEPATITIS_B}),
            condition_notes="chronic, HBeAg positive",
            allergies="Penicillin (rash)",
        )
    )
    diary.save_medication(
        Medication(
            None, "Tenofovir disoproxil", "245 mg", "once a day", today - timedelta(days=900)
        )
    )
    diary.save_medication(
        Medication(None, "Vitamin D3", "1000 IU", "once a day", today - timedelta(days=200))
    )
    past = _monday_on_or_before(today) - timedelta(weeks=5) + timedelta(days=1)  # a Tuesday
    diary.save_appointment(
        Appointment(
            None,
            datetime.combine(past, time(10, 30), tz),
            "Liver clinic",
            "Riverside Hospital, outpatients",
            "Is the ALT of 118 a reason to test sooner?",
        )
    )
    diary.save_appointment(
        Appointment(
            None,
            datetime.combine(past + timedelta(weeks=8), time(10, 30), tz),
            "Liver clinic",
            "Riverside Hospital, outpatients",
            "Should I keep taking vitamin D over the winter?\nWhen is the next HBV DNA test?",
        )
    )


def _injections(
    diary: Diary, protocol: Protocol, rng: random.Random, tz: ZoneInfo, start: date, today: date
) -> list[Injection]:
    """Log the course so far; returns the injections logged (the batch is not read back)."""
    logged: list[Injection] = []
    zones = [z.id for z in diary.zones()]
    last_used: dict[str, datetime] = {}
    last_zone = ""
    now = datetime.combine(today, time(12, 0), tz)
    day = start
    carton_lot, vials_left_in_carton, carton_no = "", 0, 0
    next_reaction = start + timedelta(weeks=17)
    while True:
        if day.weekday() in protocol.weekdays:
            due = datetime.combine(day, protocol.time_of_day, tz)
            if due > now:
                break
            roll = rng.random()
            if roll < 0.04:
                day += timedelta(days=1)
                continue  # missed
            if roll < 0.12:
                taken = due + timedelta(hours=rng.uniform(13, 30))  # late
            else:
                taken = due + timedelta(minutes=rng.randint(-75, 90))
            if taken > now:
                taken = now - timedelta(hours=1)
            if vials_left_in_carton == 0:
                carton_no += 1
                carton_lot = f"TA{23 + carton_no // 4:02d}{rng.randint(100, 999)}"
                vials_left_in_carton = 2
            vials_left_in_carton -= 1
            vial = diary.save_vial(
                Vial(
                    id=None,
                    product=protocol.product,
                    lot=carton_lot,
                    expiry=day + timedelta(days=400),
                    strength_mg=1.6,
                    diluent_ml=1.0,
                    reconstituted_at=taken - timedelta(minutes=5),
                    beyond_use_hours=24,
                    storage_notes="Fridge, 2–8 °C",
                    finished_on=taken.date(),
                )
            )
            # least recently used zone, never the last one; now and then a repeat of a recent one
            candidates = [z for z in zones if z != last_zone]
            candidates.sort(key=lambda z: last_used.get(z, datetime.min.replace(tzinfo=UTC)))
            zone = candidates[0] if rng.random() > 0.08 else rng.choice(candidates[-4:])
            inj = diary.log_injection(
                Injection(
                    id=None,
                    taken_at=taken.astimezone(tz),
                    protocol_id=protocol.id,
                    dose=protocol.dose,
                    dose_unit=protocol.dose_unit,
                    zone_id=zone,
                    volume_ml=1.0,
                    vial_id=vial.id,
                    needle="30G 8 mm",
                )
            )
            logged.append(inj)
            last_used[zone], last_zone = taken, zone
            if day >= next_reaction:
                diary.save_reaction(
                    SiteReaction(
                        id=None,
                        injection_id=inj.id,
                        zone_id=zone,
                        observed_at=taken + timedelta(hours=14),
                        kind="redness",
                        grade=1,
                        resolved_at=taken + timedelta(hours=50),
                        notes="Pink patch about 2 cm, a little itchy. Gone two days later.",
                    )
                )
                next_reaction += timedelta(weeks=52)  # once a year
        day += timedelta(days=1)
    diary.save_vial(
        Vial(
            id=None,
            product=protocol.product,
            lot=carton_lot,
            expiry=today + timedelta(days=300),
            strength_mg=1.6,
            diluent_ml=1.0,
            storage_notes="Fridge, 2–8 °C",
        )
    )
    return logged


def _recent_slips(diary: Diary, logged: list[Injection], tz: ZoneInfo, today: date) -> None:
    """This month shows a forgotten dose and a late one too (no random draws: the rest stays put)."""
    monday = _monday_on_or_before(today) - timedelta(weeks=2)
    since = datetime.combine(monday, time(0), tz)
    for shot in (s for s in logged if s.taken_at >= since):
        day = shot.taken_at.astimezone(tz).date()
        if day == monday:
            diary.delete_injection(shot.id)
        elif day == monday + timedelta(days=3):
            next_morning = datetime.combine(day + timedelta(days=1), time(9, 30), tz)
            diary.update_injection(replace(shot, taken_at=next_morning))


_NOTES = [
    "Slept well.",
    "Long day at work.",
    "Walked 5 km.",
    "Headache in the afternoon.",
    "Felt good, went swimming.",
    "Tired after a short night.",
    "",
    "",
    "",
]


def _diary_entries(diary: Diary, rng: random.Random, start: date, today: date) -> None:
    first = start - timedelta(days=60)
    cold = (start - timedelta(days=38), 5)  # a 5-day cold before the course
    flu = (start + timedelta(weeks=22), 8)  # an 8-day flu during it
    day = first
    while day <= today:
        if rng.random() < 0.08 and day != today:
            day += timedelta(days=1)
            continue  # a forgotten day
        progress = min(max((day - start).days / 240, 0.0), 1.0)
        kind = ""
        for (s, length), name in ((cold, "cold"), (flu, "flu")):
            if s <= day < s + timedelta(days=length):
                kind = name
        energy = 5.0 + 1.8 * progress + rng.gauss(0, 1.1)
        fatigue = 4.2 - 1.6 * progress + rng.gauss(0, 1.0)
        wellbeing = 5.5 + 1.5 * progress + rng.gauss(0, 1.0)
        temperature = None
        if kind:
            energy, fatigue, wellbeing = energy - 3, fatigue + 3.5, wellbeing - 3
            if kind == "flu" and day < flu[0] + timedelta(days=4):
                temperature = round(38.2 + rng.uniform(0, 0.9), 1)
        tags: tuple[str, ...] = ()
        if rng.random() < 0.1:
            tags = ("exercise",)
        elif rng.random() < 0.05:
            tags = ("travel",)
        diary.save_entry(
            DiaryEntry(
                day=day,
                energy=_clamp(energy),
                fatigue=_clamp(fatigue),
                wellbeing=_clamp(wellbeing),
                sick=bool(kind),
                sickness_kind=kind,
                temperature_c=temperature,
                notes=f"{kind.capitalize()}: stayed home." if kind else rng.choice(_NOTES),
                tags=tags,
            )
        )
        day += timedelta(days=1)


def _clamp(value: float) -> int:
    return int(min(10, max(0, round(value))))


_CBC = {"wbc": 6.1, "rbc": 4.9, "hgb": 14.8, "hct": 44.0, "plt": 245, "neut": 3.6, "lymph": 1.8}
_LIVER = {"alt": 31, "ast": 27, "alp": 74, "bili": 0.6, "ggt": 24, "alb": 4.4}
_IMMUNE = {"cd4": 690, "cd8": 410, "cd4cd8": 1.7, "il6": 2.1, "igg": 1080}


def _labs(diary: Diary, start: date, today: date) -> None:
    tests = {t.code: t for t in diary.lab_tests()}
    schedule = [
        (start - timedelta(days=6), "City Lab", {}, True),
        (start + timedelta(weeks=13), "City Lab", {"lymph": 2.1, "alt": 38}, False),
        (start + timedelta(weeks=26), "City Lab", {"lymph": 2.4, "alt": 118, "ast": 52}, True),
        (start + timedelta(weeks=39), "Riverside Clinic Lab", {"lymph": 2.3, "alt": 44}, False),
    ]
    # long courses (the benchmarks) go on every 13 weeks, with immune markers
    week = 52
    while start + timedelta(weeks=week) <= today:
        lab = "Riverside Clinic Lab" if week % 26 else "City Lab"
        changes = {"alt": 30 + week % 17, "lymph": 2.0 + (week % 5) / 10}
        schedule.append((start + timedelta(weeks=week), lab, changes, True))
        week += 13
    for collected, lab, changes, immune in schedule:
        if collected > today:
            continue
        values = {**_CBC, **_LIVER, **changes}
        if immune:
            values |= {k: v * (1.12 if collected > start else 1.0) for k, v in _IMMUNE.items()}
        results = []
        for code, value in values.items():
            t = tests[code]
            low, high = t.low_male, t.high_male
            if lab == "Riverside Clinic Lab" and code == "alt":
                low, high = 10, 50  # another lab prints another range
            results.append(
                LabResult(
                    id=None,
                    test_code=code,
                    value=float(_fmt(value)),  # the number as printed, so text and value agree
                    unit=t.unit,
                    text=_fmt(value),
                    range_low=low,
                    range_high=high,
                    range_text=_range_text(low, high),
                )
            )
        diary.save_panel(LabPanel(id=None, collected_on=collected, lab=lab, results=tuple(results)))


def _fmt(value: float) -> str:
    return f"{value:g}" if value >= 10 else f"{value:.1f}"


def _range_text(low: float | None, high: float | None) -> str:
    if low is None and high is not None:
        return f"<{high:g}"
    if high is None and low is not None:
        return f">{low:g}"
    return f"{low:g}–{high:g}" if low is not None else ""
