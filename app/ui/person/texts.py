"""Words of the person's screens, translated in one context ("Person").

The domain keeps the English names and reasons (`domain.person`); the screens pass them through
`tr` so a translation can replace them.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.person import CAUTION_NAMES, CAUTION_REASONS, CONDITION_NAMES
from app.domain.records import Appointment, Caution, Condition

_CONTEXT = "Person"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def condition_name(condition: Condition) -> str:
    return tr(CONDITION_NAMES[condition])


def caution_name(caution: Caution) -> str:
    return tr(CAUTION_NAMES[caution])


def caution_reason(caution: Caution) -> str:
    """The one sentence saying why it matters, and its source."""
    reason = CAUTION_REASONS[caution]
    return tr("{why} (Source: {source}.)").format(why=tr(reason.text), source=reason.source)


def day_text(day: date | None) -> str:
    """ "16 Jun 2024", or a dash."""
    if day is None:
        return "–"
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def appointment_when(appointment: Appointment, tz: object) -> str:
    """ "Tue 15 Dec 10:30" in the user's language (the year when it is not this one)."""
    at: datetime = appointment.at.astimezone(tz)
    pattern = "ddd d MMM" if at.year == date.today().year else "ddd d MMM yyyy"
    day = QLocale().toString(QDate(at.year, at.month, at.day), pattern)
    return f"{day} {at:%H:%M}"


def appointment_line(appointment: Appointment, tz: object) -> str:
    """ "Liver clinic, Tue 15 Dec 10:30"."""
    when = appointment_when(appointment, tz)
    return f"{appointment.with_whom}, {when}" if appointment.with_whom else when
