"""What one typed row of a lab report means: the result to keep, its flag and grade, or a message.

No Qt here, so the entry dialog's behaviour can be tested without a window. The rules themselves
live in app.domain.labs; this only puts them together the way a row is typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.labs import (
    Flag,
    LabInputError,
    ctcae_grade,
    default_range,
    flag_result,
    known_units,
    normalise_unit,
    parse_range,
    parse_value,
    pretty_unit,
    resolve_unit,
    to_chart_unit,
)
from app.domain.records import LabResult, LabTest, Sex

# What a qualitative test's report prints as its reference, when the catalogue has no range.
QUALITATIVE_DEFAULT_RANGE = "negative"


@dataclass(frozen=True)
class RowReading:
    """A typed row read: the result (None when it cannot be kept yet), flag, grade, messages."""

    result: LabResult | None
    flag: Flag | None = None
    grade: int | None = None
    message: str = ""  # why the row cannot be saved as it is
    range_note: str = ""  # something to know about the range, not a blocker


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def label_for_test(test: LabTest) -> str:
    """How a test is offered in the completer: "Alanine aminotransferase (ALT) · 1742-6"."""
    label = test.name + (f" ({test.abbrev})" if test.abbrev and test.abbrev != test.name else "")
    return f"{label} · {test.loinc}" if test.loinc else label


def find_test(tests: Iterable[LabTest], typed: str) -> LabTest | None:
    """The test a person typed: by its completer label, name, abbreviation, LOINC or code."""
    wanted = _fold(typed)
    if not wanted:
        return None
    tests = list(tests)
    for key in (label_for_test, lambda t: t.name, lambda t: t.abbrev, lambda t: t.loinc):
        for test in tests:
            if _fold(key(test)) == wanted:
                return test
    return next((t for t in tests if t.code == typed.strip()), None)


def unit_choices(test: LabTest) -> list[tuple[str, str]]:
    """(shown, stored) pairs for the unit picker: the chart unit first, then the others."""
    return [(pretty_unit(u) or "—", u) for u in known_units(test)]


def unit_code(test: LabTest, typed: str) -> str:
    """The unit to store for what was picked or typed: the catalogue's spelling, or as typed."""
    text = typed.strip()
    if text in ("", "—"):
        return ""
    for shown, stored in unit_choices(test):
        if text == shown:
            return stored
    return resolve_unit(test, text) or normalise_unit(text) or text


def range_text(low: float | None, high: float | None) -> str:
    """A range written as a report prints it: "7–55", "<6.4", ">60", or ""."""
    if low is not None and high is not None:
        return f"{low:g}–{high:g}"
    if high is not None:
        return f"<{high:g}"
    if low is not None:
        return f">{low:g}"
    return ""


def default_range_text(test: LabTest, sex: Sex) -> str:
    """The catalogue's example range for this person, to start the range field with."""
    if test.qualitative:
        return QUALITATIVE_DEFAULT_RANGE
    return range_text(*default_range(test, sex))


def in_chart_unit(test: LabTest, value: float | None, unit: str) -> float | None:
    """A value (or a range limit) in the test's chart unit, or None when it cannot be converted."""
    return to_chart_unit(test, value, unit)


def result_grade(test: LabTest, result: LabResult) -> int | None:
    """The CTCAE grade of a saved or typed result against its own printed range, if any."""
    if result.value is None or result.comparator:
        return None  # "<20" says only where the value is not; a grade needs the value itself
    value = in_chart_unit(test, result.value, result.unit)
    low = in_chart_unit(test, result.range_low, result.unit)
    high = in_chart_unit(test, result.range_high, result.unit)
    return ctcae_grade(test.code, value, low, high)


def read_row(test: LabTest | None, value: str, unit: str, printed_range: str) -> RowReading:
    """Read one row as typed; a row without a value gives no result and no message."""
    if not value.strip():
        return RowReading(None)
    if test is None:
        return RowReading(None, message="Pick a test from the list, or add it as a new test.")
    try:
        parsed = parse_value(value)
    except LabInputError as err:
        return RowReading(None, message=err.message)
    low, high, kept = parse_range(printed_range)
    stored_unit = unit_code(test, parsed.unit or unit)
    result = LabResult(
        id=None,
        test_code=test.code,
        value=parsed.value,
        unit=stored_unit,
        comparator=parsed.comparator,
        text=value.strip(),
        range_low=low,
        range_high=high,
        range_text=kept,
    )
    note = ""
    if kept and low is None and high is None and parsed.value is not None:
        note = "The range is kept as printed, but its numbers could not be read for the flag."
    return RowReading(result, flag_result(result), result_grade(test, result), range_note=note)
