"""CTCAE v5 lab grades (NCI CTCAE v5.0, 2017), from the table in domain/warnings.md.

A grade describes how far a value is from the person's own reference range, on the scale doctors
use in trials. It is shown as data to take to the doctor, never as a diagnosis, and in plain words:
"grade 2 of 5 on the CTCAE scale", never with CTCAE's name for the grade beside a person's value.

Boundaries follow CTCAE's wording exactly: "> 3.0 - 5.0 x ULN" means more than 3.0 times and up to
and including 5.0 times, so a value of exactly 3.0x is still the grade below.
"""

from __future__ import annotations

import math
from decimal import Decimal

from app.domain.i18n import translate
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
# When the course's baseline was already above the ULN, CTCAE v5 grades these five in multiples
# of the baseline instead ("if baseline was abnormal"), with the same upper ends, and grade 1
# starting at: ALT, AST "1.5 - 3.0 x baseline"; ALP, GGT "2.0 - 2.5 x baseline" (the start
# counts); bilirubin "> 1.0 - 1.5 x baseline" (the start does not count).
_BASELINE_GRADE_1: dict[str, tuple[Decimal, bool]] = {
    "alt": (Decimal("1.5"), True),
    "ast": (Decimal("1.5"), True),
    "alp": (Decimal("2.0"), True),
    "ggt": (Decimal("2.0"), True),
    "bili": (Decimal("1.0"), False),
}
BASELINE_GRADED_TESTS = frozenset(_BASELINE_GRADE_1)

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
CTCAE_TOP_GRADE = 5  # the scale runs to 5; a lab value is graded 1 to 4


def baseline_is_abnormal(
    test_code: str, baseline: float | None, baseline_high: float | None
) -> bool:
    """True when a rise of this test is graded against the baseline: it was above its own ULN."""
    code = test_code.strip().lower()
    if code not in BASELINE_GRADED_TESTS or baseline is None or baseline_high is None:
        return False
    if not (math.isfinite(baseline) and math.isfinite(baseline_high)):
        return False
    return as_decimal(baseline) > as_decimal(baseline_high)


def _grade_rise(
    code: str,
    value: Decimal,
    high: float | None,
    baseline: float | None,
    baseline_high: float | None,
) -> int | None:
    if high is None:
        return None
    uln = as_decimal(high)
    if value <= uln:
        return None
    reference = uln
    limit = baseline_high if baseline_high is not None else high
    if baseline is not None and baseline_is_abnormal(code, baseline, limit):
        reference = as_decimal(baseline)
        start, counts = _BASELINE_GRADE_1[code]
        floor = reference * start
        if value < floor or (value == floor and not counts):
            return None
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
    baseline_high: float | None = None,
) -> int | None:
    """CTCAE v5 grade (1-4) of a value against its range; None when no table row applies.

    `baseline` is the course's baseline value of the same test in the same unit, and
    `baseline_high` the upper limit printed with it (default: `high`). When the baseline was above
    that limit, a rise of ALT, AST, ALP, GGT or bilirubin is graded in multiples of the baseline.
    """
    if value_in_chart_unit is None or not math.isfinite(value_in_chart_unit):
        return None
    code = test_code.strip().lower()
    value = as_decimal(value_in_chart_unit)
    if code in _ULN_MULTIPLES:
        return _grade_rise(code, value, high, baseline, baseline_high)
    if code in _FLOORS:
        return _grade_fall(code, value, low)
    return None


def grade_label(grade: int | None) -> str:
    """A grade in plain words, "grade 2 of 5 on the CTCAE scale"; empty text for no grade."""
    if grade is None:
        return ""
    if not 1 <= grade < CTCAE_TOP_GRADE:
        raise ValueError(f"CTCAE lab grades run from 1 to 4, not {grade}")
    return translate("Labs", "grade {grade} of {top} on the CTCAE scale").format(
        grade=grade, top=CTCAE_TOP_GRADE
    )
