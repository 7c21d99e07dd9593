"""Chart themes (screen light/dark from a palette, and print) and the date axis.

Meaning is carried by shape and dash as well as colour, so a chart still reads when printed in
greyscale or seen by someone who does not tell red from green. Screen colours come from the
Okabe-Ito colour-blind-safe set.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import DAY_SPACING, MONTH_SPACING
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPalette, QPen
from PySide6.QtWidgets import QApplication

from app.domain.wording import day_month, month_names, month_year

SECONDS_PER_DAY = 86_400
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


@dataclass(frozen=True)
class ChartTheme:
    """Colours, pens, marker shapes and fonts for one look (light, dark or print)."""

    name: str
    background: str
    # Colours are "#RRGGBB" or "#RRGGBBAA" (pyqtgraph order, alpha last).
    foreground: str  # axis lines, tick labels, titles
    muted: str  # secondary text, grid
    daily: str  # the daily diary markers
    rolling: str  # the rolling-average line
    sick_fill: str  # shading behind sick days (with alpha)
    injection: str  # injection ticks
    band_fill: str  # the lab reference band
    band_edge: str
    value: str  # lab result line and ordinary markers
    high: str  # above the range
    low: str  # below the range
    hover_fill: str
    hover_text: str
    daily_symbol: str = "o"
    value_symbol: str = "o"
    high_symbol: str = "t1"  # triangle pointing up
    low_symbol: str = "t"  # triangle pointing down
    normal_symbol: str = "o"
    abnormal_symbol: str = "d"  # diamond
    injection_symbol: str = "|"
    rolling_width: float = 2.2
    value_width: float = 1.2
    limit_dash: tuple[float, ...] = (5.0, 4.0)
    daily_size: float = 5.0
    value_size: float = 9.0
    tick_point_size: float = 9.0
    title_point_size: float = 11.0
    printing: bool = False

    def pen(self, color: str, width: float = 1.0, dash: Sequence[float] | None = None) -> QPen:
        """A cosmetic pen; on a 96 dpi device one unit is one screen pixel."""
        pen = pg.mkPen(pg.mkColor(color), width=width)
        if dash:
            pen.setDashPattern(list(dash))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def brush(self, color: str) -> QBrush:
        """A solid brush in one of the theme's colours."""
        return QBrush(pg.mkColor(color))

    def font(self, point_size: float | None = None, bold: bool = False) -> QFont:
        """The chart font at a given point size (tick size by default)."""
        font = QFont()
        font.setPointSizeF(point_size or self.tick_point_size)
        font.setBold(bold)
        return font


_LIGHT = ChartTheme(
    name="light",
    background="#ffffff",
    foreground="#222222",
    muted="#6b6b6b",
    daily="#0072B2",
    rolling="#D55E00",
    sick_fill="#E69F0040",
    injection="#009E73",
    band_fill="#009E7326",
    band_edge="#009E73",
    value="#0072B2",
    high="#D55E00",
    low="#CC79A7",
    hover_fill="#fffff0ee",
    hover_text="#222222",
)

_DARK = replace(
    _LIGHT,
    name="dark",
    background="#1e1f22",
    foreground="#e6e6e6",
    muted="#a0a0a0",
    daily="#56B4E9",
    rolling="#F0A35E",
    sick_fill="#E69F0038",
    injection="#3DDC97",
    band_fill="#3DDC9738",
    band_edge="#3DDC97",
    value="#56B4E9",
    high="#FF8A5B",
    low="#E89AC7",
    hover_fill="#2d2f33ee",
    hover_text="#f0f0f0",
)

# Black on white; greys are far enough apart to survive a photocopier, and every series also has
# its own shape or dash.
_PRINT = replace(
    _LIGHT,
    name="print",
    background="#ffffff",
    foreground="#000000",
    muted="#555555",
    daily="#7a7a7a",
    rolling="#000000",
    sick_fill="#d4d4d4",
    injection="#000000",
    band_fill="#e6e6e6",
    band_edge="#6e6e6e",
    value="#000000",
    high="#000000",
    low="#000000",
    hover_fill="#ffffff",
    hover_text="#000000",
    rolling_width=2.0,
    printing=True,
)


def light_theme() -> ChartTheme:
    """The built-in light screen theme."""
    return _LIGHT


def dark_theme() -> ChartTheme:
    """The built-in dark screen theme."""
    return _DARK


def print_theme() -> ChartTheme:
    """Black on white, greyscale-safe: for the printed report and PDFs."""
    return _PRINT


def theme_from_palette(palette: QPalette) -> ChartTheme:
    """A screen theme that matches a Qt palette (dark when its base colour is dark)."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    chosen = _DARK if base.lightness() < 128 else _LIGHT
    return replace(
        chosen,
        background=base.name(),
        foreground=text.name(),
        muted=muted.name() if muted.isValid() else chosen.muted,
    )


def default_theme() -> ChartTheme:
    """The theme of the running application's palette, or light when there is none."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return theme_from_palette(app.palette())
    return _LIGHT


def date_to_x(day: date) -> float:
    """Seconds since the epoch at UTC midnight: the x coordinate of a calendar day."""
    return float((day.toordinal() - _EPOCH_ORDINAL) * SECONDS_PER_DAY)


