"""The schedule as an iCalendar file (RFC 5545), for a phone or a calendar program.

One recurring event per course: DTSTART in the diary's zone (with its VTIMEZONE, so 20:00 stays
20:00 across daylight-saving changes), an RRULE from the weekdays or "every N days" until the
planned end, and a VALARM. A course that was paused and resumed is two courses in the diary; when
the second carries on the first's pattern they are one event here, the paused days as EXDATE. A
pause with no end yet ends the series on the day before it. Labs that are due and appointments
are events of their own. Titles say no more than the person chose (`Detail`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from app.domain.labs.due import DueItem, DueStatus
from app.domain.records import Protocol
from app.domain.reminders import (
    AppointmentTime,
    Detail,
    appointment_words,
    calendar_summary,
    labs_words,
)
from app.domain.schedule import dose_days, due_time

PRODID = "-//Dosebook//Dosebook calendar//EN"
DOSE_MINUTES = 15
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass
class _Series:
    """Courses that are one series on the calendar (a course and its resumptions)."""

    courses: list[Protocol] = field(default_factory=list)

    @property
    def first(self) -> Protocol:
        return self.courses[0]

    @property
    def last(self) -> Protocol:
        return self.courses[-1]


def _same_pattern(a: Protocol, b: Protocol) -> bool:
    same = (a.product, a.dose, a.dose_unit, a.weekdays, a.every_n_days, a.time_of_day) == (
        b.product,
        b.dose,
        b.dose_unit,
        b.weekdays,
        b.every_n_days,
        b.time_of_day,
    )
    if not same or a.ended_on is None or b.start <= a.ended_on:
        return False
    # "every N days" counts from each course's start: only a whole number of steps lines up.
    return a.every_n_days is None or (b.start - a.start).days % a.every_n_days == 0


def _series(protocols: Sequence[Protocol]) -> list[_Series]:
    out: list[_Series] = []
    for protocol in sorted(protocols, key=lambda p: (p.start, p.id or 0)):
        home = next((s for s in out if _same_pattern(s.last, protocol)), None)
        if home is None:
            out.append(_Series([protocol]))
        else:
            home.courses.append(protocol)
    return out


def _last_day(p: Protocol) -> date | None:
    ends = [d for d in (p.planned_end, p.ended_on) if d is not None]
    if p.paused_from is not None:
        ends.append(p.paused_from - timedelta(days=1))
    return min(ends) if ends else None


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, start, limit = [], 0, 75
    while start < len(data):
        end = min(len(data), start + limit)
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # never split a character
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74
    return "\r\n ".join(parts)


def _local(moment: datetime, tz: ZoneInfo) -> str:
    return f"{moment.astimezone(tz):%Y%m%dT%H%M%S}"


def _utc(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def _offset(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}{minutes:02d}"


def _transitions(tz: ZoneInfo, first_year: int, last_year: int) -> list[tuple[datetime, bool]]:
    """(UTC instant, is daylight time after it) for each change of offset in those years."""
    out = []
    moment = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    before = moment.astimezone(tz).utcoffset()
    while moment < end:
        step = moment + timedelta(days=1)
        if step.astimezone(tz).utcoffset() != before:
            lo, hi = moment, step  # the change is in (lo, hi]: find the minute
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(second=0, microsecond=0)
                if mid <= lo:
                    break
                if mid.astimezone(tz).utcoffset() == before:
                    lo = mid
                else:
                    hi = mid
            out.append((hi, bool(hi.astimezone(tz).dst())))
            before = hi.astimezone(tz).utcoffset()
        moment = step
    return out


def vtimezone(tz: ZoneInfo, first_year: int, last_year: int) -> list[str]:
    """A VTIMEZONE with each change of offset in those years (no rules to get wrong)."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tz.key}"]
    start = datetime(first_year, 1, 1, tzinfo=UTC)
    changes = _transitions(tz, first_year, last_year)
    if not changes:
        offset = _offset(start.astimezone(tz).utcoffset() or timedelta(0))
        kind = "DAYLIGHT" if start.astimezone(tz).dst() else "STANDARD"
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{first_year}0101T000000",
            f"TZOFFSETFROM:{offset}",
            f"TZOFFSETTO:{offset}",
            f"TZNAME:{start.astimezone(tz).tzname()}",
            f"END:{kind}",
        ]
    for instant, daylight in changes:
        kind = "DAYLIGHT" if daylight else "STANDARD"
        before = (instant - timedelta(minutes=1)).astimezone(tz).utcoffset() or timedelta(0)
        after = instant.astimezone(tz)
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{(instant + before).replace(tzinfo=None):%Y%m%dT%H%M%S}",
            f"TZOFFSETFROM:{_offset(before)}",
            f"TZOFFSETTO:{_offset(after.utcoffset() or timedelta(0))}",
            f"TZNAME:{after.tzname()}",
            f"END:{kind}",
        ]
    return [*lines, "END:VTIMEZONE"]


