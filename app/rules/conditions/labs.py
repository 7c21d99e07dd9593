"""Lab conditions: CTCAE grade, outside the range, rise from baseline, HBV DNA rise.

Each result outside its printed range is evidence for exactly one warning: the engine lets the
most severe rule claim it (grade 3-4 urgent, grade 2 a warning), and `out_of_range` mentions the
rest (grade 1, or tests CTCAE does not grade) as a note. A result whose test is back within range
on newer reports is settled, and its warning steps down to a note.
"""

from __future__ import annotations

import math

from app.domain.i18n import translate
from app.domain.labs import Flag
from app.rules import words
from app.rules.conditions.lab_words import (
    at_least,
    grade_of,
    grade_words,
    ratio,
    since,
    versus_limit,
)
from app.rules.facts import Facts, LabPoint, Reading
from app.rules.model import Finding, Params


def lab_grade(facts: Facts, p: Params) -> list[Finding]:
    """Results in the window whose CTCAE v5 grade is from `min_grade` up to `max_grade`."""
    first = facts.since(p["within_days"])
    found: list[Finding] = []
    for code in facts.codes(p.get("tests", ()), p.get("groups", ())):
        for point in facts.lab_points.get(code, ()):
            if point.day < first:
                continue
            grade, _ = grade_of(facts, point)
            if grade is None or not p["min_grade"] <= grade <= p["max_grade"]:
                continue
            _, graded = grade_words(facts, point)
            after, settled = since(facts, point)
            text = (
                translate("RuleEvidence", "{result} on {day}, {versus}{graded}").format(
                    result=point.shown(),
                    day=words.day(point.day, facts.as_of),
                    versus=versus_limit(point),
                    graded=graded,
                )
                + after
            )
            found.append(Finding(text, frozenset({point.key}), settled))
    return found


def _numeric_outside(facts: Facts, point: LabPoint, before: LabPoint | None) -> Finding:
    rng = point.range_text()
    _, graded = grade_words(facts, point)
    times = ""
    if point.flag == Flag.HIGH and point.high and point.high > 0:
        times = translate("RuleEvidence", ", {times} the upper limit").format(
            times=ratio(point.value, point.high)
        )
    if point.flag == Flag.HIGH:
        template = translate("RuleEvidence", "{result} on {day}, above its range{range}")
    else:
        template = translate("RuleEvidence", "{result} on {day}, below its range{range}")
    text = template.format(
        result=point.shown(),
        day=words.day(point.day, facts.as_of),
        range=f" ({rng})" if rng else "",
    )
    text += times + graded
    if before is not None and before.flag == Flag.NORMAL:
        prev = before.result.comparator + words.number(before.as_printed[0])
        text += translate("RuleEvidence", "; it was {value} on {day}, within range").format(
            value=prev, day=words.day(before.day, facts.as_of)
        )
    after, settled = since(facts, point)
    return Finding(text + after, frozenset({point.key}), settled)


def _worded_outside(facts: Facts, reading: Reading) -> Finding:
    expected = reading.result.range_text.strip()
    text = translate("RuleEvidence", "{result} on {day}, where the report expects {expected}")
    text = text.format(
        result=reading.shown(), day=words.day(reading.day, facts.as_of), expected=expected
    )
    back = facts.back_in_range(reading.test.code, reading.day)
    if back is not None:
        text += translate("RuleEvidence", "; {result} since {day}").format(
            result=back.result.text or translate("RuleEvidence", "as expected"),
            day=words.day(back.day, facts.as_of),
        )
    return Finding(text, frozenset({reading.key}), back is not None)


def out_of_range(facts: Facts, p: Params) -> list[Finding]:
    """Every result in the window outside the range printed with it (or, for a word result, not
    the expected word), from the first panel on; graded or not."""
    first = facts.since(p["within_days"])
    found: list[Finding] = []
    for code in facts.codes(p.get("tests", ()), p.get("groups", ())):
        points = facts.lab_points.get(code, [])
        for before, point in zip([None, *points], points, strict=False):
            if point.day >= first and point.flag in (Flag.HIGH, Flag.LOW):
                found.append(_numeric_outside(facts, point, before))
        for reading in facts.readings.get(code, ()):
            worded = reading.result.value is None
            if worded and reading.day >= first and reading.flag == Flag.ABNORMAL:
                found.append(_worded_outside(facts, reading))
    return found


def rise_from_baseline(facts: Facts, p: Params) -> list[Finding]:
    """A result at least `percent` % above the course's baseline result of the same test."""
    first = facts.since(p["within_days"])
    factor = 1 + p["percent"] / 100
    found: list[Finding] = []
    for code in facts.codes(p.get("tests", ()), p.get("groups", ())):
        base = facts.baseline(code)
        if base is None or base.value <= 0:
            continue
        for point in facts.lab_points.get(code, ()):
            if point.day < first or point.day <= base.day or point.unit != base.unit:
                continue
            # "<20" could be anything below 20, and ">1000" anything above: only a ">" can rise.
            if point.result.comparator in ("<", "<=") or not at_least(
                point.value, factor, base.value
            ):
                continue
            rise = (point.value / base.value - 1) * 100
            inside = ""
            if point.flag == Flag.NORMAL:
                inside = translate("RuleEvidence", ", within its range")
            after, _ = since(facts, point)
            text = (
                translate(
                    "RuleEvidence",
                    "{result} on {day}{inside}, {percent}% above the course baseline of {baseline} "
                    "({baseline_day})",
                ).format(
                    result=point.shown(),
                    day=words.day(point.day, facts.as_of),
                    inside=inside,
                    percent=f"{rise:.0f}",
                    baseline=words.number(base.value) + words.unit(base.test, base.unit),
                    baseline_day=words.day(base.day, facts.as_of),
                )
                + after
            )
            found.append(Finding(text, frozenset({point.key})))
    return found


def hbv_rise(facts: Facts, p: Params) -> list[Finding]:
    """HBV DNA at least `log10_rise` log10 above its lowest value since the course started."""
    start = facts.course_start
    if start is None:
        return []
    first = facts.since(p["within_days"])
    found: list[Finding] = []
    lowest: LabPoint | None = None
    for point in facts.lab_points.get(p["test"], ()):
        if point.day < start or point.value <= 0:
            continue
        # The lowest so far; "<20" counts as 20, which can only make a rise look smaller.
        if lowest is not None and point.unit == lowest.unit and point.day >= first:
            rise = math.log10(point.value / lowest.value)
            if point.result.comparator not in ("<", "<=") and rise >= p["log10_rise"] - 1e-9:
                low = lowest.result.comparator + words.number(lowest.value)
                after, settled = since(facts, point)
                text = (
                    translate(
                        "RuleEvidence",
                        "{result} on {day}, {rise} log10 above the lowest value since the course "
                        "began ({lowest} on {lowest_day})",
                    ).format(
                        result=point.shown(),
                        day=words.day(point.day, facts.as_of),
                        rise=words.localize(f"{rise:.1f}"),
                        lowest=low + words.unit(lowest.test, lowest.unit),
                        lowest_day=words.day(lowest.day, facts.as_of),
                    )
                    + after
                )
                found.append(Finding(text, frozenset({point.key}), settled))
        if lowest is None or (point.unit == lowest.unit and point.value < lowest.value):
            lowest = point
    return found
