"""Lab charts: one test's results over time against the reference band printed by each lab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPen

from app.charts.base import add_legend_entry, day_text, prepare_plot, set_view, show_no_data
from app.charts.hover import attach_hover
from app.charts.style import SECONDS_PER_DAY, ChartTheme, date_to_x, dates_to_x, default_theme
from app.domain.i18n.numbers import figure

translate = QCoreApplication.translate

HALF_DAY = SECONDS_PER_DAY / 2


@dataclass(frozen=True)
class LabPoint:
    """One numeric result. For "<20" the value is the limit (20) and comparator is "<"."""

    date: dt.date
    value: float
    flag: str = "unknown"  # low, high, normal, unknown (no range to compare with)
    comparator: str = ""  # "", "<", ">", "<=", ">="
    label: str = ""  # the result as printed, e.g. "<20"; the value is shown when empty


@dataclass(frozen=True)
class BandStep:
    """The reference range in force from `start` until the next step (None: no limit there)."""

    start: dt.date
    low: float | None
    high: float | None


def build_lab_chart(
    plot: pg.PlotItem | None,
    points: Sequence[LabPoint],
    band_steps: Sequence[BandStep],
    unit_label: str,
    title: str,
    theme: ChartTheme | None = None,
    log_scale: bool | None = None,
) -> pg.PlotItem:
    """Draw (or redraw in place) one test's results with its stepped reference band.

    log_scale None means automatic: a log axis when all values are positive and span 50-fold or
    more (viral loads), so small values are not flattened against zero.
    """
    theme = theme or default_theme()
    plot = prepare_plot(plot, theme, title)
    axis = plot.getAxis("left")
    if unit_label:
        axis.setLabel(
            unit_label, color=theme.foreground, **{"font-size": f"{theme.tick_point_size:g}pt"}
        )
        axis.setWidth(66)
    points = sorted(points, key=lambda p: p.date)
    if not points:
        today = dt.date.today()
        set_view(plot, (date_to_x(today - timedelta(days=180)), date_to_x(today)), (0.0, 1.0))
        show_no_data(plot, theme)
        return plot

    xs = dates_to_x([p.date for p in points])
    ys = np.array([p.value for p in points], dtype=np.float64)
    if _wants_log(ys, band_steps, log_scale):
        ys = np.log10(ys)
        band_steps = [BandStep(s.start, _log(s.low), _log(s.high)) for s in band_steps]
        y_range = _y_range(ys, band_steps, floor_at_zero=False)
        axis.setTicks(_decade_ticks(*y_range))
    else:
        axis.setTicks(None)
        y_range = _y_range(ys, band_steps)
    x_range = _x_range(xs)
    set_view(plot, x_range, y_range)
    _draw_band(plot, theme, band_steps, x_range, y_range)

    line = pg.PlotDataItem(xs, ys, pen=theme.pen(theme.value, theme.value_width))
    plot.addItem(line)
    for group, name in _marker_groups():
        chosen = [i for i, p in enumerate(points) if _group_of(p) == group]
        if chosen:
            kind, _, censored = group.partition("-")
            markers = _markers(theme, kind, xs[chosen], ys[chosen], hollow=bool(censored))
            plot.addItem(markers)
            add_legend_entry(plot, theme, markers, name)

    texts = [_hover_text(p, unit_label) for p in points]
    attach_hover(plot, theme, xs, ys, texts)
    return plot


def build_qualitative_strip(
    plot: pg.PlotItem | None,
    points: Sequence[tuple[dt.date, str, bool]],
    title: str = "",
    theme: ChartTheme | None = None,
) -> pg.PlotItem:
    """A one-row strip of results such as "negative": open circles, filled diamonds if flagged."""
    theme = theme or default_theme()
    plot = prepare_plot(plot, theme, title)
    plot.hideAxis("left")
    plot.showGrid(x=False, y=False)
    points = sorted(points, key=lambda p: p[0])
    if not points:
        today = dt.date.today()
        set_view(plot, (date_to_x(today - timedelta(days=180)), date_to_x(today)), (-1.0, 1.6))
        show_no_data(plot, theme)
        return plot

    xs = dates_to_x([p[0] for p in points])
    set_view(plot, _x_range(xs), (-1.0, 1.6))
    flagged = np.array([p[2] for p in points], dtype=bool)
    # Only the flagged results should stand out, so the others are open circles.
    for kind, name, mask in (
        ("normal", translate("charts", "Not flagged"), ~flagged),
        ("abnormal", translate("charts", "Flagged by the lab"), flagged),
    ):
        if mask.any():
            zeros = np.zeros(int(mask.sum()))
            markers = _markers(theme, kind, xs[mask], zeros, hollow=kind == "normal")
            plot.addItem(markers)
            add_legend_entry(plot, theme, markers, name)
    # Written results matter on paper, where there is no hover; past a dozen they would collide.
    if len(points) <= 12:
        for x, (_day, text, _flag) in zip(xs, points, strict=True):
            label = pg.TextItem(text, color=pg.mkColor(theme.foreground), anchor=(0.5, 1.0))
            label.setFont(theme.font())
            label.setPos(float(x), 0.3)
            plot.addItem(label, ignoreBounds=True)
    texts = [f"{day_text(d)}: {text}" for d, text, _ in points]
    attach_hover(plot, theme, xs, np.zeros(len(points)), texts)
    return plot


def _x_range(xs: np.ndarray) -> tuple[float, float]:
    span = float(xs[-1] - xs[0])
    pad = max(14 * SECONDS_PER_DAY, 0.06 * span)
    return float(xs[0]) - pad, float(xs[-1]) + pad


def _wants_log(values: np.ndarray, steps: Sequence[BandStep], log_scale: bool | None) -> bool:
    limits = [v for s in steps for v in (s.low, s.high) if v is not None]
    everything = np.concatenate([values, np.array(limits, dtype=np.float64)])
    if log_scale is False or not np.all(everything > 0):
        return False  # a log axis cannot show zero or below
    return bool(log_scale) or float(everything.max() / everything.min()) >= 50


def _log(value: float | None) -> float | None:
    return None if value is None or value <= 0 else float(np.log10(value))


def _decade_ticks(bottom: float, top: float) -> list[list[tuple[float, str]]]:
    """Ticks at 1, 10, 100... written as plain numbers (1,000) up to a million, then 1e7."""
    decades = range(int(np.floor(bottom)), int(np.ceil(top)) + 1)
    step = 1 if len(decades) <= 8 else 2
    return [[(float(k), _decade_label(k)) for k in decades if k % step == 0]]


def _decade_label(k: int) -> str:
    return f"{10.0**k:,.{max(0, -k)}f}" if -3 <= k <= 6 else f"1e{k}"


def _y_range(
    values: np.ndarray, steps: Sequence[BandStep], floor_at_zero: bool = True
) -> tuple[float, float]:
    """Room for every value and every band limit, with a margin; not below zero without need."""
    limits = [v for s in steps for v in (s.low, s.high) if v is not None]
    everything = np.concatenate([values, np.array(limits, dtype=np.float64)])
    lo, hi = float(everything.min()), float(everything.max())
    pad = 0.12 * (hi - lo) or 0.1 * abs(hi) or 1.0
    bottom = lo - pad
    if floor_at_zero and lo >= 0:
        bottom = max(bottom, -0.04 * (hi - lo or abs(hi) or 1.0))
    return bottom, hi + pad


def _draw_band(
    plot: pg.PlotItem,
    theme: ChartTheme,
    steps: Sequence[BandStep],
    x_range: tuple[float, float],
    y_range: tuple[float, float],
) -> None:
    """Shade the in-range area step by step; one-sided ranges shade to the edge with a dashed limit."""
    ordered = sorted(steps, key=lambda s: s.start)
    rects: list[tuple[float, float, float, float]] = []
    edges: list[tuple[float, float, float]] = []  # x0, x1, y of a two-sided range's edge
    limits: list[tuple[float, float, float]] = []  # the same for a one-sided range's limit
    for i, step in enumerate(ordered):
        # Half a day early, so a result taken on the day the range changed sits inside it. The
        # first range shades from the left edge: with one result, a band starting at its day
        # left half the chart empty.
        x0 = x_range[0] if i == 0 else max(date_to_x(step.start) - HALF_DAY, x_range[0])
        x1 = x_range[1]
        if i + 1 < len(ordered):
            x1 = min(date_to_x(ordered[i + 1].start) - HALF_DAY, x1)
        if x1 <= x0 or (step.low is None and step.high is None):
            continue
        low = y_range[0] if step.low is None else step.low
        high = y_range[1] if step.high is None else step.high
        rects.append((x0, x1, low, high))
        one_sided = step.low is None or step.high is None
        for y in (step.low, step.high):
            if y is not None:
                (limits if one_sided else edges).append((x0, x1, y))
    if not rects:
        return
    box = np.array(rects)
    band = pg.BarGraphItem(
        x0=box[:, 0],
        x1=box[:, 1],
        y0=box[:, 2],
        y1=box[:, 3],
        brush=theme.brush(theme.band_fill),
        pen=QPen(Qt.PenStyle.NoPen),
    )
    band.setZValue(-10)
    plot.addItem(band, ignoreBounds=True)
    add_legend_entry(plot, theme, band, translate("charts", "Reference range"))
    for segments, dash in ((edges, None), (limits, theme.limit_dash)):
        if segments:
            seg = np.array(segments)
            x = np.column_stack([seg[:, 0], seg[:, 1]]).ravel()
            y = np.repeat(seg[:, 2], 2)
            curve = pg.PlotCurveItem(
                x, y, connect="pairs", pen=theme.pen(theme.band_edge, 1.0, dash)
            )
            curve.setZValue(-9)
            plot.addItem(curve, ignoreBounds=True)


def _group_of(point: LabPoint) -> str:
    flag = point.flag if point.flag in ("low", "high") else "normal"
    return f"{flag}-open" if point.comparator else flag


def _marker_groups() -> list[tuple[str, str]]:
    censored = translate("charts", "Reported as beyond a limit (“<” or “>”)")
    return [
        ("normal", translate("charts", "Result")),
        ("high", translate("charts", "Above range")),
        ("low", translate("charts", "Below range")),
        ("normal-open", censored),
        ("high-open", translate("charts", "Above range, beyond a limit")),
        ("low-open", translate("charts", "Below range, beyond a limit")),
    ]


def _markers(
    theme: ChartTheme, kind: str, xs: np.ndarray, ys: np.ndarray, hollow: bool
) -> pg.ScatterPlotItem:
    """Shape says high/low (triangle up/down); an open marker says the value is a limit."""
    symbol, color, size = {
        "high": (theme.high_symbol, theme.high, theme.value_size + 2),
        "low": (theme.low_symbol, theme.low, theme.value_size + 2),
        "abnormal": (theme.abnormal_symbol, theme.high, theme.value_size + 2),
    }.get(kind, (theme.value_symbol, theme.value, theme.value_size))
    brush = theme.brush(theme.background) if hollow else theme.brush(color)
    return pg.ScatterPlotItem(
        xs, ys, symbol=symbol, size=size, pen=theme.pen(color, 1.6), brush=brush
    )


def _hover_text(point: LabPoint, unit_label: str) -> str:
    shown = point.label or f"{point.comparator}{figure(point.value)}"
    words = {
        "high": translate("charts", "above the range"),
        "low": translate("charts", "below the range"),
        "normal": translate("charts", "in range"),
    }.get(point.flag, "")
    text = f"{day_text(point.date)}: {shown} {unit_label}".rstrip()
    return f"{text} ({words})" if words else text