def dates_to_x(days: Sequence[date]) -> np.ndarray:
    """Vectorised date_to_x for many days at once."""
    # Ordinals are much faster than numpy's date parsing for thousands of days.
    ordinals = np.fromiter((d.toordinal() for d in days), dtype=np.float64, count=len(days))
    return (ordinals - _EPOCH_ORDINAL) * SECONDS_PER_DAY


def x_to_date(x: float) -> date:
    """The calendar day at an x coordinate (inverse of date_to_x, rounding down)."""
    return date(1970, 1, 1) + timedelta(days=math.floor(x / SECONDS_PER_DAY))


class DiaryDateAxis(pg.DateAxisItem):
    """A bottom axis of calendar days: "Mar 2026" with day numbers, months with years, or years.

    pyqtgraph's own zoom levels go down to milliseconds and let month and day labels collide, so
    ticks are chosen here from how many pixels a day gets, keeping labels apart.
    """

    def __init__(self, theme: ChartTheme) -> None:
        super().__init__(orientation="bottom", utcOffset=0)
        self._labels: dict[int, str] = {}
        style_axis(self, theme)
        # Ticks are already spaced for their labels here; pyqtgraph's own fill limit would
        # otherwise drop every label of a range with no year start (months only, as "Sep 2026").
        self.setStyle(textFillLimits=[(0, 0.95), (2, 0.95)])

    def _width(self, text: str) -> float:
        return QFontMetricsF(self.style["tickFont"] or QFont()).horizontalAdvance(text)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N802, N803
        """Two levels of ticks (major with context, minor with detail) that fit in `size` px."""
        self._labels = {}
        if size <= 0 or not maxVal > minVal:
            return []
        first, last = x_to_date(minVal), x_to_date(maxVal)
        px_per_day = size / ((maxVal - minVal) / SECONDS_PER_DAY)
        month_px = px_per_day * 30.4
        if month_px >= self._width("Sep 2026") + self._width("00") + 30:
            major, minor = self._months_and_days(first, last, px_per_day)
        elif 6 * month_px >= self._width("Sep") + 12:  # at least half-yearly months fit
            major, minor = self._years_and_months(first, last, month_px)
        else:
            major, minor = self._years(first, last, px_per_day * 365.25), []
        return [(MONTH_SPACING, self._keep(major, minVal, maxVal)), (DAY_SPACING, minor)]

    def tickStrings(self, values: list, scale: float, spacing: float) -> list[str]:  # noqa: N802
        """Labels chosen alongside the tick values."""
        return [self._labels.get(round(v), "") for v in values]

    def _keep(self, ticks: list[float], lo: float, hi: float) -> list[float]:
        return [t for t in ticks if lo <= t <= hi]

    def _tick(self, day: date, label: str) -> float:
        x = date_to_x(day)
        self._labels[round(x)] = label
        return x

    def _months_and_days(self, first: date, last: date, px_per_day: float) -> tuple[list, list]:
        months = [d for d in _days(first, last) if d.day == 1]
        major = [self._tick(d, month_year(d)) for d in months]
        room = self._width("00") + 14
        step = next((s for s in (1, 2, 7, 14) if s * px_per_day >= room), 0)
        if not step:
            return major, []
        # Keep day numbers clear of the wider month labels.
        clearance = (self._width("Sep 2026") + self._width("00")) / 2 + 8
        minor = []
        for d in _days(first, last):
            if d.day == 1 or (d.day - 1) % step or d.day > 29:
                continue
            if any(abs((d - m).days) * px_per_day < clearance for m in _month_neighbours(d)):
                continue
            label = f"{d.day:02d}" if months else day_month(d)
            minor.append(self._tick(d, label))
        return major, minor

    def _years_and_months(self, first: date, last: date, month_px: float) -> tuple[list, list]:
        years = [date(y, 1, 1) for y in range(first.year, last.year + 1)]
        major = [self._tick(d, str(d.year)) for d in years if first <= d <= last]
        # Without a year tick the month labels carry the year ("Sep 2026") and need more room.
        room = self._width("Sep" if major else "Sep 2026") + 12
        step = next((s for s in (1, 2, 3, 6) if s * month_px >= room), 12)
        minor = []
        for year in range(first.year, last.year + 1):
            for month in range(1 + step, 13, step):
                d = date(year, month, 1)
                if first <= d <= last:
                    label = month_names()[d.month - 1] if major else month_year(d)
                    minor.append(self._tick(d, label))
        return major, minor

    def _years(self, first: date, last: date, year_px: float) -> list[float]:
        room = self._width("2026") + 16
        step = next((s for s in (1, 2, 5, 10, 20, 50) if s * year_px >= room), 100)
        return [
            self._tick(date(y, 1, 1), str(y))
            for y in range(first.year, last.year + 1)
            if y % step == 0 and first <= date(y, 1, 1) <= last
        ]


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _month_neighbours(day: date) -> tuple[date, date]:
    """The first of this month and of the next one."""
    start = day.replace(day=1)
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start, following


def style_axis(axis: pg.AxisItem, theme: ChartTheme) -> None:
    """Give an axis the theme's pens and a readable tick font."""
    axis.setPen(theme.pen(theme.muted))
    axis.setTextPen(theme.pen(theme.foreground))
    axis.setTickFont(theme.font())
    axis.setStyle(tickTextOffset=4)
