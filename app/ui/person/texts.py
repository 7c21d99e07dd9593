"""Words of the person's screens, translated in one context ("Person").

The domain keeps the English names and reasons (`domain.person`); the screens pass them through
`tr` so a translation can replace them.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from app.domain.person import CAUTION_NAMES, CAUTION_REASONS, CONDITION_NAMES
from app.domain.records import Appointment, Caution, Condition
from app.domain.wording import long_day, weekday_day

translate = QCoreApplication.translate

_CONTEXT = "Person"


def condition_name(condition: Condition) -> str:
    return translate("Person", CONDITION_NAMES[condition])


def caution_name(caution: Caution) -> str:
    return translate("Person", CAUTION_NAMES[caution])


def caution_reason(caution: Caution) -> str:
    """The one sentence saying why it matters, and its source."""
    reason = CAUTION_REASONS[caution]
    return translate("Person", "{why} (Source: {source}.)").format(
        why=translate("Person", reason.text), source=translate("Person", reason.source)
    )


def day_text(day: date | None) -> str:
    """ "16 Jun 2024", or a dash."""
    if day is None:
        return "–"
    return long_day(day)


def appointment_when(appointment: Appointment, tz: object) -> str:
    """ "Tue 15 Dec 10:30" in the user's language (the year when it is not this one)."""
    at: datetime = appointment.at.astimezone(tz)
    return f"{weekday_day(at.date(), date.today())} {at:%H:%M}"


def appointment_line(appointment: Appointment, tz: object) -> str:
    """ "Liver clinic, Tue 15 Dec 10:30"."""
    when = appointment_when(appointment, tz)
    return f"{appointment.with_whom}, {when}" if appointment.with_whom else when
