"""Where each course stands, and what a month of the calendar shows: built from the schedule,
rotation and vial rules so the Injections tab and `dosebook status` say the same thing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.domain.dose_guard import taken_today
from app.domain.records import Injection, Protocol, SiteReaction, Vial, Zone
from app.domain.schedule import (
    AdherenceSummary,
    DoseStatus,
    adherence,
    course_adherence,
    next_dose,
    summarize,
)
from app.domain.sites import suggest_next_zone
from app.domain.vials import remaining_mg, vial_problems, volume_to_draw_ml

RECENT_DAYS = 28  # "the last 4 weeks" of adherence
REACTION_SHOWN_DAYS = 28  # a settled reaction stays on the map this long, like a zone's rest


class CourseState(StrEnum):
    """Where a course is in its life."""

    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"  # ended by the person
    COMPLETED = "completed"  # past its planned end


@dataclass(frozen=True)
class CourseOverview:
    """One protocol as the header and `dosebook status` show it."""

    protocol: Protocol
    state: CourseState
    next_due: datetime | None
    suggested_zone: Zone | None
    last_injection: Injection | None
    last_four_weeks: AdherenceSummary
    course: AdherenceSummary
    vial: Vial | None
    vial_remaining_mg: float | None
    volume_ml: float | None  # to draw for the protocol's dose from `vial`
    vial_problems: tuple[str, ...]
    taken_today_at: datetime | None = None  # the last dose of the course today, local time


@dataclass(frozen=True)
class DayMark:
    """One thing to show on a calendar day: a due dose and what became of it, or an extra."""

    protocol_id: int | None
    status: DoseStatus
    due_at: datetime | None
    injection_id: int | None
    taken_at: datetime | None


def zone_uses(injections: Sequence[Injection]) -> list[tuple[str, datetime]]:
    """(zone id, taken at) for every injection: the input of the rotation rules."""
    return [(shot.zone_id, shot.taken_at) for shot in injections]


def course_state(protocol: Protocol, today: date) -> CourseState:
    """Running, paused, ended, completed or not started yet, on `today`."""
    if protocol.ended_on is not None and protocol.ended_on < today:
        return CourseState.ENDED
    if protocol.planned_end is not None and protocol.planned_end < today:
        return CourseState.COMPLETED
    if protocol.paused_from is not None and protocol.paused_from <= today:
        return CourseState.PAUSED
    if protocol.start > today:
        return CourseState.NOT_STARTED
    return CourseState.RUNNING


def vial_for(protocol: Protocol, vials: Sequence[Vial]) -> Vial | None:
    """The vial the next dose is drawn from: the newest open one of this product, else any open one."""
    open_vials = [vial for vial in vials if vial.finished_on is None]
    same = [v for v in open_vials if v.product.strip().lower() == protocol.product.strip().lower()]
    pool = same or open_vials
    return max(pool, key=lambda vial: vial.id or 0) if pool else None


def vial_left_mg(vial: Vial, injections: Sequence[Injection]) -> float | None:
    """Milligrams left in `vial` after the injections drawn from it."""
    draws = [(shot.dose, shot.dose_unit) for shot in injections if shot.vial_id == vial.id]
    return remaining_mg(vial, draws)


def course_overview(
    protocol: Protocol,
    injections: Sequence[Injection],
    zones: Sequence[Zone],
    vials: Sequence[Vial],
    tz: ZoneInfo,
    now: datetime,
) -> CourseOverview:
    """Next dose, suggested zone, adherence (last 4 weeks and the course) and the vial in use."""
    today = now.astimezone(tz).date()
    past = [shot for shot in injections if shot.taken_at <= now]
    mine = [shot for shot in past if shot.protocol_id == protocol.id]
    recent_start = max(protocol.start, today - timedelta(days=RECENT_DAYS - 1))
    recent_end = today
    for last_day in (protocol.planned_end, protocol.ended_on):
        if last_day is not None:
            recent_end = min(recent_end, last_day)
    recent = summarize(adherence(protocol, past, tz, recent_start, recent_end, now))
    vial = vial_for(protocol, vials)
    today_shot = taken_today(protocol, past, tz, now)
    return CourseOverview(
        protocol=protocol,
        state=course_state(protocol, today),
        next_due=next_dose(protocol, tz, now, past),
        suggested_zone=suggest_next_zone(zones, zone_uses(past), now),
        last_injection=mine[-1] if mine else None,
        last_four_weeks=recent,
        course=course_adherence(protocol, past, tz, now),
        vial=vial,
        vial_remaining_mg=vial_left_mg(vial, past) if vial else None,
        volume_ml=volume_to_draw_ml(protocol.dose, protocol.dose_unit, vial) if vial else None,
        vial_problems=tuple(vial_problems(vial, now)) if vial else (),
        taken_today_at=today_shot.taken_at.astimezone(tz) if today_shot else None,
    )


def month_marks(
    protocols: Sequence[Protocol],
    injections: Sequence[Injection],
    tz: ZoneInfo,
    first: date,
    last: date,
    now: datetime,
) -> dict[date, list[DayMark]]:
    """What each local day from first to last shows: due doses with their outcome, and extras.

    Matching runs over a week more on each side, so a dose taken late across the edge of the
    range still shows as late on its day rather than as a miss and an extra. Injections with no
    protocol (or one since removed) are extras on the day they were taken.
    """
    pad = timedelta(days=8)
    marks: dict[date, list[DayMark]] = defaultdict(list)
    known = {protocol.id for protocol in protocols}
    for protocol in protocols:
        for outcome in adherence(protocol, injections, tz, first - pad, last + pad, now):
            day = outcome.when.astimezone(tz).date()
            if first <= day <= last:
                marks[day].append(
                    DayMark(
                        protocol.id,
                        outcome.status,
                        outcome.due_at,
                        outcome.injection_id,
                        outcome.taken_at,
                    )
                )
    for shot in injections:
        if shot.protocol_id in known:
            continue
        day = shot.taken_at.astimezone(tz).date()
        if first <= day <= last:
            marks[day].append(DayMark(None, DoseStatus.EXTRA, None, shot.id, shot.taken_at))
    for day_marks in marks.values():
        day_marks.sort(key=lambda mark: (mark.due_at or mark.taken_at or now).timestamp())
    return dict(marks)


def reaction_zones(reactions: Sequence[SiteReaction], now: datetime) -> set[str]:
    """Zones to badge on the map: a reaction not yet settled, or settled in the last 4 weeks."""
    shown: set[str] = set()
    for reaction in reactions:
        if reaction.observed_at > now:
            continue
        settled = reaction.resolved_at
        if settled is None or now - settled <= timedelta(days=REACTION_SHOWN_DAYS):
            shown.add(reaction.zone_id)
    return shown
