"""The diary and lab charts draw what people expect to see."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor, QPalette

from app.charts.base import make_plot_widget, no_data_message
from app.charts.lab import BandStep, LabPoint, build_lab_chart, build_qualitative_strip
from app.charts.rating import build_rating_chart
from app.charts.style import (
    DiaryDateAxis,
    dark_theme,
    date_to_x,
    light_theme,
    print_theme,
    theme_from_palette,
    x_to_date,
)
from tests.gui import samples

D0 = samples.START


def items_of(plot: pg.PlotItem, kind: type) -> list:
    return [item for item in plot.items if type(item) is kind]


@pytest.fixture
def widget(qtbot):
    w = make_plot_widget(light_theme())
    qtbot.addWidget(w)
    w.resize(900, 380)
    return w


def rating(plot, days=120, **kw):
    points, rolling = samples.rating_series(days)
    return build_rating_chart(
        plot,
        points,
        rolling,
        samples.sick_spans(days),
        samples.injection_days(days),
        "Energy",
        **kw,
    )


def test_rating_chart_marks_only_days_with_a_value(widget):
    points, rolling = samples.rating_series(60)
    plot = build_rating_chart(widget.getPlotItem(), points, rolling, [], [], "Energy")
    (daily,) = items_of(plot, pg.ScatterPlotItem)
    x, y = daily.getData()
    assert len(x) == sum(v is not None for _, v in points)
    assert not np.isnan(y).any()


def test_rolling_mean_breaks_at_missing_days(widget):
    points, rolling = samples.rating_series(60)
    plot = build_rating_chart(widget.getPlotItem(), points, rolling, [], [], "Energy")
    (line,) = items_of(plot, pg.PlotDataItem)
    assert line.opts["connect"] == "finite"
    _, y = line.getOriginalDataset()
    missing = [i for i, (_, v) in enumerate(rolling) if v is None]
    assert missing and np.isnan(y[missing]).all()


def test_sick_spans_shade_whole_days_and_merge_when_touching(widget):
    spans = [(D0, D0 + timedelta(days=2)), (D0 + timedelta(days=3), D0 + timedelta(days=4))]
    plot = build_rating_chart(widget.getPlotItem(), [(D0, 5.0)], [], spans, [], "Energy")
    (bars,) = items_of(plot, pg.BarGraphItem)
    assert list(bars.opts["x0"]) == [date_to_x(D0) - 43_200]
    assert list(bars.opts["x1"]) == [date_to_x(D0 + timedelta(days=4)) + 43_200]


def test_injection_days_are_ticks_along_the_bottom(widget):
    days = samples.injection_days(60)
    plot = build_rating_chart(widget.getPlotItem(), [(D0, 5.0)], [], [], days + days[:3], "E")
    (ticks,) = [s for s in items_of(plot, pg.ScatterPlotItem) if s.opts["symbol"] == "|"]
    xs, ys = ticks.getData()
    assert len(xs) == len(days)  # duplicates drawn once
    bottom = plot.vb.viewRange()[1][0]
    assert ((ys > bottom) & (ys < 0)).all()  # in the strip under the 0 line, not on the data


def test_rating_legend_names_every_layer(widget):
    plot = rating(widget.getPlotItem())
    assert plot.dosebook_legend.labels() == ["Sick day", "Each day", "7-day average", "Injection"]


def test_redraw_in_place_replaces_the_old_drawing(widget):
    plot = rating(widget.getPlotItem())
    before = len(plot.items)
    rating(plot, days=90)
    assert len(plot.items) == before
    assert len(plot.dosebook_legend.labels()) == 4


def test_empty_rating_chart_says_no_data_yet(widget, qtbot):
    plot = build_rating_chart(widget.getPlotItem(), [], [], [], [], "Energy")
    assert no_data_message(plot) == "No data yet"
    assert not plot.getAxis("left").style["showValues"]
    rating(plot)  # data arrives: the note goes and the axes come back
    assert no_data_message(plot) == ""
    assert plot.getAxis("left").style["showValues"]


def test_empty_charts_say_no_data_yet(qtbot):
    assert no_data_message(build_lab_chart(None, [], [], "U/L", "ALT")) == "No data yet"
    assert no_data_message(build_qualitative_strip(None, [], "HBeAg")) == "No data yet"


def test_lab_band_steps_where_the_lab_changed(widget):
    points, steps = samples.alt_results()
    plot = build_lab_chart(widget.getPlotItem(), points, steps, "U/L", "ALT")
    (band,) = items_of(plot, pg.BarGraphItem)
    change = date_to_x(steps[1].start) - 43_200
    assert list(band.opts["y0"]) == [7.0, 10.0]
    assert list(band.opts["y1"]) == [55.0, 35.0]
    assert band.opts["x1"][0] == band.opts["x0"][1] == change
    assert "Reference range" in plot.dosebook_legend.labels()


def test_one_result_sits_inside_a_band_that_spans_the_chart(widget):
    """The band starts at the left edge: not at the result, leaving half the chart empty."""
    point = LabPoint(D0, 44, "normal")
    plot = build_lab_chart(widget.getPlotItem(), [point], [BandStep(D0, 10, 50)], "U/L", "ALT")
    (band,) = items_of(plot, pg.BarGraphItem)
    (left, right), _ = plot.vb.viewRange()
    assert band.opts["x0"][0] == pytest.approx(left)
    assert band.opts["x1"][0] == pytest.approx(right)
    assert left < date_to_x(D0) < right


def test_one_sided_range_shades_to_the_edge_with_a_dashed_limit(widget):
    points = [LabPoint(D0 + timedelta(days=30 * i), v, "normal") for i, v in enumerate([2, 4, 3])]
    plot = build_lab_chart(widget.getPlotItem(), points, [BandStep(D0, None, 6.4)], "pg/mL", "IL-6")
    (band,) = items_of(plot, pg.BarGraphItem)
    assert band.opts["y0"][0] == pytest.approx(plot.vb.viewRange()[1][0])
    assert band.opts["y1"][0] == 6.4
    (limit,) = [c for c in items_of(plot, pg.PlotCurveItem) if c.opts["pen"].dashPattern()]
    assert set(limit.getData()[1]) == {6.4}


def test_out_of_range_results_get_their_own_shape(widget):
    points, steps = samples.alt_results()
    plot = build_lab_chart(widget.getPlotItem(), points, steps, "U/L", "ALT")
    symbols = {s.opts["symbol"]: len(s.getData()[0]) for s in items_of(plot, pg.ScatterPlotItem)}
    assert symbols == {"o": 4, "t1": 2, "t": 1}
    assert plot.dosebook_legend.labels()[1:] == ["Result", "Above range", "Below range"]


def test_censored_results_are_open_markers_at_the_limit(widget):
    points, steps = samples.hbv_results()
    plot = build_lab_chart(widget.getPlotItem(), points, steps, "IU/mL", "HBV DNA", log_scale=False)
    theme = light_theme()
    opened = [
        s
        for s in items_of(plot, pg.ScatterPlotItem)
        if s.opts["brush"].color() == QColor(theme.background)
    ]
    ys = sorted(y for s in opened for y in s.getData()[1])
    assert ys == [20.0, 20.0, 1700.0]
    assert any("“<” or “>”" in label for label in plot.dosebook_legend.labels())


def test_values_spanning_decades_get_a_log_axis(widget):
    points, steps = samples.hbv_results()
    plot = build_lab_chart(widget.getPlotItem(), points, steps, "IU/mL", "HBV DNA")
    line = items_of(plot, pg.PlotDataItem)[0]
    assert line.getOriginalDataset()[1][0] == pytest.approx(np.log10(140))
    labels = [text for _, text in plot.getAxis("left")._tickLevels[0]]
    assert "100" in labels and "1,000" in labels


def test_hover_names_the_nearest_result(widget, qtbot):
    widget.show()
    points, steps = samples.alt_results()
    plot = build_lab_chart(widget.getPlotItem(), points, steps, "U/L", "ALT")
    qtbot.waitExposed(widget)
    hover = plot.dosebook_hover
    text = hover.show_nearest(date_to_x(points[2].date), 62.0)
    assert text == f"{points[2].date:%a} 5 May 2026: 62 U/L (above the range)"
    assert hover.isVisible()
    far = date_to_x(points[2].date + timedelta(days=30))
    assert hover.show_nearest(far, 0.0) == "" and not hover.isVisible()


def test_qualitative_strip_writes_each_result(widget):
    plot = build_qualitative_strip(widget.getPlotItem(), samples.hbeag_results(), "HBeAg")
    texts = [t.textItem.toPlainText() for t in items_of(plot, pg.TextItem)]
    assert texts.count("positive") == 2 and texts.count("negative") == 2
    shapes = {s.opts["symbol"] for s in items_of(plot, pg.ScatterPlotItem)}
    assert shapes == {"o", "d"}
    assert plot.dosebook_legend.labels() == ["Not flagged", "Flagged by the lab"]


@pytest.mark.parametrize(
    ("days", "expect"),
    [(120, {"Feb 2026", "Mar 2026"}), (730, {"2027", "Jul"}), (3650, {"2030", "2035"})],
)
def test_date_axis_labels_fit_and_name_the_period(qtbot, days, expect):
    axis = DiaryDateAxis(light_theme())
    lo, hi = date_to_x(D0), date_to_x(D0 + timedelta(days=days))
    levels = axis.tickValues(lo, hi, 800)
    labels = [
        (x, s) for _, xs in levels for x, s in zip(xs, axis.tickStrings(xs, 1, 0), strict=True)
    ]
    assert expect <= {s for _, s in labels}
    placed = sorted((x - lo) / (hi - lo) * 800 for x, _ in labels)
    widths = max(axis._width(s) for _, s in labels)
    assert all(b - a >= widths / 2 for a, b in zip(placed, placed[1:], strict=False))


@pytest.mark.parametrize("width", [340, 700])
def test_months_are_labelled_when_no_new_year_falls_in_view(qtbot, width):
    """Feb to Oct has no 1 January: the month labels carry the year, and are still drawn."""
    from app.charts.export import chart_to_image

    points = [LabPoint(date(2026, m, 20), 30.0 + m, "normal") for m in (2, 5, 8, 10)]
    plot = build_lab_chart(None, points, [], "U/L", "ALT", theme=print_theme())
    chart_to_image(plot, width, 240)
    axis = plot.getAxis("bottom")
    from PySide6.QtGui import QImage, QPainter

    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        drawn = [text for _rect, _flags, text in axis.generateDrawSpecs(painter)[2]]
    finally:
        painter.end()
    assert len(drawn) >= 3 and all(text.endswith("2026") for text in drawn), drawn


def test_day_coordinates_round_trip():
    for day in (date(1999, 12, 31), date(2026, 3, 1), date(2040, 2, 29)):
        assert x_to_date(date_to_x(day)) == day


def test_palette_picks_light_or_dark(qtbot):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    theme = theme_from_palette(palette)
    assert theme.background == "#202124" and theme.daily == dark_theme().daily
    palette.setColor(QPalette.ColorRole.Base, QColor("#fafafa"))
    assert theme_from_palette(palette).daily == light_theme().daily


def test_print_theme_is_greyscale():
    theme = print_theme()
    for name in (
        "foreground",
        "daily",
        "rolling",
        "sick_fill",
        "band_fill",
        "value",
        "high",
        "low",
    ):
        color = pg.mkColor(getattr(theme, name))
        assert color.red() == color.green() == color.blue(), name
    # Meaning survives without colour: high and low differ by shape.
    assert len({theme.high_symbol, theme.low_symbol, theme.value_symbol}) == 3


def test_hover_follows_the_mouse_over_the_scene(widget, qtbot):
    widget.show()
    points, steps = samples.alt_results()
    plot = build_lab_chart(widget.getPlotItem(), points, steps, "U/L", "ALT")
    qtbot.waitExposed(widget)
    scene_pos = plot.vb.mapViewToScene(pg.Point(date_to_x(points[0].date), points[0].value))
    widget.scene().sigMouseMoved.emit(scene_pos)
    assert plot.dosebook_hover.isVisible()
    assert plot.dosebook_hover.textItem.toPlainText().endswith("31 U/L (in range)")
    rating(plot)  # a redraw drops the old label and its connection without errors
    widget.scene().sigMouseMoved.emit(scene_pos)
