"""Lab conditions: CTCAE grade, leaving the range, rise from baseline, HBV DNA rise, Hy's law."""

from __future__ import annotations

import math

from app.domain.labs import Flag, ctcae_grade, lab_flag
from app.rules import words
from app.rules.facts import Facts, LabPoint
from app.rules.model import Finding, Params

_SLACK = 1e-9  # so a value exactly at a threshold is not lost to float rounding


def _flag(point: LabPoint) -> Flag:
    return lab_flag(point.value, point.result.comparator, point.low, point.high)


def _since_then(facts: Facts, point: LabPoint) -> str:
    """'; since then 44 U/L on 19 Oct, within its range', or nothing when this is the newest."""
    newer = facts.later(point)
    if newer is None:
        return ""
    where = {
        Flag.NORMAL: "within its range",
        Flag.HIGH: "still above its range",
        Flag.LOW: "still below its range",
    }.get(_flag(newer), "")
    value = newer.result.comparator + words.number(newer.value)
    text = f"; since then {value}{words.unit(newer.test, newer.unit)} on {words.day(newer.day, facts.as_of)}"
    return text + (f", {where}" if where else "")


def _grade_text(point: LabPoint, grade: int) -> str:
    if point.high is not None and point.value > point.high:
        ratio = point.value / point.high if point.high > 0 else math.inf
        versus = f"{words.times(ratio)} the upper limit ({words.number(point.high)})"
    elif point.low is not None:
        versus = f"below the lower limit ({words.number(point.low)})"
    else:
        versus = "outside the range"
    return f"{versus}, CTCAE grade {grade}"


def lab_grade(facts: Facts, p: Params) -> list[Finding]:
    """Results in the window whose CTCAE v5 grade is at least min_grade and below below_grade."""
    first = facts.since(p["within_days"])
    found: list[Finding] = []
    for code in facts.codes(p.get("tests", ()), p.get("groups", ())):
        baseline = facts.baseline(code)
        for point in facts.lab_points.get(code, ()):
            if point.day < first or not point.exact:
                continue
            base = baseline.value if baseline is not None and baseline.day < point.day else None
            grade = ctcae_grade(code, point.value, point.low, point.high, base)
            if grade is None or not p["min_grade"] <= grade < p["below_grade"]:
                continue
            text = (
                f"{point.shown()} on {words.day(point.day, facts.as_of)}, "
                f"{_grade_text(point, grade)}{_since_then(facts, point)}"
            )
            found.append(Finding(text, frozenset({point.key})))
    return found


def left_range(facts: Facts, p: Params) -> list[Finding]:
    """A result outside its range when the one before it was inside (within the window)."""
    first = facts.since(p["within_days"])
    found: list[Finding] = []
    for code in facts.codes(p.get("tests", ()), p.get("groups", ())):
        points = facts.lab_points.get(code, [])
        for before, point in zip(points, points[1:], strict=False):
            if point.day < first or _flag(before) != Flag.NORMAL:
                continue
            flag = _flag(point)
            if flag not in (Flag.HIGH, Flag.LOW):
                continue
            side = "above" if flag == Flag.HIGH else "below"
            rng = point.range_text()
            prev = before.result.comparator + words.number(before.value)
            text = (
                f"{point.shown()} on {words.day(point.day, facts.as_of)}, {side} its range"
                f"{f' ({rng})' if rng else ''}; it was {prev} on "
                f"{words.day(before.day, facts.as_of)}, within range{_since_then(facts, point)}"
            )
            found.append(Finding(text, frozenset({point.key})))
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
            if point.result.comparator in ("<", "<=") or point.value < base.value * factor - _SLACK:
                continue
            rise = (point.value / base.value - 1) * 100
            text = (
                f"{point.shown()} on {words.day(point.day, facts.as_of)}, {rise:.0f}% above "
                f"the course baseline of {words.number(base.value)}{words.unit(base.test, base.unit)}"
                f" ({words.day(base.day, facts.as_of)}){_since_then(facts, point)}"
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
            if point.result.comparator not in ("<", "<=") and rise >= p["log10_rise"] - _SLACK:
                low = lowest.result.comparator + words.number(lowest.value)
                text = (
                    f"{point.shown()} on {words.day(point.day, facts.as_of)}, {rise:.1f} log10 "
                    f"above the lowest value since the course began ({low}"
                    f"{words.unit(lowest.test, lowest.unit)} on {words.day(lowest.day, facts.as_of)})"
                )
                found.append(Finding(text, frozenset({point.key})))
        if lowest is None or (point.unit == lowest.unit and point.value < lowest.value):
            lowest = point
    return found


def hys_law(facts: Facts, p: Params) -> list[Finding]:
    """ALT or AST at least N× the upper limit with bilirubin above M× it, on the same day."""
    first = facts.since(p["within_days"])
    by_day: dict = {}
    for code in ("alt", "ast", "bili"):
        for point in facts.lab_points.get(code, ()):
            if point.day >= first and point.exact and point.high:
                by_day.setdefault(point.day, {})[code] = point
    found: list[Finding] = []
    for day in sorted(by_day):
        points = by_day[day]
        bili = points.get("bili")
        enzymes = [
            points[c]
            for c in ("alt", "ast")
            if c in points and points[c].value >= p["alt_ast_multiple"] * points[c].high - _SLACK
        ]
        if bili is None or not enzymes or not bili.value > p["bili_multiple"] * bili.high:
            continue
        parts = [f"{e.shown()} ({words.times(e.value / e.high)} the upper limit)" for e in enzymes]
        text = (
            f"On {words.day(day, facts.as_of)}: {' and '.join(parts)} with {bili.shown()} "
            f"({words.times(bili.value / bili.high)} the upper limit)"
        )
        found.append(Finding(text, frozenset({e.key for e in enzymes} | {bili.key})))
    return found
