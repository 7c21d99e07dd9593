"""The labs section: latest against previous per test, with flags, and charts with reference bands."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from app.domain.labs import Flag, ctcae_grade, flag_result, pretty_unit, to_chart_unit
from app.domain.records import LabResult, LabTest
from app.report.data import ReportData
from app.report.pages import PX_PER_MM, SMALL, SUBHEADING, Column, Flow
from app.report.text import flag_text, long_day, result_text, short_day, tr

if TYPE_CHECKING:  # the chart modules (pyqtgraph) load only for a report that has a chart
    import pyqtgraph as pg

CHART_HEIGHT_MM = 62
_OUT = (Flag.HIGH, Flag.LOW, Flag.ABNORMAL)


def _flag_cell(test: LabTest, result: LabResult) -> str:
    flag = flag_result(result)
    text = flag_text(flag)
    value = to_chart_unit(test, result.value, result.unit) if result.value is not None else None
    low = to_chart_unit(test, result.range_low, result.unit)
    high = to_chart_unit(test, result.range_high, result.unit)
    grade = ctcae_grade(test.code, value, low, high)
    if grade is not None and flag in _OUT:
        text += " " + tr("grade {g}").format(g=grade)
    return text


def write_labs(flow: Flow, data: ReportData) -> None:
    """The table of tests with a result in the range, then one chart per flagged or chosen test."""
    flow.heading(tr("Labs"))
    if not data.lab_rows and not data.chart_codes():
        flow.paragraph(tr("No lab results in this period."))
        return
    rows, bold = [], set()
    for index, row in enumerate(data.lab_rows):
        (day, latest), previous = row.latest, row.previous
        if row.flagged_in_range:
            bold.add(index)
        name = f"{row.test.name} ({row.test.abbrev})" if row.test.abbrev else row.test.name
        rows.append(
            [
                name,
                long_day(day),
                result_text(latest),
                _flag_cell(row.test, latest),
                long_day(previous[0]) if previous else "–",
                result_text(previous[1]) if previous else "–",
                _flag_cell(row.test, previous[1]) if previous else "",
                latest.range_text or "–",
            ]
        )
    columns = [
        Column(tr("Test"), 19),
        Column(tr("Latest"), 12),
        Column(tr("Result"), 13),
        Column(tr("Flag"), 12.5),
        Column(tr("Previous"), 12),
        Column(tr("Result"), 13),
        Column(tr("Flag"), 12.5),
        Column(tr("Range"), 11),
    ]
    flow.table(columns, rows, bold_rows=frozenset(bold), bold_columns=frozenset({0, 3, 6}))
    flow.paragraph(
        tr(
            "↑ H above and ↓ L below the range printed with the result; ✓ within it; ! A not the "
            "expected result; ? no range to compare with. Tests in bold had a result outside the range "
            "in this period. Grades are CTCAE v5 (1 mild, 2 moderate, 3 severe, 4 life-threatening), "
            "counted from that range."
        ),
        SMALL,
        after=8,  # fmt: skip
    )
    _charts(flow, data)


def _charts(flow: Flow, data: ReportData) -> None:
    """Two charts side by side, each test's whole history up to the end of the range."""
    codes = data.chart_codes()
    if not codes:
        return
    flow.heading(tr("Charts"), SUBHEADING, keep=CHART_HEIGHT_MM * PX_PER_MM)
    flow.paragraph(
        tr(
            "Each chart shows every result up to {day}. The shaded band is the range printed by the "
            "lab; triangles point up above it and down below it; open markers are results "
            "reported as beyond a limit (“<” or “>”)."
        ).format(day=short_day(data.options.end, True)),
        SMALL,  # fmt: skip
    )
    from app.report.charts_print import draw_chart

    plots = [(code, _plot(data, code)) for code in codes]
    height = CHART_HEIGHT_MM * PX_PER_MM
    for first in range(0, len(plots), 2):
        pair = plots[first : first + 2]

        def draw(painter: QPainter, rect: QRectF, pair=pair) -> None:
            half = (rect.width() - 12) / 2
            for k, (_code, plot) in enumerate(pair):
                box = QRectF(rect.left() + k * (half + 12), rect.top(), half, rect.height())
                draw_chart(painter, plot, box)

        flow.block(height, draw, " ".join(data.tests[code].name for code, _ in pair))
        flow.gap(6)


def _plot(data: ReportData, code: str) -> pg.PlotItem:
    from app.charts.lab import BandStep, LabPoint, build_lab_chart, build_qualitative_strip
    from app.charts.style import print_theme

    test = data.tests[code]
    history: list[tuple[date, LabResult]] = [
        (panel.collected_on, r)
        for panel in data.panels
        for r in panel.results
        if r.test_code == code
    ]
    title = f"{test.name} ({test.abbrev})" if test.abbrev else test.name
    if test.qualitative or all(r.value is None for _d, r in history):
        strip = [(day, r.text or result_text(r), flag_result(r) in _OUT) for day, r in history]
        return build_qualitative_strip(None, strip, title, theme=print_theme())
    points: list[LabPoint] = []
    steps: list[BandStep] = []
    for day, r in history:
        value = to_chart_unit(test, r.value, r.unit)
        if value is None:
            continue  # a unit that cannot be converted is left off the chart, never guessed
        flag = flag_result(r)
        points.append(LabPoint(day, value, flag.value, r.comparator, r.text))
        low = to_chart_unit(test, r.range_low, r.unit)
        high = to_chart_unit(test, r.range_high, r.unit)
        if not steps or (steps[-1].low, steps[-1].high) != (low, high):
            steps.append(BandStep(day, low, high))
    return build_lab_chart(None, points, steps, pretty_unit(test.unit), title, theme=print_theme())
