"""One test's history, ready to chart: values in one unit, the printed bands, words, and notes.

No Qt here. Each result is charted in one unit (the person's unit system's, see `units_setting`)
with the catalogue's exact factor; a result in a unit without a known factor (or one never converted, like HBV DNA copies/mL) is kept
as entered and goes into a series of its own, with a note that says why.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from app.domain.i18n import translate
from app.domain.i18n.seeds import lab_name
from app.domain.labs import (
    Flag,
    flag_result,
    from_chart_unit,
    normalise_unit,
    pretty_unit,
    to_chart_unit,
)
from app.domain.records import LabPanel, LabResult, LabTest

_FLAGGED = (Flag.HIGH, Flag.LOW, Flag.ABNORMAL)


@dataclass(frozen=True)
class ChartPoint:
    """One numeric result in the series' unit; `label` is the result as printed, if same unit."""

    day: date
    value: float
    flag: str
    comparator: str = ""
    label: str = ""


@dataclass(frozen=True)
class Band:
    """The printed range in force from `start` (None limits: no limit on that side)."""

    start: date
    low: float | None
    high: float | None


@dataclass(frozen=True)
class WordPoint:
    """A result that is a word ("not detected"), and whether it was flagged."""

    day: date
    text: str
    flagged: bool


@dataclass
class NumericSeries:
    """Results charted together in one unit, with the bands printed next to them."""

    unit: str
    points: list[ChartPoint] = field(default_factory=list)
    bands: list[Band] = field(default_factory=list)
    note: str = ""

    @property
    def unit_label(self) -> str:
        """The unit as people read it."""
        return pretty_unit(self.unit)


@dataclass
class LabHistory:
    """Everything the Labs tab draws for one test."""

    test: LabTest
    main: NumericSeries
    apart: list[NumericSeries] = field(default_factory=list)
    words: list[WordPoint] = field(default_factory=list)

    @property
    def has_numbers(self) -> bool:
        return bool(self.main.points) or any(s.points for s in self.apart)


def _apart_note(test: LabTest, unit: str) -> str:
    shown = pretty_unit(unit) or unit
    chart = pretty_unit(test.unit)
    if unit in test.never_convert:
        return translate(
            "Labs",
            "Results in {unit} are charted apart, as entered: {test} is never converted between "
            "{unit} and {chart}, because the factor depends on the lab's test kit.",
        ).format(unit=shown, test=lab_name(test.name), chart=chart)
    return translate(
        "Labs",
        "Results in '{unit}' are charted apart, as entered: the diary knows no exact factor to "
        "convert them to {chart}.",
    ).format(unit=shown, chart=chart)


def _add_band(series: NumericSeries, band: Band) -> None:
    """A new step only where the printed range changes: fewer shapes to paint, the same band."""
    if series.bands and (series.bands[-1].low, series.bands[-1].high) == (band.low, band.high):
        return
    series.bands.append(band)


def _point(day: date, result: LabResult, value: float, same_unit: bool) -> ChartPoint:
    label = result.text if same_unit else ""
    return ChartPoint(day, value, flag_result(result).value, result.comparator, label)


def _in_unit(test: LabTest, value: float | None, unit: str, shown_in: str) -> float | None:
    """A value typed in `unit`, in the unit the chart is drawn in (exact factors only)."""
    in_chart = to_chart_unit(test, value, unit)
    if in_chart is None or shown_in == test.unit:
        return in_chart
    return from_chart_unit(test, in_chart, shown_in)


def history_of(test: LabTest, panels: Iterable[LabPanel], unit: str | None = None) -> LabHistory:
    """The test's results across panels (oldest first), split into chartable series, drawn in
    `unit` (one of the test's units; default its chart unit)."""
    shown_in = unit if unit in (test.other_units or {}) else test.unit
    history = LabHistory(test, NumericSeries(shown_in))
    apart: dict[str, NumericSeries] = {}
    for panel in sorted(panels, key=lambda p: p.collected_on):
        for result in panel.results:
            if result.test_code != test.code:
                continue
            day = panel.collected_on
            if result.value is None:
                flagged = flag_result(result) in _FLAGGED
                history.words.append(WordPoint(day, result.text, flagged))
                continue
            value = _in_unit(test, result.value, result.unit, shown_in)
            if value is not None:
                low = _in_unit(test, result.range_low, result.unit, shown_in)
                high = _in_unit(test, result.range_high, result.unit, shown_in)
                same = value == result.value
                history.main.points.append(_point(day, result, value, same))
                _add_band(history.main, Band(day, low, high))
                continue
            key = normalise_unit(result.unit) or result.unit.strip()
            series = apart.setdefault(key, NumericSeries(key, note=_apart_note(test, key)))
            series.points.append(_point(day, result, result.value, True))
            _add_band(series, Band(day, result.range_low, result.range_high))
    history.apart = list(apart.values())
    return history


def charted_tests(tests: Sequence[LabTest], panels: Iterable[LabPanel]) -> list[LabTest]:
    """The catalogue's tests that have at least one result, in catalogue order."""
    used = {r.test_code for p in panels for r in p.results}
    return [t for t in tests if t.code in used]
