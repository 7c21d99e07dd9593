"""What one typed row of a lab report means: the result to keep, its flag and grade, or a message.

Typed entry and lab files (CSV, FHIR) read a row the same way through here, so a value means the
same whichever way it came in. The range is only what the person typed (or copied, or converted
exactly): the catalogue's usual range is offered as a hint, never kept as printed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.domain.checks.labs import check_range_unit
from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.i18n.numbers import figure
from app.domain.i18n.seeds import lab_abbrev, lab_name
from app.domain.labs._text import format_converted, format_number
from app.domain.labs.flags import Flag, flag_result
from app.domain.labs.grades import ctcae_grade
from app.domain.labs.printed_names import printed_code
from app.domain.labs.ranges import default_range, parse_range, range_unit
from app.domain.labs.units import (
    from_chart_unit,
    known_units,
    normalise_unit,
    pretty_unit,
    resolve_unit,
    to_chart_unit,
)
from app.domain.labs.values import LabInputError, parse_value
from app.domain.records import LabPanel, LabResult, LabTest, Sex

# What a qualitative test's report prints as its reference, when the catalogue has no range.
QUALITATIVE_DEFAULT_RANGE = "negative"
UNIT_SYSTEMS = ("conventional", "si")


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


def test_title(test: LabTest) -> str:
    """A test's name with its short name, in the active language: "Alanine aminotransferase
    (ALT)"."""
    name, abbrev = lab_name(test.name), lab_abbrev(test.abbrev)
    return name + (f" ({abbrev})" if abbrev and abbrev != name else "")


def label_for_test(test: LabTest) -> str:
    """How a test is offered in the completer: "Alanine aminotransferase (ALT) · 1742-6"."""
    label = test_title(test)
    return f"{label} · {test.loinc}" if test.loinc else label


def match_test(tests: Iterable[LabTest], typed: str) -> LabTest | None:
    """The test a person typed: by its completer label, name or abbreviation (as offered in the
    active language, or the catalogue's English), LOINC or code."""
    wanted = _fold(typed)
    if not wanted:
        return None
    tests = list(tests)
    keys = (
        label_for_test,
        lambda t: lab_name(t.name),
        lambda t: t.name,
        lambda t: lab_abbrev(t.abbrev),
        lambda t: t.abbrev,
        lambda t: t.loinc,
    )
    for key in keys:
        for test in tests:
            if _fold(key(test)) == wanted:
                return test
    code = printed_code(typed) or typed.strip()  # 'GPT', 'Bilirubin ges.' as labs print them
    return next((t for t in tests if t.code == code), None)


def unit_for_system(test: LabTest, system: str) -> str:
    """The unit a person on this unit system sees first: SI reports print g/L, conventional g/dL."""
    if system == "si" and test.si_unit:
        return test.si_unit
    return test.unit


def unit_choices(test: LabTest, system: str = "conventional") -> list[tuple[str, str]]:
    """(shown, stored) pairs for the unit picker: the person's usual unit first, then the others."""
    units = known_units(test)
    first = unit_for_system(test, system)
    ordered = [first, *(u for u in units if u != first)]
    return [(pretty_unit(u) or "—", u) for u in ordered]


def unit_code(test: LabTest, typed: str) -> str:
    """The unit to store for what was picked or typed: the catalogue's spelling, or as typed."""
    text = typed.strip()
    if text in ("", "—"):
        return ""
    for shown, stored in unit_choices(test):
        if text == shown:
            return stored
    return resolve_unit(test, text) or normalise_unit(text) or text


def range_text(low: float | None, high: float | None, number=lambda x: figure(x)) -> str:
    """A range written as a report prints it: "7–55", "<6.4", ">60", or ""."""
    if low is not None and high is not None:
        return f"{number(low)}–{number(high)}"
    if high is not None:
        return f"<{number(high)}"
    if low is not None:
        return f">{number(low)}"
    return ""