def _alarm(summary: str, lead_minutes: int) -> list[str]:
    return [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{_escape(summary)}",
        f"TRIGGER:-PT{lead_minutes}M",
        "END:VALARM",
    ]


def _course_event(
    series: _Series, tz: ZoneInfo, stamp: str, lead_minutes: int, detail: Detail
) -> list[str]:
    first, last = series.first, series.last
    end = _last_day(last)
    days = dose_days(first, first.start, first.start + timedelta(days=400))
    if not days:
        return []
    start = due_time(days[0], first, tz)
    rule = (
        f"FREQ=DAILY;INTERVAL={first.every_n_days}"
        if first.every_n_days
        else "FREQ=WEEKLY;BYDAY=" + ",".join(_DAYS[d] for d in sorted(first.weekdays))
    )
    if end is not None:
        ends = dose_days(last, max(last.start, end - timedelta(days=400)), end)
        if not ends:
            return []
        rule += f";UNTIL={_utc(due_time(ends[-1], last, tz))}"
    summary = calendar_summary(detail, first)
    lines = [
        "BEGIN:VEVENT",
        f"UID:course-{first.id}@dosebook",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tz.key}:{_local(start, tz)}",
        f"DURATION:PT{DOSE_MINUTES}M",
        f"RRULE:{rule}",
        f"SUMMARY:{_escape(summary)}",
    ]
    skipped = []
    for before, after in zip(series.courses, series.courses[1:], strict=False):
        assert before.ended_on is not None  # _same_pattern joins only an ended course
        gap = dose_days(_open_ended(before), before.ended_on + timedelta(days=1), after.start)
        skipped += [d for d in gap if d < after.start]
    if skipped:
        lines.append(
            f"EXDATE;TZID={tz.key}:" + ",".join(_local(due_time(d, first, tz), tz) for d in skipped)
        )
    return [*lines, *_alarm(summary, lead_minutes), "END:VEVENT"]


def _open_ended(p: Protocol) -> Protocol:
    """The course's pattern with no end, to list the days a pause skipped."""
    return replace(p, ended_on=None, planned_end=None, paused_from=None)


def _all_day(uid: str, day: date, summary: str, stamp: str) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}@dosebook",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{_escape(summary)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def calendar_text(
    protocols: Sequence[Protocol],
    tz: ZoneInfo,
    now: datetime,
    lead_minutes: int = 0,
    detail: Detail = Detail.TIME,
    labs: Sequence[DueItem] = (),
    appointments: Sequence[AppointmentTime] = (),
) -> str:
    """The whole calendar as text with CRLF line ends."""
    stamp = _utc(now)
    years = [p.start.year for p in protocols] + [now.year]
    ends = [d.year for p in protocols for d in (_last_day(p),) if d is not None]
    first_year, last_year = min(years), max([*years, *ends, now.year + 1])
    events: list[str] = []
    for series in _series(protocols):
        events += _course_event(series, tz, stamp, lead_minutes, detail)
    today = now.astimezone(tz).date()
    for item in labs:
        if item.due_from is None or item.status is DueStatus.NEVER_DONE:
            continue
        day = item.due_from if item.status is DueStatus.NOT_YET else today
        events += _all_day(f"labs-{item.group}", day, labs_words(detail, [item]), stamp)
    for when, label in appointments:
        summary = appointment_words(detail, when, label, tz)
        events += [
            "BEGIN:VEVENT",
            f"UID:appointment-{_utc(when)}@dosebook",
            f"DTSTAMP:{stamp}",
            f"DTSTART;TZID={tz.key}:{_local(when, tz)}",
            "DURATION:PT1H",
            f"SUMMARY:{_escape(summary)}",
            *_alarm(summary, 24 * 60),
            "END:VEVENT",
        ]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        *vtimezone(tz, first_year, last_year),
        *events,
        "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)


def appointment_times(reads: Any) -> list[AppointmentTime]:
    """The diary's appointments as (when, with whom), for the calendar and the reminders."""
    return [(item.at, item.with_whom) for item in reads.appointments()]


def diary_calendar(reads: Any, now: datetime, detail: Detail | None = None) -> str:
    """The calendar of a diary (the `Diary` facade or the quick reader): courses, labs due,
    appointments; at the detail the person chose unless `detail` is given."""
    from app.domain.reminders import DETAIL_SETTING, LEAD_SETTING

    tz = reads.timezone()
    chosen = detail or Detail.from_setting(reads.setting(DETAIL_SETTING, Detail.TIME.value))
    lead = reads.setting(LEAD_SETTING, "0")
    return calendar_text(
        reads.protocols(),
        tz,
        now,
        lead_minutes=int(lead) if lead.isdigit() else 0,
        detail=chosen,
        labs=reads.labs_due(now.astimezone(tz).date()),
        appointments=appointment_times(reads),
    )
