"""The labs section: latest against previous per test, with flags, and charts with reference bands."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from app.domain.i18n.seeds import lab_abbrev, lab_name
from app.domain.labs import Flag, flag_result, from_chart_unit, pretty_unit, to_chart_unit
from app.domain.labs.entry import result_grade, unit_for_system
from app.domain.records import LabResult, LabTest
from app.report.data import ReportData
from app.report.pages import PX_PER_MM, SMALL, SUBHEADING, Column, Flow
from app.report.text import flag_text, long_day, result_text, short_day, translate

if TYPE_CHECKING:  # the chart modules (pyqtgraph) load only for a report that has a chart
    import pyqtgraph as pg

CHART_HEIGHT_MM = 62
_OUT = (Flag.HIGH, Flag.LOW, Flag.ABNORMAL)


def shown_test_name(test: LabTest) -> str:
    """ "Alanine aminotransferase (ALT)" in the active language."""
    name = lab_name(test.name)
    return f"{name} ({lab_abbrev(test.abbrev)})" if test.abbrev else name


def _flag_cell(test: LabTest, result: LabResult) -> str:
    """The flag against the result's own printed range, with its CTCAE grade when it has one."""
    flag = flag_result(result)
    text = flag_text(flag)
    grade = result_grade(test, result)
    if grade is not None and flag in _OUT:
        text += " " + translate("report", "grade {g}").format(g=grade)
    return text


def _range_cell(result: LabResult) -> str:
    """The range printed beside this result by its own lab; "copied" when taken from last time."""
    if not result.range_text.strip():
        return "–"
    return result.range_text + ("*" if result.range_source != "printed" else "")


def write_labs(flow: Flow, data: ReportData) -> None:
    """The table of tests with a result in the range, then one chart per flagged or chosen test."""
    flow.heading(translate("report", "Labs"))
    if not data.lab_rows and not data.chart_codes():
        flow.paragraph(translate("report", "No lab results in this period."))
        return
    rows, bold = [], set()
    marked = False
    for index, row in enumerate(data.lab_rows):
        (day, latest), previous = row.latest, row.previous
        if row.flagged_in_range:
            bold.add(index)
        marked |= latest.range_source != "printed"
        marked |= previous is not None and previous[1].range_source != "printed"
        name = shown_test_name(row.test)
        rows.append(
            [
                name,
                long_day(day),
                result_text(latest),
                _range_cell(latest),
                _flag_cell(row.test, latest),
                long_day(previous[0]) if previous else "–",
                result_text(previous[1]) if previous else "–",
                _range_cell(previous[1]) if previous else "",
                _flag_cell(row.test, previous[1]) if previous else "",
            ]
        )
    columns = [
        Column(translate("report", "Test"), 17.5),
        Column(translate("report", "Latest"), 13),
        Column(translate("report", "Result"), 11),
        Column(translate("report", "Range"), 9),
        Column(translate("report", "Flag"), 9),
        Column(translate("report", "Previous"), 13),
        Column(translate("report", "Result"), 11),
        Column(translate("report", "Range"), 9),
        Column(translate("report", "Flag"), 9),
    ]
    flow.table(columns, rows, bold_rows=frozenset(bold), bold_columns=frozenset({0, 4, 8}))
    legend = translate(
        "report",
        "Each range is the one printed with that result by its own lab. ↑ H above and ↓ L below "
        "it; ✓ within it; ! A not the expected result; ? no range to compare with. Tests in bold "
        "had a result outside its range in this period. Grades are steps on the CTCAE v5 scale of "
        "1 to 5 (1 mild, 2 moderate, 3 severe; 4 and 5 the most serious), counted from that "
        "range; no range, no grade.",
    )
    if marked:
        legend += " " + translate(
            "report",
            "* the range was copied from the same lab's last report, or converted to this unit.",
        )
    flow.paragraph(legend, SMALL, after=8)
    _charts(flow, data)


def _charts(flow: Flow, data: ReportData) -> None:
    """Two charts side by side, each test's whole history up to the end of the range."""
    codes = data.chart_codes()
    if not codes:
        return
    flow.heading(translate("report", "Charts"), SUBHEADING, keep=CHART_HEIGHT_MM * PX_PER_MM)
    flow.paragraph(
        translate(
            "report",
            "Each chart shows every result up to {day}. The shaded band is the range printed by the "
            "lab; triangles point up above it and down below it; open markers are results "
            "reported as beyond a limit (“<” or “>”).",
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

        flow.block(height, draw, " ".join(lab_name(data.tests[code].name) for code, _ in pair))
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
    title = shown_test_name(test)
    if test.qualitative or all(r.value is None for _d, r in history):
        strip = [(day, r.text or result_text(r), flag_result(r) in _OUT) for day, r in history]
        return build_qualitative_strip(None, strip, title, theme=print_theme())
    unit = unit_for_system(test, data.unit_system)
    points: list[LabPoint] = []
    steps: list[BandStep] = []
    for day, r in history:
        value = _shown(test, r.value, r.unit, unit)
        if value is None:
            continue  # a unit that cannot be converted is left off the chart, never guessed
        flag = flag_result(r)
        points.append(LabPoint(day, value, flag.value, r.comparator, r.text))
        low = _shown(test, r.range_low, r.unit, unit)
        high = _shown(test, r.range_high, r.unit, unit)
        if not steps or (steps[-1].low, steps[-1].high) != (low, high):
            steps.append(BandStep(day, low, high))
    title = f"{title} · {pretty_unit(unit)}" if unit else title
    return build_lab_chart(None, points, steps, pretty_unit(unit), title, theme=print_theme())


def _shown(test: LabTest, value: float | None, unit: str, shown_in: str) -> float | None:
    in_chart = to_chart_unit(test, value, unit)
    if in_chart is None or shown_in == test.unit:
        return in_chart
    return from_chart_unit(test, in_chart, shown_in)
