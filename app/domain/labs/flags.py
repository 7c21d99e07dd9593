"""Flags: is a result below, inside or above the range printed next to it?

A flag only compares a number with a range. It is not a judgement about health.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.i18n import translate
from app.domain.labs.values import POLARITY, LabInputError, parse_value
from app.domain.records import LabResult


class Flag(StrEnum):
    """Where a result sits against its reference range."""

    LOW = "low"
    HIGH = "high"
    NORMAL = "normal"
    ABNORMAL = "abnormal"  # a qualitative result that is not the expected one
    UNKNOWN = "unknown"  # no range, or the comparator leaves both answers possible


# Symbols that read without colour, for tables, print-outs and colour-blind eyes.
FLAG_SYMBOLS: dict[Flag, str] = {
    Flag.LOW: "↓ L",
    Flag.HIGH: "↑ H",
    Flag.NORMAL: "✓",
    Flag.ABNORMAL: "! A",
    Flag.UNKNOWN: "?",
}
# FHIR R4 Observation.interpretation codes (v3 ObservationInterpretation).
_FHIR_CODES: dict[Flag, str] = {Flag.LOW: "L", Flag.HIGH: "H", Flag.NORMAL: "N", Flag.ABNORMAL: "A"}


def flag_symbol(flag: Flag) -> str:
    """The symbol shown next to a result: "↓ L", "↑ H", "✓", "! A" or "?"."""
    return FLAG_SYMBOLS[flag]


def flag_words(flag: Flag) -> str:
    """The flag in plain words (in the active language), for tooltips and screen readers."""
    return {
        Flag.LOW: translate("Labs", "Below range"),
        Flag.HIGH: translate("Labs", "Above range"),
        Flag.NORMAL: translate("Labs", "In range"),
        Flag.ABNORMAL: translate("Labs", "Not the expected result"),
        Flag.UNKNOWN: translate("Labs", "Cannot compare with the range"),
    }[flag]


def fhir_interpretation(flag: Flag) -> str | None:
    """The FHIR interpretation code (L, H, N, A), or None when there is nothing to say."""
    return _FHIR_CODES.get(flag)


def lab_flag(value: float | None, comparator: str, low: float | None, high: float | None) -> Flag:
    """Compare a number (with "<", ">", "<=", ">=" or none) with a range; UNKNOWN when unsure."""
    if value is None or (low is None and high is None):
        return Flag.UNKNOWN
    if comparator in ("<", "<="):
        # The true value is somewhere below `value`.
        if low is not None and (value <= low if comparator == "<" else value < low):
            return Flag.LOW
        # A "0–20" range means "up to 20" for amounts that cannot be negative.
        could_be_low = low is not None and low > 0
        could_be_high = high is not None and value > high
        return Flag.UNKNOWN if could_be_low or could_be_high else Flag.NORMAL
    if comparator in (">", ">="):
        # The true value is somewhere above `value`, with no upper bound.
        if high is not None and (value >= high if comparator == ">" else value > high):
            return Flag.HIGH
        could_be_low = low is not None and value < low
        return Flag.UNKNOWN if could_be_low or high is not None else Flag.NORMAL
    if comparator:
        return Flag.UNKNOWN
    if low is not None and value < low:
        return Flag.LOW
    if high is not None and value > high:
        return Flag.HIGH
    return Flag.NORMAL


def _polarity(text: str) -> int | None:
    try:
        word = parse_value(text).qualitative
    except LabInputError:
        return None
    return POLARITY.get(word)


def qualitative_flag(result: str, expected: str) -> Flag:
    """Compare a word result ("detected") with the expected one ("not detected", "negative")."""
    got, wanted = _polarity(result), _polarity(expected)
    if got is None or wanted is None or got == 0 or wanted == 0:
        return Flag.UNKNOWN
    return Flag.NORMAL if got == wanted else Flag.ABNORMAL


def flag_result(result: LabResult) -> Flag:
    """The flag for a stored result: by its words when the range is words, else by its number."""
    if result.range_low is None and result.range_high is None and result.range_text.strip():
        return qualitative_flag(result.text, result.range_text)
    return lab_flag(result.value, result.comparator, result.range_low, result.range_high)
