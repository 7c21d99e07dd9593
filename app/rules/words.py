"""How the evidence reads: short dates, numbers, units and test names, in plain English."""

from __future__ import annotations

import math

from app.domain.i18n.numbers import localize
from app.domain.i18n.seeds import lab_abbrev, lab_name
from app.domain.labs import pretty_unit
from app.domain.records import LabTest
from app.domain.wording import day, join_words, moment, weekday_day

__all__ = [
    "count",
    "day",
    "join_words",
    "localize",
    "moment",
    "number",
    "test_name",
    "times",
    "unit",
    "weekday_day",
]


def number(value: float) -> str:
    """A lab value as people write it: 118, 0.6, 2,500, 170,000,000."""
    if not math.isfinite(value):
        return str(value)
    if abs(value) >= 10_000:
        return localize(f"{value:,.0f}")
    return localize(f"{value:g}")


def unit(test: LabTest, typed: str = "") -> str:
    """The unit to print after a value: the typed one if given, else the chart unit, made pretty."""
    shown = pretty_unit(typed or test.unit)
    return f" {shown}" if shown and not shown.startswith("{") else ""


def test_name(test: LabTest) -> str:
    """'ALT', or the full name when the catalogue has no abbreviation."""
    return lab_abbrev(test.abbrev) if test.abbrev else lab_name(test.name)


def times(value: float) -> str:
    """A multiple of a limit to one decimal: '2.1×'."""
    return localize(f"{value:.1f}×")


def count(n: int, thing: str, things: str | None = None) -> str:
    """'1 day', '3 days'."""
    return f"{n} {thing if n == 1 else (things or thing + 's')}"


def threshold(value: object) -> str:
    """A rule's threshold as people read it: 2, 38.5, "CBC, Liver", "2, 4, 6"."""
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        return localize(f"{value:g}")
    return str(value)
