"""Words and numbers as the report prints them, in English whatever the computer's locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from app.domain.i18n.numbers import figure
from app.domain.i18n.seeds import protocol_text as seed_text
from app.domain.labs import Flag, flag_symbol, pretty_unit
from app.domain.records import LabResult, Protocol
from app.domain.wording import long_day, schedule_sentence, weekday_day

translate = QCoreApplication.translate

__all__ = ["long_day"]


def short_day(day: date, with_year: bool = False) -> str:
    """ "Thu 12 Mar", with the year when a report spans more than one."""
    text = weekday_day(day)
    return f"{text} {day.year}" if with_year else text


def clock(moment: datetime) -> str:
    """ "20:05"."""
    return f"{moment:%H:%M}"


def range_text(start: date, end: date) -> str:
    """ "1 Jul 2026 – 24 Nov 2026"."""
    return f"{long_day(start)} – {long_day(end)}"


def number(value: float | None, digits: int = 1) -> str:
    """A figure with at most `digits` decimals and no trailing zeros; a dash when missing."""
    if value is None:
        return "–"
    return figure(value, digits)


def plural(count: int, one: str, many: str) -> str:
    """ "1 dose", "3 doses"."""
    return f"{count} {one if count == 1 else many}"


def schedule_text(protocol: Protocol) -> str:
    """ "Mon and Thu at 20:00" or "every 3 days at 08:00"."""
    return schedule_sentence(protocol.weekdays, protocol.every_n_days, protocol.time_of_day)


def protocol_text(protocol: Protocol) -> str:
    """One line naming the protocol, its dose, schedule and course."""
    course = translate("report", "since {day}").format(day=long_day(protocol.start))
    if protocol.ended_on:
        course = translate("report", "{start} to {end} (ended)").format(
            start=long_day(protocol.start), end=long_day(protocol.ended_on)
        )
    elif protocol.planned_end:
        course += translate("report", ", planned until {day}").format(
            day=long_day(protocol.planned_end)
        )
    if protocol.paused_from:
        course += translate("report", ", paused from {day}").format(
            day=long_day(protocol.paused_from)
        )
    return (
        f"{seed_text(protocol.product)}: {figure(protocol.dose)} {protocol.dose_unit} "
        f"{seed_text(protocol.route)}, "
        f"{schedule_text(protocol)}; {course}"
    )


def result_text(result: LabResult) -> str:
    """The result as printed, with its unit: "118 U/L", "<20 IU/mL", "negative"."""
    shown = result.text.strip() or f"{result.comparator}{number(result.value, 3)}"
    unit = pretty_unit(result.unit) if result.unit else ""
    return f"{shown} {unit}".strip() if result.value is not None else shown


def flag_text(flag: Flag) -> str:
    """A flag as lab reports print it, readable without colour: "↑ H", "↓ L", "✓", "! A", "?"."""
    return flag_symbol(flag)
