"""What several conditions need from a snapshot, worked out once per evaluation."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from app.domain.i18n import translate
from app.domain.labs import (
    Flag,
    default_range,
    flag_result,
    lab_flag,
    resolve_unit,
    to_chart_unit,
)
from app.domain.records import DiaryEntry, LabResult, LabTest, Sex
from app.domain.snapshot import Snapshot
from app.rules import words

# A course's baseline is the last result in this many days up to its start, else the first after.
BASELINE_DAYS_BEFORE_START = 90


@dataclass(frozen=True)
class Reading:
    """Any result of a test, numeric or in words, and where it sits against its printed range."""

    day: date
    test: LabTest
    result: LabResult
    flag: Flag

    @property
    def key(self) -> str:
        return f"lab:{self.test.code}:{self.day.isoformat()}"

    def shown(self) -> str:
        """'HBsAg positive' or 'ALT 44 U/L', as printed."""
        text = self.result.text or (
            ""
            if self.result.value is None
            else self.result.comparator + words.number(self.result.value)
        )
        unit = words.unit(self.test, self.result.unit) if self.result.value is not None else ""
        return f"{words.test_name(self.test)} {text}{unit}"


@dataclass(frozen=True)
class LabPoint:
    """One numeric result, in the test's chart unit when it converts, with the range beside it."""

    day: date
    test: LabTest
    result: LabResult
    value: float
    unit: str  # the unit `value` and the range are in (typed unit when it does not convert)
    low: float | None
    high: float | None
    printed_range: bool  # False when the catalogue's usual range stands in for a missing one

    @property
    def exact(self) -> bool:
        """True for a plain number, False for '<20' or '>1000'."""
        return not self.result.comparator

    @property
    def key(self) -> str:
        return f"lab:{self.test.code}:{self.day.isoformat()}"

    @property
    def flag(self) -> Flag:
        """Below, within or above the range used (UNKNOWN when a "<" or ">" leaves it open)."""
        return lab_flag(self.value, self.result.comparator, self.low, self.high)

    @property
    def as_printed(self) -> tuple[float, str, float | None, float | None]:
        """Value, unit, low and high to show: as the report printed them when the range came with
        the result (40 µmol/L, up to 21, not 2.33918 mg/dL, up to 1.22807); else the numbers the
        rule compared, in the chart unit (the catalogue's usual range is in that unit)."""
        r = self.result
        if self.printed_range and r.value is not None:
            return r.value, r.unit, r.range_low, r.range_high
        return self.value, self.unit, self.low, self.high

    def shown(self) -> str:
        """'ALT 118 U/L', as printed (comparator included)."""
        value, unit, _, _ = self.as_printed
        shown = self.result.comparator + words.number(value)
        return f"{words.test_name(self.test)} {shown}{words.unit(self.test, unit)}"

    def range_text(self) -> str:
        """'7–55', '<6.4' or '' for the range used."""
        _, _, low, high = self.as_printed
        if low is not None and high is not None:
            text = f"{words.number(low)}–{words.number(high)}"
        elif high is not None:
            text = translate("RuleEvidence", "up to {high}").format(high=words.number(high))
        elif low is not None:
            text = translate("RuleEvidence", "from {low}").format(low=words.number(low))
        else:
            return ""
        if self.printed_range:
            return text
        return translate("RuleEvidence", "usual range {range}").format(range=text)


