"""CTCAE v5 lab grades, from the table in domain/warnings.md (NCI CTCAE v5.0, 2017).

A grade describes how far a value is from the person's own reference range, on the scale doctors
use in trials. It is shown as data to take to the doctor, never as a diagnosis.
"""

from __future__ import annotations

import math
from decimal import Decimal

from app.domain.labs._text import as_decimal

# Rises, in multiples of the upper limit of normal (ULN): the upper end of grades 1, 2 and 3.
# A value above the last one is grade 4.
_ULN_MULTIPLES: dict[str, tuple[str, str, str]] = {
    "alt": ("3", "5", "20"),
    "ast": ("3", "5", "20"),
    "alp": ("2.5", "5", "20"),
    "ggt": ("2.5", "5", "20"),
    "bili": ("1.5", "3", "10"),
}
# ALT/AST: when the baseline was already above the ULN, multiples are of the baseline, and
# grade 1 starts at 1.5x baseline (CTCAE v5 "if baseline was abnormal").
_BASELINE_AWARE = {"alt", "ast"}
_BASELINE_GRADE_1_FROM = Decimal("1.5")

# Falls, as absolute limits in the chart unit (10^9/L equals 10*3/uL; CD4 /uL; g/dL): the lower
# end of grades 1, 2, 3 (, and 4 where the table has one). Below the last is the next grade.
_FLOORS: dict[str, tuple[str, ...]] = {
    "wbc": ("3.0", "2.0", "1.0"),
    "neut": ("1.5", "1.0", "0.5"),
    "lymph": ("0.8", "0.5", "0.2"),
    "plt": ("75", "50", "25"),
    "cd4": ("500", "200", "50"),
    "hgb": ("10", "8"),
    "alb": ("3", "2"),
}

GRADED_TESTS = frozenset(_ULN_MULTIPLES) | frozenset(_FLOORS)

_LABELS = {
    1: "CTCAE grade 1 (mild)",
    2: "CTCAE grade 2 (moderate)",
    3: "CTCAE grade 3 (severe)",
    4: "CTCAE grade 4 (life-threatening)",
}


def _grade_rise(
    code: str, value: Decimal, high: float | None, baseline: float | None
) -> int | None:
    if high is None:
        return None
    uln = as_decimal(high)
    if value <= uln:
        return None
    reference = uln
    if code in _BASELINE_AWARE and baseline is not None and math.isfinite(baseline):
        base = as_decimal(baseline)
        if base > uln:
            if value < base * _BASELINE_GRADE_1_FROM:
                return None
            reference = base
    for grade, multiple in enumerate(_ULN_MULTIPLES[code], start=1):
        if value <= reference * Decimal(multiple):
            return grade
    return 4


def _grade_fall(code: str, value: Decimal, low: float | None) -> int | None:
    floors = [Decimal(limit) for limit in _FLOORS[code]]
    if low is not None and value >= as_decimal(low):
        return None
    if low is None and value >= floors[0]:
        # Grade 1 starts at the person's own lower limit; without one it cannot be told.
        return None
    return 1 + sum(1 for floor in floors if value < floor)


def ctcae_grade(
    test_code: str,
    value_in_chart_unit: float | None,
    low: float | None,
    high: float | None,
    baseline: float | None = None,
) -> int | None:
    """CTCAE v5 grade (1-4) of a value against its range; None when no table row applies."""
    if value_in_chart_unit is None or not math.isfinite(value_in_chart_unit):
        return None
    code = test_code.strip().lower()
    value = as_decimal(value_in_chart_unit)
    if code in _ULN_MULTIPLES:
        return _grade_rise(code, value, high, baseline)
    if code in _FLOORS:
        return _grade_fall(code, value, low)
    return None


def grade_label(grade: int | None) -> str:
    """Plain label for a grade, e.g. "CTCAE grade 2 (moderate)"; empty text for no grade."""
    if grade is None:
        return ""
    if grade not in _LABELS:
        raise ValueError(f"CTCAE lab grades run from 1 to 4, not {grade}")
    return _LABELS[grade]
