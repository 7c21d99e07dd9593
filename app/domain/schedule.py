"""When a protocol's doses are due, and how the injections actually taken line up with them.

Time rules, in one place:
- A dose is due at the protocol's time of day, as local wall time in the diary's home zone `tz`.
  20:00 stays 20:00 on the clock across daylight-saving changes (so the gap between two doses
  can be 23 or 25 hours).
- A time that does not exist on a spring-forward day (02:30 in Berlin on the last Sunday of
  March) is read with the offset in force before the change, which lands one gap-length later:
  02:30 becomes 03:30. A time that happens twice on a fall-back day is the first of the two
  (fold=0, still summer time).
- Everything is compared as instants (UTC), so injections logged while travelling in another
  zone match the right dose, and the ±window is real elapsed hours.

Matching (see `adherence`): each expected dose takes at most one injection and each injection
serves at most one dose. First, an injection the person said counts for a scheduled dose
(`counts_for`, from the log dialog's guard) takes that dose: ON_TIME unless taken after its window
closed (LATE); one they called an extra (`extra`) takes none. Then doses are visited in time order
and take the unused injection nearest to them within ±window_hours (ON_TIME). Doses still open
then take the earliest unused injection after their window closed and before the next scheduled
dose's window opens (LATE). Anything left over is EXTRA, including a dose taken early outside its
window that nobody said was meant for it.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.domain.records import Injection, Protocol

_ONE_DAY = timedelta(days=1)


class DoseStatus(StrEnum):
    """What became of one expected dose (or of an injection that matched no dose)."""

    ON_TIME = "on_time"
    LATE = "late"
    MISSED = "missed"
    UPCOMING = "upcoming"
    EXTRA = "extra"


@dataclass(frozen=True)
class DoseOutcome:
    """One expected dose and the injection that served it; for EXTRA, due_at is None."""

    due_at: datetime | None
    status: DoseStatus
    injection_id: int | None = None
    taken_at: datetime | None = None

    @property
    def when(self) -> datetime:
        """The time to place this outcome on a calendar: when it was due, else when taken."""
        moment = self.due_at or self.taken_at
        assert moment is not None, "an outcome has a due time or a taken time"
        return moment


@dataclass(frozen=True)
class AdherenceSummary:
    """Counts of outcomes; taken_percent is taken / (taken + missed), None when nothing was due."""

    on_time: int
    late: int
    missed: int
    extra: int
    upcoming: int
    taken_percent: float | None


@dataclass(frozen=True)
class PeriodAdherence:
    """Adherence over one stretch of days, both ends included."""

    start: date
    end: date
    summary: AdherenceSummary


def dose_days(protocol: Protocol, start: date, end: date) -> list[date]:
    """Local calendar days between start and end (inclusive) on which a dose is due.

    every_n_days counts from protocol.start and wins over weekdays when both are set.
    planned_end and ended_on are the course's last days (doses on them are due);
    paused_from is the first day with no dose, and a pause with no end lasts until it is cleared.
    """
    lo = max(start, protocol.start)
    hi = end
    for last_day in (protocol.planned_end, protocol.ended_on):
        if last_day is not None:
            hi = min(hi, last_day)
    if protocol.paused_from is not None:
        hi = min(hi, protocol.paused_from - _ONE_DAY)
    if lo > hi:
        return []
    if protocol.every_n_days is not None:
        step = _checked_step(protocol.every_n_days)
        first = lo + timedelta(days=-(lo - protocol.start).days % step)
        if first > hi:
            return []
        return [first + timedelta(days=step * k) for k in range((hi - first).days // step + 1)]
    days: list[date] = []
    for weekday in _checked_weekdays(protocol.weekdays):
        day = lo + timedelta(days=(weekday - lo.weekday()) % 7)
        while day <= hi:
            days.append(day)
            day += timedelta(days=7)
    days.sort()
    return days


def due_time(day: date, protocol: Protocol, tz: ZoneInfo) -> datetime:
    """The dose time on `day` as an aware datetime in tz, DST gaps and overlaps resolved."""
    return _due_instants([day], protocol, tz)[0].astimezone(tz)


def expected_doses(protocol: Protocol, tz: ZoneInfo, start: date, end: date) -> list[datetime]:
    """Aware datetimes (in tz) at which doses are due between start and end inclusive."""
    return [
        due.astimezone(tz) for due in _due_instants(dose_days(protocol, start, end), protocol, tz)
    ]


def adherence(
    protocol: Protocol,
    injections: Sequence[Injection],
    tz: ZoneInfo,
    start: date,
    end: date,
    now: datetime,
) -> list[DoseOutcome]:
    """Each expected dose between start and end with its status, plus EXTRA injections, in time order.

    Only injections of this protocol count. An open dose is MISSED once its window closed before
    `now`, else UPCOMING; a late injection logged later turns a MISSED dose into LATE.
    Extras are the unmatched injections taken (local date in tz) between start and end.
    """
    days = dose_days(protocol, start, end)
    dues = _due_instants(days, protocol, tz)
    shots = sorted(
        (shot for shot in injections if shot.protocol_id == protocol.id),
        key=lambda shot: shot.taken_at.astimezone(UTC),
    )
    times = [shot.taken_at.astimezone(UTC) for shot in shots]
    window = timedelta(hours=protocol.window_hours)
    used = [shot.extra for shot in shots]  # an extra dose serves no scheduled one
    matched, pinned_late = _match_chosen(dues, shots, times, used, window)
    _match_on_time(dues, times, used, window, matched)
    late = _match_late(protocol, tz, days, dues, times, used, matched)
    late = [a or b for a, b in zip(late, pinned_late, strict=True)]
    serving = {index for index in matched if index is not None}

    now_utc = now.astimezone(UTC)
    placed: list[tuple[datetime, int, DoseOutcome]] = []
    for k, due in enumerate(dues):
        index = matched[k]
        if index is None:
            status = DoseStatus.MISSED if now_utc > due + window else DoseStatus.UPCOMING
            placed.append((due, 0, DoseOutcome(due.astimezone(tz), status)))
        else:
            status = DoseStatus.LATE if late[k] else DoseStatus.ON_TIME
            shot = shots[index]
            placed.append((due, 0, DoseOutcome(due.astimezone(tz), status, shot.id, shot.taken_at)))
    for j, shot in enumerate(shots):
        if j not in serving and start <= times[j].astimezone(tz).date() <= end:
            placed.append(
                (times[j], 1, DoseOutcome(None, DoseStatus.EXTRA, shot.id, shot.taken_at))
            )
    # Doses and extras interleave by instant; a dose sorts before an extra at the same instant.
    placed.sort(key=lambda item: (item[0], item[1]))
    return [outcome for _, _, outcome in placed]


def summarize(outcomes: Sequence[DoseOutcome]) -> AdherenceSummary:
    """Count outcomes by status; upcoming and extra doses do not enter taken_percent."""
    counts = {status: 0 for status in DoseStatus}
    for outcome in outcomes:
        counts[outcome.status] += 1
    taken = counts[DoseStatus.ON_TIME] + counts[DoseStatus.LATE]
    due = taken + counts[DoseStatus.MISSED]
    return AdherenceSummary(
        on_time=counts[DoseStatus.ON_TIME],
        late=counts[DoseStatus.LATE],
        missed=counts[DoseStatus.MISSED],
        extra=counts[DoseStatus.EXTRA],
        upcoming=counts[DoseStatus.UPCOMING],
        taken_percent=100.0 * taken / due if due else None,
    )


def adherence_by_period(
    protocol: Protocol,
    injections: Sequence[Injection],
    tz: ZoneInfo,
    start: date,
    end: date,
    now: datetime,
    days: int = 28,
) -> list[PeriodAdherence]:
    """Adherence in consecutive stretches of `days` days from start; the last may be shorter.

    Matching runs once over the whole range, so a dose taken late across a period boundary
    still counts as late rather than as a miss and an extra.
    """
    if days < 1:
        raise ValueError("a period needs at least one day")
    if start > end:
        return []
    outcomes = adherence(protocol, injections, tz, start, end, now)
    buckets: list[list[DoseOutcome]] = [[] for _ in range((end - start).days // days + 1)]
    for outcome in outcomes:
        day = outcome.when.astimezone(tz).date()
        buckets[(day - start).days // days].append(outcome)
    periods: list[PeriodAdherence] = []
    for index, bucket in enumerate(buckets):
        first = start + timedelta(days=index * days)
        last = min(end, first + timedelta(days=days - 1))
        periods.append(PeriodAdherence(first, last, summarize(bucket)))
    return periods


def course_adherence(
    protocol: Protocol, injections: Sequence[Injection], tz: ZoneInfo, now: datetime
) -> AdherenceSummary:
    """Adherence for the course so far: from its start to its end, or to today if still running."""
    last = now.astimezone(tz).date()
    for last_day in (protocol.planned_end, protocol.ended_on):
        if last_day is not None:
            last = min(last, last_day)
    return summarize(adherence(protocol, injections, tz, protocol.start, last, now))


def next_dose(
    protocol: Protocol,
    tz: ZoneInfo,
    now: datetime,
    injections: Sequence[Injection] = (),
) -> datetime | None:
    """The next expected dose not yet taken, or None when the course is paused or over.

    A dose whose window is still open counts even if its time has passed (it is due now);
    a dose already served by a logged injection is skipped.
    """
    cycle = protocol.every_n_days or 7
    reach = timedelta(days=2 * cycle + math.ceil(protocol.window_hours / 24) + 1)
    anchor = max(now.astimezone(tz).date(), protocol.start)
    for outcome in adherence(protocol, injections, tz, anchor - reach, anchor + reach, now):
        if outcome.status is DoseStatus.UPCOMING:
            return outcome.due_at
    return None


def _match_chosen(
    dues: list[datetime],
    shots: list[Injection],
    times: list[datetime],
    used: list[bool],
    window: timedelta,
) -> tuple[list[int | None], list[bool]]:
    """Give each dose the injection the person said counts for it; (matched, taken late).

    A choice naming a time the schedule no longer has (the course was changed since) is ignored:
    that injection is matched like any other.
    """
    matched: list[int | None] = [None] * len(dues)
    late = [False] * len(dues)
    where = {due: k for k, due in enumerate(dues)}
    for j, shot in enumerate(shots):
        if shot.counts_for is None or used[j]:
            continue
        k = where.get(shot.counts_for.astimezone(UTC))
        if k is not None and matched[k] is None:
            used[j] = True
            matched[k] = j
            late[k] = times[j] > dues[k] + window
    return matched, late


def _match_on_time(
    dues: list[datetime],
    times: list[datetime],
    used: list[bool],
    window: timedelta,
    matched: list[int | None],
) -> None:
    """Give each open due instant the nearest unused injection within ±window (in `matched`)."""
    # Windows move forward with the doses, so the search start only ever advances (linear overall).
    first = 0
    for k, due in enumerate(dues):
        first = bisect_left(times, due - window, first)
        if matched[k] is not None:
            continue
        best: int | None = None
        j = first
        while j < len(times) and times[j] <= due + window:
            if not used[j] and (best is None or abs(times[j] - due) < abs(times[best] - due)):
                best = j
            j += 1
        if best is not None:
            used[best] = True
            matched[k] = best


def _match_late(
    protocol: Protocol,
    tz: ZoneInfo,
    days: list[date],
    dues: list[datetime],
    times: list[datetime],
    used: list[bool],
    matched: list[int | None],
) -> list[bool]:
    """Give each open dose the earliest unused injection between its window and the next one's.

    The next dose follows the pattern even past an end or pause, so the last dose can be late too.
    Fills `matched` and `used` in place; returns which doses were matched late.
    """
    window = timedelta(hours=protocol.window_hours)
    late = [False] * len(dues)
    for k, due in enumerate(dues):
        if matched[k] is not None:
            continue
        next_day = _next_pattern_day(protocol, days[k])
        if k + 1 < len(days) and days[k + 1] == next_day:
            closes = dues[k + 1] - window
        else:
            closes = _due_instants([next_day], protocol, tz)[0] - window
        j = bisect_right(times, due + window)
        while j < len(times) and times[j] < closes:
            if not used[j]:
                used[j] = True
                matched[k] = j
                late[k] = True
                break
            j += 1
    return late


def _due_instants(days: Sequence[date], protocol: Protocol, tz: ZoneInfo) -> list[datetime]:
    """The dose instants (UTC) on the given local days."""
    wall_time = protocol.time_of_day.replace(tzinfo=None)
    # fold=0 picks the first of two repeated times, and reads a skipped time with the offset in
    # force before the change, which lands a gap-length later (02:30 in a gap is 03:30 on the clock).
    return [
        datetime.combine(day, wall_time).replace(tzinfo=tz, fold=0).astimezone(UTC) for day in days
    ]


def _next_pattern_day(protocol: Protocol, day: date) -> date:
    """The scheduled day after `day` by the pattern alone, ignoring ends and pauses."""
    if protocol.every_n_days is not None:
        return day + timedelta(days=_checked_step(protocol.every_n_days))
    ahead = min((weekday - day.weekday() - 1) % 7 + 1 for weekday in protocol.weekdays)
    return day + timedelta(days=ahead)


def _checked_step(every_n_days: int) -> int:
    if every_n_days < 1:
        raise ValueError(f"every_n_days must be at least 1, not {every_n_days}")
    return every_n_days


def _checked_weekdays(weekdays: Sequence[int]) -> list[int]:
    if any(not 0 <= weekday <= 6 for weekday in weekdays):
        raise ValueError(f"weekdays run from 0 (Monday) to 6 (Sunday), not {tuple(weekdays)}")
    return sorted(set(weekdays))
