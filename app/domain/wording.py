"""Dates and schedules in words, in one place: short English forms for the report, the command
line, warnings and messages (the screens use the same sentences with the locale's day names).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_month(d: date) -> str:
    """'27 Jul'."""
    return f"{d.day} {MONTHS[d.month - 1]}"


def day(d: date, as_of: date) -> str:
    """'27 Jul', with the year when it is not the as-of year: '27 Jul 2025'."""
    return day_month(d) if d.year == as_of.year else f"{day_month(d)} {d.year}"


def long_day(d: date) -> str:
    """'24 Nov 2026'."""
    return f"{day_month(d)} {d.year}"


def weekday_day(d: date, as_of: date | None = None) -> str:
    """'Thu 12 Mar'; with `as_of`, the year is added when it differs."""
    return f"{WEEKDAYS[d.weekday()]} {day(d, as_of or d)}"


def moment(t: datetime, as_of: date | None = None) -> str:
    """'Thu 12 Mar 20:00'."""
    return f"{weekday_day(t.date(), as_of)} {t:%H:%M}"


def schedule_sentence(
    weekdays: Sequence[int],
    every_n_days: int | None,
    at: time,
    day_names: Sequence[str] = WEEKDAYS,
    *,
    and_word: str = " and ",
    on_days: str = "{days} at {time}",
    every_day: str = "every day at {time}",
    every_n: str = "every {n} days at {time}",
) -> str:
    """'Mon and Thu at 20:00', 'every day at 08:00', 'every 3 days at 08:00'.

    The screens pass their translated templates and the locale's day names.
    """
    clock = at.strftime("%H:%M")
    if every_n_days:
        if every_n_days == 1:
            return every_day.format(time=clock)
        return every_n.format(n=every_n_days, time=clock)
    names = [day_names[d] for d in sorted(weekdays)]
    if not names:
        return on_days.format(days="", time=clock).strip()
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + and_word + names[-1]
    return on_days.format(days=joined, time=clock)