class Facts:
    """A snapshot with indexes the conditions share (lab results per test, the course start)."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snap = snapshot
        self.as_of = snapshot.as_of

    def since(self, days: int) -> date:
        """The first day of a window of `days` days ending on the as-of day."""
        return self.as_of - timedelta(days=max(days, 1) - 1)

    @cached_property
    def tests(self) -> dict[str, LabTest]:
        return {t.code: t for t in self.snap.lab_tests}

    @cached_property
    def zone_labels(self) -> dict[str, str]:
        return {z.id: z.label for z in self.snap.zones}

    @cached_property
    def course_start(self) -> date | None:
        """The first day of the earliest protocol, or None without one."""
        starts = [p.start for p in self.snap.protocols]
        return min(starts) if starts else None

    def entries_since(self, first: date) -> tuple[DiaryEntry, ...]:
        """Diary entries from `first` to the as-of day (the snapshot keeps them in date order)."""
        entries = self.snap.entries
        return entries[bisect_left(entries, first, key=lambda e: e.day) :]

    @cached_property
    def lab_points(self) -> dict[str, list[LabPoint]]:
        """Numeric results per test code, oldest first."""
        out: dict[str, list[LabPoint]] = defaultdict(list)
        sex = self.snap.profile.sex
        # Reading a unit is slow-ish text work; a diary uses few (test, unit) pairs, so ask once.
        same_unit: dict[tuple[str, str], bool] = {}
        for panel in self.snap.panels:
            for result in panel.results:
                test = self.tests.get(result.test_code)
                if test is None or result.value is None:
                    continue
                pair = (test.code, result.unit)
                if pair not in same_unit:
                    same_unit[pair] = resolve_unit(test, result.unit) == test.unit
                out[test.code].append(
                    _point(panel.collected_on, test, result, sex, same_unit[pair])
                )
        for points in out.values():
            points.sort(key=lambda p: p.day)
        return dict(out)

    def codes(
        self, tests: list[str] | tuple[str, ...], groups: list[str] | tuple[str, ...]
    ) -> list[str]:
        """Catalogue codes named directly or by group (both empty: every test), catalogue order."""
        wanted_tests, wanted_groups = set(tests), set(groups)
        everything = not wanted_tests and not wanted_groups
        return [
            t.code
            for t in self.snap.lab_tests
            if everything or t.code in wanted_tests or t.group in wanted_groups
        ]

    def baseline(self, code: str) -> LabPoint | None:
        """The course's baseline result of a test (see BASELINE_DAYS_BEFORE_START)."""
        before = self.pre_course_baseline(code)
        if before is not None or self.course_start is None:
            return before
        points = [p for p in self.lab_points.get(code, ()) if p.exact]
        return next((p for p in points if p.day > self.course_start), None)

    def pre_course_baseline(self, code: str) -> LabPoint | None:
        """The last result of a test in the BASELINE_DAYS_BEFORE_START days up to the course
        start: the baseline CTCAE grades against (a result during the course never is one)."""
        start = self.course_start
        if start is None:
            return None
        earliest = start - timedelta(days=BASELINE_DAYS_BEFORE_START)
        before = [
            p for p in self.lab_points.get(code, ()) if p.exact and earliest <= p.day <= start
        ]
        return before[-1] if before else None

    def later(self, point: LabPoint) -> LabPoint | None:
        """The newest result of the same test after this one, if any."""
        points = self.lab_points.get(point.test.code, ())
        return points[-1] if points and points[-1].day > point.day else None

    @cached_property
    def readings(self) -> dict[str, list[Reading]]:
        """Every result per test code, numeric or in words, with its flag; oldest first."""
        out: dict[str, list[Reading]] = defaultdict(list)
        numeric = {
            (p.test.code, p.day, id(p.result)): p for ps in self.lab_points.values() for p in ps
        }
        for panel in self.snap.panels:
            for result in panel.results:
                test = self.tests.get(result.test_code)
                if test is None:
                    continue
                point = numeric.get((test.code, panel.collected_on, id(result)))
                flag = point.flag if point is not None else flag_result(result)
                out[test.code].append(Reading(panel.collected_on, test, result, flag))
        for readings in out.values():
            readings.sort(key=lambda r: r.day)
        return dict(out)

    def back_in_range(self, code: str, day: date) -> Reading | None:
        """The first of the results after `day` that are all within range, if the newest is.

        "ALT 118 in July, 70 in September, 44 in October and 40 in November" is back in range
        since October. None when there is no newer result or the newest is not within range.
        """
        since: Reading | None = None
        for reading in reversed(self.readings.get(code, ())):
            if reading.day <= day or reading.flag != Flag.NORMAL:
                break
            since = reading
        return since


def _point(day: date, test: LabTest, result: LabResult, sex: Sex, same_unit: bool) -> LabPoint:
    printed = result.range_low is not None or result.range_high is not None
    if same_unit:
        value, low, high = result.value, result.range_low, result.range_high
    else:
        value = to_chart_unit(test, result.value, result.unit)
        low = to_chart_unit(test, result.range_low, result.unit)
        high = to_chart_unit(test, result.range_high, result.unit)
    if value is not None and math.isfinite(value):
        if not printed:
            low, high = default_range(test, sex)
        return LabPoint(day, test, result, value, test.unit, low, high, printed)
    # A unit that does not convert keeps its own numbers and printed range; the catalogue's range
    # is in another unit, so it cannot stand in.
    return LabPoint(
        day, test, result, result.value, result.unit, result.range_low, result.range_high, True
    )
