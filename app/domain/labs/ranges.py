"""Reference ranges: read the range printed on a report, or offer the catalogue's default."""

from __future__ import annotations

import re

from app.domain.labs._text import DASHES, fold
from app.domain.labs.units import normalise_unit
from app.domain.labs.values import MAX_LENGTH, LabInputError, read_number
from app.domain.records import LabTest, Sex

_NUM = r"-?[0-9.,]*[0-9][0-9.,]*"
_TWO_SIDED = re.compile(rf"(?P<low>{_NUM})\s*(?:-|to)\s*(?P<high>{_NUM})\s*(?P<unit>.*)")
_ONE_SIDED = re.compile(
    rf"(?P<op><=|>=|<|>|up to|below|under|less than|above|over|greater than|more than|at least)"
    rf"\s*(?P<value>{_NUM})\s*(?P<unit>.*)"
)
_HIGH_ONLY = {"<=", "<", "up to", "below", "under", "less than"}


def _number(text: str) -> float | None:
    sign = "-" if text.startswith("-") else ""
    try:
        value = float(sign + read_number(text.lstrip("-"), text))
    except LabInputError:
        return None
    return value


def _unit_ok(unit: str) -> bool:
    # A unit printed after the range ("4.5-11.0 x10^3/uL") is fine; any other words make it text.
    return not unit or normalise_unit(unit) is not None


def parse_range(text: str) -> tuple[float | None, float | None, str]:
    """Low, high and the text as printed; a range without readable numbers keeps only its text."""
    original = text.strip()
    if len(original) > MAX_LENGTH:
        return None, None, original
    folded = fold(original).replace("≤", "<=").replace("≥", ">=")
    for dash in DASHES:
        folded = folded.replace(dash, "-")
    match = _TWO_SIDED.fullmatch(folded)
    if match and _unit_ok(match["unit"]):
        low, high = _number(match["low"]), _number(match["high"])
        if low is not None and high is not None and low <= high:
            return low, high, original
        return None, None, original
    match = _ONE_SIDED.fullmatch(folded)
    if match and _unit_ok(match["unit"]):
        value = _number(match["value"])
        if value is None:
            return None, None, original
        if match["op"] in _HIGH_ONLY:
            return None, value, original
        return value, None, original
    return None, None, original


def range_unit(text: str) -> str:
    """The UCUM code of a unit printed after a range ("3–21 µmol/L" -> "umol/L"), else ""."""
    folded = fold(text.strip()).replace("≤", "<=").replace("≥", ">=")
    for dash in DASHES:
        folded = folded.replace(dash, "-")
    match = _TWO_SIDED.fullmatch(folded) or _ONE_SIDED.fullmatch(folded)
    if match is None or not match["unit"]:
        return ""
    # Folding lowers the case, but "G/L" (cells) is not "g/L" (grams): read the last word as typed.
    last_word = text.strip().rsplit(None, 1)[-1]
    return (
        normalise_unit(last_word if last_word in ("G/L", "G/l", "T/L", "T/l") else match["unit"])
        or ""
    )


def default_range(test: LabTest, sex: Sex) -> tuple[float | None, float | None]:
    """The catalogue's example range for this sex; unknown sex gets the wider of the two."""
    if sex == Sex.MALE:
        return test.low_male, test.high_male
    if sex == Sex.FEMALE:
        return test.low_female, test.high_female
    # A missing limit means "no limit", which is the wider choice.
    low_m, low_f, high_m, high_f = test.low_male, test.low_female, test.high_male, test.high_female
    low = min(low_m, low_f) if low_m is not None and low_f is not None else None
    high = max(high_m, high_f) if high_m is not None and high_f is not None else None
    return low, high