def default_range_text(test: LabTest, sex: Sex, unit: str | None = None) -> str:
    """The catalogue's usual range for this person in `unit` (default the chart unit), as a hint.

    Empty when the unit has no exact factor: a hint in another unit would mislead.
    """
    if test.qualitative:
        return QUALITATIVE_DEFAULT_RANGE
    low, high = default_range(test, sex)
    if unit is None or resolve_unit(test, unit) == test.unit:
        return range_text(low, high)
    converted = _convert_limits(test, low, high, test.unit, unit)
    return "" if converted is None else range_text(*converted, number=_converted_number)


def _converted_number(x: float) -> str:
    return format_converted(x) if x != int(x) or abs(x) < 10 else format_number(x)


def _convert_limits(
    test: LabTest, low: float | None, high: float | None, from_unit: str, to_unit: str
) -> tuple[float | None, float | None] | None:
    out = []
    for limit in (low, high):
        if limit is None:
            out.append(None)
            continue
        in_chart = to_chart_unit(test, limit, from_unit)
        converted = from_chart_unit(test, in_chart, to_unit) if in_chart is not None else None
        if converted is None:
            return None
        out.append(converted)
    return out[0], out[1]


def convert_range_text(test: LabTest, text: str, from_unit: str, to_unit: str) -> str | None:
    """A typed range rewritten in another unit with the catalogue's exact factor, or None when it
    cannot be (words, a unit without a factor, copies vs IU)."""
    if resolve_unit(test, from_unit) == resolve_unit(test, to_unit) is not None:
        return text
    low, high, _ = parse_range(text)
    if (low is None and high is None) or range_unit(text):
        return None
    converted = _convert_limits(test, low, high, from_unit, to_unit)
    if converted is None:
        return None
    return range_text(*converted, number=_converted_number)


def in_chart_unit(test: LabTest, value: float | None, unit: str) -> float | None:
    """A value (or a range limit) in the test's chart unit, or None when it cannot be converted."""
    return to_chart_unit(test, value, unit)


def result_grade(test: LabTest, result: LabResult) -> int | None:
    """The CTCAE grade of a result against its own range, if it has one in its own unit.

    No range, no grade: the catalogue's usual range is not the person's lab's, and a grade that
    says "life-threatening" must never come from a guess.
    """
    if result.value is None or result.comparator:
        return None  # "<20" says only where the value is not; a grade needs the value itself
    if result.range_low is None and result.range_high is None:
        return None
    value = in_chart_unit(test, result.value, result.unit)
    low = in_chart_unit(test, result.range_low, result.unit)
    high = in_chart_unit(test, result.range_high, result.unit)
    return ctcae_grade(test.code, value, low, high)


def read_row(
    test: LabTest | None,
    value: str,
    unit: str,
    printed_range: str,
    range_source: str = "printed",
) -> RowReading:
    """Read one row as typed; a row without a value gives no result and no message."""
    if not value.strip():
        return RowReading(None)
    if test is None:
        return RowReading(
            None,
            message=translate("Labs", "Pick a test from the list, or add it as a new test."),
        )
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
        range_source=range_source if kept else "printed",
    )
    try:
        check_range_unit(result)
    except ValidationError as err:
        return RowReading(None, message=str(err))
    note = ""
    if kept and low is None and high is None and parsed.value is not None:
        note = translate(
            "Labs", "The range is kept as printed, but its numbers could not be read for the flag."
        )
    return RowReading(result, flag_result(result), result_grade(test, result), range_note=note)


@dataclass(frozen=True)
class LastTime:
    """The previous result of a test from one lab: what "Same as last time" copies."""

    day: date
    lab: str
    result: LabResult


def lab_key(lab: str) -> str:
    """Labs match by name however it is spaced or capitalised."""
    return _fold(lab)


def last_results(
    panels: Iterable[LabPanel], leave_out: int | None = None
) -> dict[tuple[str, str], LastTime]:
    """The newest result with a range of each (lab, test), leaving out the panel being edited."""
    latest: dict[tuple[str, str], LastTime] = {}
    for panel in sorted(panels, key=lambda p: (p.collected_on, p.id or 0)):
        if panel.id is not None and panel.id == leave_out:
            continue
        for result in panel.results:
            if result.range_text.strip():
                key = (lab_key(panel.lab), result.test_code)
                latest[key] = LastTime(panel.collected_on, panel.lab, result)
    return latest
