"""The guard against a missed or a doubled dose, asked before a dose is logged.

Two questions, both answered from the schedule and the doses already logged:
- Which scheduled dose would a dose taken at `at` count as? The nearest dose not yet taken that
  is due on the same local day, or within `reach` hours of `at` (a dose taken at 07:16 against a
  20:00 schedule is today's 20:00 dose, 12 h 44 min early). The person then chooses: that dose,
  or an extra one; the choice is stored on the injection (`counts_for`, `extra`).
  When no dose is that near, the nearest open dose within half the shortest gap is offered,
  with "an extra dose" chosen unless the person says otherwise.
- Was a dose of the same course logged a short while before (or after) `at`? Then the log
  dialog asks before saving a second one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from app.domain.records import Injection, Protocol
from app.domain.schedule import DoseStatus, adherence

REACH_SETTING = "doses.reach_hours"
REPEAT_SETTING = "doses.repeat_hours"
DEFAULT_REACH_HOURS = 12
DEFAULT_REPEAT_HOURS = 24
MAX_GUARD_HOURS = 72

_OPEN = (DoseStatus.UPCOMING, DoseStatus.MISSED)


@dataclass(frozen=True)
class OpenDose:
    """A scheduled dose not yet taken, and how far from it the logged time is."""

    due_at: datetime  # aware, in the diary's zone
    taken_at: datetime

    @property
    def early_by(self) -> timedelta:
        """How much earlier than due it is taken (negative: later)."""
        return self.due_at - self.taken_at


def dose_it_would_count_as(
    protocol: Protocol,
    injections: Sequence[Injection],
    tz: ZoneInfo,
    at: datetime,
    reach_hours: float = DEFAULT_REACH_HOURS,
    editing_id: int | None = None,
) -> OpenDose | None:
    """The open scheduled dose nearest to `at` on its local day or within `reach_hours`, if any.

    `editing_id` is the injection being changed: it does not count as taking a dose.
    """
    others = [shot for shot in injections if shot.id is None or shot.id != editing_id]
    local = at.astimezone(tz)
    reach = timedelta(hours=max(0.0, reach_hours))
    pad = timedelta(days=math.ceil(reach_hours / 24) + 1)
    day = local.date()
    candidates = [
        outcome.due_at
        for outcome in adherence(protocol, others, tz, day - pad, day + pad, at)
        if outcome.status in _OPEN
        and outcome.due_at is not None
        and (outcome.due_at.date() == day or abs(outcome.due_at - at) <= reach)
    ]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda due: (abs(due - at), due))
    return OpenDose(nearest, local)


def dose_out_of_reach(
    protocol: Protocol,
    injections: Sequence[Injection],
    tz: ZoneInfo,
    at: datetime,
    reach_hours: float = DEFAULT_REACH_HOURS,
    editing_id: int | None = None,
) -> OpenDose | None:
    """When no scheduled dose is within reach of `at`: the nearest one not yet taken within half
    the course's shortest gap (a dose taken the night before, or a day late, was most likely
    meant for it; further off it sits between two doses). None when a dose is within reach, or
    none is open that near."""
    if dose_it_would_count_as(protocol, injections, tz, at, reach_hours, editing_id) is not None:
        return None
    half_gap = shortest_gap_hours(protocol) / 2
    if half_gap <= reach_hours:
        return None
    return dose_it_would_count_as(protocol, injections, tz, at, half_gap, editing_id)


def shortest_gap_hours(protocol: Protocol) -> float:
    """The shortest time between two scheduled doses of the course, in hours."""
    if protocol.every_n_days:
        return 24.0 * protocol.every_n_days
    days = sorted(set(protocol.weekdays))
    if not days:
        return 24.0 * 7
    gaps = [(days[(i + 1) % len(days)] - day) % 7 or 7 for i, day in enumerate(days)]
    return 24.0 * min(gaps)


def repeat_window_hours(protocol: Protocol, repeat_hours: float) -> float:
    """The setting, but never more than half the time between two doses: on a daily course a
    dose taken a little early the next day is not a second dose."""
    return min(float(repeat_hours), shortest_gap_hours(protocol) / 2)


def dose_shortly_before(
    protocol: Protocol,
    injections: Sequence[Injection],
    at: datetime,
    repeat_hours: float = DEFAULT_REPEAT_HOURS,
    editing_id: int | None = None,
) -> Injection | None:
    """The latest dose of this course logged less than the repeat window from `at`, if any."""
    limit = timedelta(hours=repeat_window_hours(protocol, repeat_hours))
    if limit <= timedelta(0):
        return None
    near = [
        shot
        for shot in injections
        if shot.protocol_id == protocol.id
        and (shot.id is None or shot.id != editing_id)
        and abs(shot.taken_at - at) < limit
    ]
    return max(near, key=lambda shot: shot.taken_at) if near else None


def taken_today(
    protocol: Protocol, injections: Sequence[Injection], tz: ZoneInfo, now: datetime
) -> Injection | None:
    """The last dose of this course taken earlier today (local day), for 'Taken today 07:16'."""
    today = now.astimezone(tz).date()
    mine = [
        shot
        for shot in injections
        if shot.protocol_id == protocol.id
        and shot.taken_at <= now
        and shot.taken_at.astimezone(tz).date() == today
    ]
    return max(mine, key=lambda shot: shot.taken_at) if mine else None
