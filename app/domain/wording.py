"""Dates and schedules in words, in one place and in the active language: short forms for the
report, the command line, warnings, messages and the screens.

English: "Thu 12 Mar", German: "Do., 12. März", Chinese: "3月12日 周四". The order of the
parts is a translatable template, the names are translated one by one (context "Dates").
Times are on the 24-hour clock in every language Dosebook speaks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from app.domain.i18n import translate

# English short names, the source texts (kept for code that needs a stable English form)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def weekday_names() -> tuple[str, ...]:
    """Short weekday names, Monday first: "Mon" / "Mo." / "周一"."""
    return (
        translate("Dates", "Mon", "weekday, short"),
        translate("Dates", "Tue", "weekday, short"),
        translate("Dates", "Wed", "weekday, short"),
        translate("Dates", "Thu", "weekday, short"),
        translate("Dates", "Fri", "weekday, short"),
        translate("Dates", "Sat", "weekday, short"),
        translate("Dates", "Sun", "weekday, short"),
    )


def long_weekday_names() -> tuple[str, ...]:
    """Full weekday names, Monday first: "Monday" / "Montag" / "星期一"."""
    return (
        translate("Dates", "Monday", "weekday"),
        translate("Dates", "Tuesday", "weekday"),
        translate("Dates", "Wednesday", "weekday"),
        translate("Dates", "Thursday", "weekday"),
        translate("Dates", "Friday", "weekday"),
        translate("Dates", "Saturday", "weekday"),
        translate("Dates", "Sunday", "weekday"),
    )


def month_names() -> tuple[str, ...]:
    """Short month names, January first: "Mar" / "März" / "3月"."""
    return (
        translate("Dates", "Jan", "month, short"),
        translate("Dates", "Feb", "month, short"),
        translate("Dates", "Mar", "month, short"),
        translate("Dates", "Apr", "month, short"),
        translate("Dates", "May", "month, short"),
        translate("Dates", "Jun", "month, short"),
        translate("Dates", "Jul", "month, short"),
        translate("Dates", "Aug", "month, short"),
        translate("Dates", "Sep", "month, short"),
        translate("Dates", "Oct", "month, short"),
        translate("Dates", "Nov", "month, short"),
        translate("Dates", "Dec", "month, short"),
    )


def day_month(d: date) -> str:
    """'27 Jul'."""
    #: A day of the month and a short month name: "27 Jul". German "27. Juli".
    template = translate("Dates", "{day} {month}")
    return template.format(day=d.day, month=month_names()[d.month - 1])


def day(d: date, as_of: date) -> str:
    """'27 Jul', with the year when it is not the as-of year: '27 Jul 2025'."""
    return day_month(d) if d.year == as_of.year else long_day(d)


def long_day(d: date) -> str:
    """'24 Nov 2026'."""
    #: A date with a short month name: "24 Nov 2026".
    template = translate("Dates", "{day} {month} {year}")
    return template.format(day=d.day, month=month_names()[d.month - 1], year=d.year)


def month_year(d: date) -> str:
    """'Nov 2026'."""
    #: A short month name and a year: "Nov 2026".
    template = translate("Dates", "{month} {year}")
    return template.format(month=month_names()[d.month - 1], year=d.year)


def weekday_day(d: date, as_of: date | None = None) -> str:
    """'Thu 12 Mar'; with `as_of`, the year is added when it differs."""
    #: A short weekday name before a date: "Thu 12 Mar".
    template = translate("Dates", "{weekday} {date}")
    return template.format(weekday=weekday_names()[d.weekday()], date=day(d, as_of or d))


def weekday_long_day(d: date) -> str:
    """'Thu 12 Mar 2026': with the year always."""
    #: A short weekday name before a date: "Thu 12 Mar".
    template = translate("Dates", "{weekday} {date}")
    return template.format(weekday=weekday_names()[d.weekday()], date=long_day(d))


def clock(t: datetime | time) -> str:
    """'20:00'."""
    return f"{t:%H:%M}"


def moment(t: datetime, as_of: date | None = None) -> str:
    """'Thu 12 Mar 20:00'."""
    #: A date and a time of day: "Thu 12 Mar 20:00".
    template = translate("Dates", "{date} {time}")
    return template.format(date=weekday_day(t.date(), as_of), time=clock(t))


def join_words(words: Sequence[str]) -> str:
    """'Mon', 'Mon and Thu', 'Mon, Wed and Fri' in the active language."""
    if len(words) < 2:
        return "".join(words)
    #: Between items of a list but the last two: "Mon, Wed and Fri".
    comma = translate("Dates", ", ", "list separator")
    #: Between the last two items of a list: "Mon, Wed and Fri".
    last = translate("Dates", " and ", "list separator")
    return comma.join(words[:-1]) + last + words[-1]


def schedule_sentence(
    weekdays: Sequence[int],
    every_n_days: int | None,
    at: time,
    day_names: Sequence[str] | None = None,
) -> str:
    """'Mon and Thu at 20:00', 'every day at 08:00', 'every 3 days at 08:00'.

    The screens pass the full day names ("Monday and Thursday at 20:00").
    """
    clock_text = clock(at)
    if every_n_days:
        if every_n_days == 1:
            return translate("Dates", "every day at {time}").format(time=clock_text)
        return translate("Dates", "every {n} days at {time}").format(
            n=every_n_days, time=clock_text
        )
    names = day_names or weekday_names()
    joined = join_words([names[d] for d in sorted(weekdays)])
    #: Days of the week and a time: "Mon and Thu at 20:00".
    return translate("Dates", "{days} at {time}").format(days=joined, time=clock_text).strip()
