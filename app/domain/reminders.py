"""What to remind the person of, when, and in how many words.

Reminders come from the schedule (the next dose of each running course, at its time or a lead
time before), the labs that are due, and the next appointment. Their text never says more than
the person chose (`Detail`), because a notification can show on a locked screen and a calendar
can be shared: by default only that a dose is due and when, no product and no health detail.
The words are plain English here (the command line has no Qt); the screens pass them through.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.domain.i18n import translate
from app.domain.i18n.numbers import figure
from app.domain.injection_overview import CourseState, course_state
from app.domain.labs.due import DueItem, DueStatus, group_title
from app.domain.records import Injection, Protocol
from app.domain.schedule import next_dose
from app.domain.wording import join_words, weekday_day

ENABLED_SETTING = "reminders.enabled"
LEAD_SETTING = "reminders.lead_minutes"
DETAIL_SETTING = "reminders.detail"
KEEP_IN_TRAY_SETTING = "reminders.keep_in_tray"
APP_NAME = "Dosebook"
LABS_AT = time(9, 0)  # labs that are due are mentioned once a day, in the morning
APPOINTMENT_AHEAD = timedelta(days=1)


class Detail(StrEnum):
    """How much a reminder says."""

    NONE = "none"  # "A reminder at 20:00"
    TIME = "time"  # "A dose is due at 20:00" (the default)
    FULL = "full"  # "Thymosin Alpha-1 1.6 mg is due at 20:00"

    @classmethod
    def from_setting(cls, text: str) -> Detail:
        try:
            return cls(text)
        except ValueError:
            return cls.TIME


# An appointment as reminders need it: when, and with whom (the person's own words).
AppointmentTime = tuple[datetime, str]


@dataclass(frozen=True)
class Reminder:
    """One notification to show at `at`; `key` names it so it is shown only once."""

    key: str
    kind: str  # "dose", "labs" or "appointment"
    at: datetime
    due_at: datetime
    body: str
    protocol_id: int | None = None
    title: str = APP_NAME


def _hhmm(moment: datetime, tz: ZoneInfo) -> str:
    return f"{moment.astimezone(tz):%H:%M}"


def dose_words(detail: Detail, protocol: Protocol | None, due: datetime, tz: ZoneInfo) -> str:
    """'A dose is due at 20:00' at the default detail."""
    at = _hhmm(due, tz)
    if detail is Detail.NONE:
        return translate("Reminders", "A reminder at {time}").format(time=at)
    if detail is Detail.FULL and protocol is not None:
        return translate("Reminders", "{dose} is due at {time}").format(
            dose=f"{protocol.product} {figure(protocol.dose)} {protocol.dose_unit}", time=at
        )
    return translate("Reminders", "A dose is due at {time}").format(time=at)


def labs_words(detail: Detail, items: Sequence[DueItem]) -> str:
    """'Lab tests are due' (the groups named only at full detail)."""
    if detail is Detail.NONE:
        return translate("Reminders", "A reminder for today")
    if detail is Detail.FULL and items:
        return translate("Reminders", "Lab tests are due: {groups}").format(
            groups=join_words([group_title(item.group) for item in items])
        )
    return translate("Reminders", "Lab tests are due")


def appointment_words(detail: Detail, when: datetime, label: str, tz: ZoneInfo) -> str:
    """'An appointment on Thu 12 Mar at 10:30' (with whom only at full detail)."""
    at = _hhmm(when, tz)
    day = weekday_day(when.astimezone(tz).date())
    if detail is Detail.NONE:
        return translate("Reminders", "A reminder for {day} at {time}").format(day=day, time=at)
    if detail is Detail.FULL and label:
        return translate("Reminders", "{label}: {day} at {time}").format(
            label=label, day=day, time=at
        )
    return translate("Reminders", "An appointment on {day} at {time}").format(day=day, time=at)


def calendar_summary(detail: Detail, protocol: Protocol) -> str:
    """The title of a course's events in an exported calendar."""
    if detail is Detail.NONE:
        return translate("Reminders", "Reminder")
    if detail is Detail.FULL:
        return f"{protocol.product} {figure(protocol.dose)} {protocol.dose_unit}"
    return translate("Reminders", "{app}: dose due").format(app=APP_NAME)


def dose_reminders(
    protocols: Sequence[Protocol],
    injections: Sequence[Injection],
    tz: ZoneInfo,
    now: datetime,
    lead_minutes: int = 0,
    detail: Detail = Detail.TIME,
) -> list[Reminder]:
    """The next dose of each running course not yet taken, to be shown `lead_minutes` before.

    A dose whose window is still open counts even if its time has passed: a reminder for it is
    due at once.
    """
    out = []
    today = now.astimezone(tz).date()
    for protocol in protocols:
        if course_state(protocol, today) in (CourseState.ENDED, CourseState.COMPLETED):
            continue
        due = next_dose(protocol, tz, now, injections)
        if due is None:
            continue
        out.append(
            Reminder(
                key=f"dose:{protocol.id}:{due.isoformat()}",
                kind="dose",
                at=due - timedelta(minutes=lead_minutes),
                due_at=due,
                body=dose_words(detail, protocol, due, tz),
                protocol_id=protocol.id,
            )
        )
    return sorted(out, key=lambda r: r.at)


def labs_reminder(
    items: Sequence[DueItem], tz: ZoneInfo, today: date, detail: Detail = Detail.TIME
) -> Reminder | None:
    """One reminder a day while a group of labs done before is due or overdue."""
    due = [item for item in items if item.status in (DueStatus.DUE, DueStatus.OVERDUE)]
    if not due:
        return None
    at = datetime.combine(today, LABS_AT, tz)
    return Reminder(f"labs:{today.isoformat()}", "labs", at, at, labs_words(detail, due))


def appointment_reminder(
    appointments: Sequence[AppointmentTime],
    tz: ZoneInfo,
    now: datetime,
    detail: Detail = Detail.TIME,
) -> Reminder | None:
    """The next appointment, a day ahead (or at once when it is less than a day away)."""
    ahead = sorted((when, label) for when, label in appointments if when > now)
    if not ahead:
        return None
    when, label = ahead[0]
    return Reminder(
        key=f"appointment:{when.isoformat()}",
        kind="appointment",
        at=when - APPOINTMENT_AHEAD,
        due_at=when,
        body=appointment_words(detail, when, label, tz),
    )
