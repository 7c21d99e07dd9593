"""How lab evidence reads: grades against the range or the baseline, and what happened since."""

from __future__ import annotations

from app.domain.i18n import translate
from app.domain.labs import (
    BASELINE_GRADED_TESTS,
    Flag,
    as_decimal,
    baseline_is_abnormal,
    ctcae_grade,
    grade_label,
)
from app.rules import words
from app.rules.facts import Facts, LabPoint, Reading


def above(value: float, multiple: float, limit: float) -> bool:
    """value > multiple x limit, read as a person reads the numbers (3 x 1.2 is exactly 3.6)."""
    return as_decimal(value) > as_decimal(multiple) * as_decimal(limit)


def at_least(value: float, multiple: float, limit: float) -> bool:
    """value >= multiple x limit, read as a person reads the numbers."""
    return as_decimal(value) >= as_decimal(multiple) * as_decimal(limit)


def ratio(value: float, limit: float) -> str:
    """'2.1×' a limit, or '' when the limit is not above zero."""
    return words.times(float(as_decimal(value) / as_decimal(limit))) if limit > 0 else ""


def baseline_for(facts: Facts, point: LabPoint) -> LabPoint | None:
    """The course baseline a rise of this result is graded against, when CTCAE says so.

    Only for ALT, AST, ALP, GGT and bilirubin, only with a result from before the course (one
    during it would hide a rise), in the same unit, and only when it was above its own printed
    upper limit.
    """
    if point.test.code not in BASELINE_GRADED_TESTS:
        return None
    base = facts.pre_course_baseline(point.test.code)
    if base is None or base.day >= point.day or base.unit != point.unit:
        return None
    return base if baseline_is_abnormal(point.test.code, base.value, base.high) else None


def grade_of(facts: Facts, point: LabPoint) -> tuple[int | None, LabPoint | None]:
    """The result's CTCAE v5 grade, and the abnormal baseline it was counted from (if any)."""
    if not point.exact:
        return None, None
    base = baseline_for(facts, point)
    grade = ctcae_grade(
        point.test.code,
        point.value,
        point.low,
        point.high,
        base.value if base else None,
        base.high if base else None,
    )
    return grade, base


def _baseline_words(facts: Facts, base: LabPoint) -> str:
    value = f"{words.number(base.value)}{words.unit(base.test, base.unit)}"
    when = words.day(base.day, facts.as_of)
    return translate(
        "RuleEvidence", "your course baseline ({value} on {day}), which was already above its range"
    ).format(value=value, day=when)


def grade_words(facts: Facts, point: LabPoint) -> tuple[int | None, str]:
    """The grade and how it reads: ', grade 1 of 5 on the CTCAE scale' (with the baseline it was
    counted from), ', not graded: below where CTCAE starts counting from …', or ''."""
    grade, base = grade_of(facts, point)
    if grade is not None:
        if base is None:
            return grade, translate("RuleEvidence", ", {grade}").format(grade=grade_label(grade))
        return grade, translate("RuleEvidence", ", {grade} counted from {baseline}").format(
            grade=grade_label(grade), baseline=_baseline_words(facts, base)
        )
    if base is not None and point.flag == Flag.HIGH:
        return None, translate(
            "RuleEvidence", ", not graded: CTCAE counts this test from {baseline}"
        ).format(baseline=_baseline_words(facts, base))
    return None, ""


def versus_limit(point: LabPoint) -> str:
    """'2.1× the upper limit (55)', 'below the lower limit (4.5)' or 'outside the range'."""
    if point.high is not None and point.value > point.high:
        times = ratio(point.value, point.high)
        return (
            translate("RuleEvidence", "{times} the upper limit ({limit})")
            .format(times=times, limit=words.number(point.as_printed[3] or 0))
            .strip()
        )
    if point.low is not None and point.value < point.low:
        return translate("RuleEvidence", "below the lower limit ({limit})").format(
            limit=words.number(point.as_printed[2] or 0)
        )
    return translate("RuleEvidence", "outside the range")


def since(facts: Facts, point: LabPoint) -> tuple[str, bool]:
    """What the newer results say, and whether the test is back within range since.

    '; back in range since 26 Oct (44 U/L)' (settled), '; since then 70 U/L on 19 Oct, still above
    its range', or '' when this is the newest result.
    """
    back = facts.back_in_range(point.test.code, point.day)
    if back is not None:
        text = translate("RuleEvidence", "; back in range since {day} ({value})")
        return text.format(day=words.day(back.day, facts.as_of), value=_value(back)), True
    newer = facts.later(point)
    if newer is None:
        return "", False
    where = {
        Flag.NORMAL: translate("RuleEvidence", "within its range"),
        Flag.HIGH: translate("RuleEvidence", "still above its range"),
        Flag.LOW: translate("RuleEvidence", "still below its range"),
    }.get(newer.flag, "")
    newer_value, newer_unit, _, _ = newer.as_printed
    value = newer.result.comparator + words.number(newer_value)
    text = translate("RuleEvidence", "; since then {value} on {day}").format(
        value=value + words.unit(newer.test, newer_unit), day=words.day(newer.day, facts.as_of)
    )
    if not where:
        return text, False
    both = translate("RuleEvidence", "{since_then}, {where}")
    return both.format(since_then=text, where=where), False


def _value(reading: Reading) -> str:
    """'44 U/L': the result without the test's name."""
    text = reading.shown()
    name = words.test_name(reading.test)
    return text.removeprefix(name).strip()
