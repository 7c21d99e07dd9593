"""The diary trend chart: daily ratings, their rolling mean, sick days and injection days."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPen

from app.charts.base import add_legend_entry, day_text, prepare_plot, set_view, show_no_data
from app.charts.hover import attach_hover
from app.charts.style import SECONDS_PER_DAY, ChartTheme, dates_to_x, default_theme
from app.domain.i18n.numbers import figure

translate = QCoreApplication.translate

HALF_DAY = SECONDS_PER_DAY / 2


def build_rating_chart(
    plot: pg.PlotItem | None,
    points: Sequence[tuple[date, float | None]],
    rolling: Sequence[tuple[date, float | None]],
    sick_spans: Sequence[tuple[date, date]],
    injection_days: Sequence[date],
    title: str,
    y_range: tuple[float, float] = (0, 10),
    theme: ChartTheme | None = None,
) -> pg.PlotItem:
    """Draw (or redraw in place) a rating chart; returns the PlotItem.

    Missing days stay gaps: markers are only drawn where there is a value and the rolling line
    breaks wherever its value is None. Sick spans are inclusive of both days.
    """
    theme = theme or default_theme()
    plot = prepare_plot(plot, theme, title)
    y0, y1 = float(y_range[0]), float(y_range[1])
    span = (y1 - y0) or 1.0
    bottom, top = y0 - 0.16 * span, y1 + 0.06 * span
    tick_y = y0 - 0.09 * span

    days, values = _split(points)
    roll_days, roll_values = _split(rolling)
    spans = _merge_spans(sick_spans)
    injections = sorted(set(injection_days))
    has_ratings = bool(np.isfinite(values).any() or np.isfinite(roll_values).any())

    everything = days + roll_days + injections + [d for s in spans for d in s]
    if everything:
        first, last = min(everything), max(everything)
    else:
        last = date.today()
        first = last - timedelta(days=30)
    x_min = float(dates_to_x([first])[0]) - SECONDS_PER_DAY
    x_max = float(dates_to_x([last])[0]) + SECONDS_PER_DAY
    set_view(plot, (x_min, x_max), (bottom, top))
    _set_value_ticks(plot, y0, y1)

    if spans:
        _draw_sick_spans(plot, theme, spans, bottom, top)

    xs = dates_to_x(days)
    shown = np.isfinite(values)
    if shown.any():
        # A bare ScatterPlotItem: PlotDataItem would rebuild every marker on each pan to clip
        # them, which costs more than drawing ten years of markers from its pixmap atlas.
        daily = pg.ScatterPlotItem(
            xs[shown],
            values[shown],
            symbol=theme.daily_symbol,
            size=theme.daily_size,
            brush=theme.brush(theme.daily),
            pen=QPen(Qt.PenStyle.NoPen),
        )
        plot.addItem(daily)
        add_legend_entry(plot, theme, daily, translate("charts", "Each day"))

    if np.isfinite(roll_values).any():
        line = pg.PlotDataItem(
            dates_to_x(roll_days),
            roll_values,
            pen=theme.pen(theme.rolling, theme.rolling_width),
            connect="finite",
        )
        plot.addItem(line)
        # Peak downsampling keeps highs and lows when years of days share a few pixels.
        line.setDownsampling(auto=True, method="peak")
        line.setClipToView(True)
        add_legend_entry(plot, theme, line, translate("charts", "7-day average"))

    inj_x = dates_to_x(injections)
    if injections:
        ticks = pg.ScatterPlotItem(
            inj_x,
            np.full(inj_x.shape, tick_y),
            symbol=theme.injection_symbol,
            size=12,
            pen=QPen(Qt.PenStyle.NoPen),
            brush=theme.brush(theme.injection),
        )
        plot.addItem(ticks)
        add_legend_entry(plot, theme, ticks, translate("charts", "Injection"))

    if not has_ratings:
        show_no_data(plot, theme)

    hover_x = np.concatenate([xs[shown], inj_x])
    hover_y = np.concatenate([values[shown], np.full(inj_x.shape, tick_y)])
    rated = _compress(days, shown)
    rated_values = values[shown]

    def describe(index: int) -> str:
        """Made only for the point under the pointer: formatting thousands up front is slow."""
        if index < len(rated):
            return f"{day_text(rated[index])}: {figure(rated_values[index])}"
        return translate("charts", "Injection, {day}").format(
            day=day_text(injections[index - len(rated)])
        )

    attach_hover(plot, theme, hover_x, hover_y, describe)
    return plot


def _split(pairs: Sequence[tuple[date, float | None]]) -> tuple[list[date], np.ndarray]:
    """Dates and float values (NaN where missing), sorted by date."""
    ordered = sorted(pairs, key=lambda pair: pair[0])
    days = [d for d, _ in ordered]
    values = np.array([np.nan if v is None else float(v) for _, v in ordered], dtype=np.float64)
    return days, values


def _compress(days: list[date], mask: np.ndarray) -> list[date]:
    return [d for d, keep in zip(days, mask.tolist(), strict=True) if keep]


def _merge_spans(spans: Sequence[tuple[date, date]]) -> list[tuple[date, date]]:
    """Sort and join overlapping or touching sick spans so shading does not double up."""
    merged: list[tuple[date, date]] = []
    for start, end in sorted((min(a, b), max(a, b)) for a, b in spans):
        if merged and start <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _draw_sick_spans(
    plot: pg.PlotItem,
    theme: ChartTheme,
    spans: list[tuple[date, date]],
    bottom: float,
    top: float,
) -> None:
    """One bar item for all spans: each sick day's shading is centred on its marker."""
    starts = dates_to_x([s for s, _ in spans]) - HALF_DAY
    ends = dates_to_x([e for _, e in spans]) + HALF_DAY
    bars = pg.BarGraphItem(
        x0=starts,
        x1=ends,
        y0=np.full(starts.shape, bottom),
        y1=np.full(starts.shape, top),
        brush=theme.brush(theme.sick_fill),
        pen=QPen(Qt.PenStyle.NoPen),
    )
    bars.setZValue(-10)
    plot.addItem(bars, ignoreBounds=True)
    add_legend_entry(plot, theme, bars, translate("charts", "Sick day"))


def _set_value_ticks(plot: pg.PlotItem, y0: float, y1: float) -> None:
    """Whole-number ticks for score scales like 0-10; automatic ticks otherwise."""
    axis = plot.getAxis("left")
    if y0.is_integer() and y1.is_integer() and 0 < y1 - y0 <= 20:
        # One level only: pyqtgraph draws a grid line for every tick, and a line per unit is noise.
        step = 2 if y1 - y0 > 5 else 1
        axis.setTicks([[(v, figure(v)) for v in np.arange(y0, y1 + 0.5, step)]])
    else:
        axis.setTicks(None)
