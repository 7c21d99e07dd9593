"""What every Dosebook chart shares: a themed plot, a legend under it, and the "No data yet" note."""

from __future__ import annotations

import html
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QGraphicsItem, QSizePolicy

from app.charts.style import SECONDS_PER_DAY, ChartTheme, DiaryDateAxis, style_axis
from app.domain.wording import weekday_long_day

translate = QCoreApplication.translate

_LEGEND_ROW = 4  # below the bottom axis in PlotItem's grid (0 title, 1 top, 2 view, 3 bottom)


def day_text(day: date) -> str:
    """A day as people read it in a tooltip: "Mon 5 Jan 2026"."""
    return weekday_long_day(day)


class LayoutLegend(pg.LegendItem):
    """A legend that sits in the plot's layout under the chart, so it never hides data."""

    def __init__(self, theme: ChartTheme) -> None:
        super().__init__(
            offset=None,
            colCount=4,
            frame=False,
            labelTextColor=pg.mkColor(theme.foreground),
            labelTextSize=f"{theme.tick_point_size:g}pt",
            horSpacing=6,
        )
        # The grid layout places it; ignoring transformations would break scaled rendering.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, False)
        # On screen the style's default margins (9 px a side) made the legend taller than a
        # short plot; paper keeps them (the report's charts are laid out with them).
        if not theme.printing:
            self.layout.setContentsMargins(0, 0, 0, 0)

    def updateSize(self) -> None:  # noqa: N802 (Qt naming)
        """Ask the parent layout for room instead of resizing in place."""
        self.updateGeometry()

    def labels(self) -> list[str]:
        """The entry texts, in order (for tests and accessibility)."""
        return [html.unescape(label.text) for _sample, label in self.items]


def prepare_plot(plot: pg.PlotItem | None, theme: ChartTheme, title: str) -> pg.PlotItem:
    """Return an empty, themed PlotItem with a day axis and a legend row (new when None)."""
    if plot is None:
        plot = pg.PlotItem(axisItems={"bottom": DiaryDateAxis(theme)})
    else:
        plot.clear()
        if not isinstance(plot.getAxis("bottom"), DiaryDateAxis):
            plot.setAxisItems({"bottom": DiaryDateAxis(theme)})
    for name in ("left", "bottom"):
        plot.showAxis(name)
        axis = plot.getAxis(name)
        style_axis(axis, theme)
        axis.setStyle(showValues=True, tickLength=-5)  # show_no_data may have hidden them
    # Major ticks only on the value axis: each tick draws a grid line, and minor ones are clutter.
    plot.getAxis("left").setStyle(maxTickLevel=0)
    plot.getAxis("left").setWidth(48)
    plot.getAxis("left").showLabel(False)
    plot.getAxis("left").enableAutoSIPrefix(False)  # "×1e+06" in a unit label confuses people
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.vb.setBackgroundColor(pg.mkColor(theme.background))
    plot.showGrid(x=False, y=True, alpha=0.35 if theme.printing else 0.18)
    plot.layout.setContentsMargins(4, 4, 10, 4)
    if title:
        plot.setTitle(
            html.escape(title),
            color=pg.mkColor(theme.foreground),
            size=f"{theme.title_point_size:g}pt",
            bold=True,
            justify="left",
        )
    else:
        plot.setTitle(None)
    legend_for(plot, theme).clear()
    return plot


def legend_for(plot: pg.PlotItem, theme: ChartTheme) -> LayoutLegend:
    """The plot's under-chart legend, created on first use."""
    legend = getattr(plot, "dosebook_legend", None)
    if legend is None:
        legend = LayoutLegend(theme)
        # Take only the width the entries need, left-aligned, rather than the whole row.
        legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        plot.layout.addItem(legend, _LEGEND_ROW, 1, alignment=Qt.AlignmentFlag.AlignLeft)
        plot.dosebook_legend = legend
    legend.opts["labelTextColor"] = pg.mkColor(theme.foreground)
    return legend


def add_legend_entry(plot: pg.PlotItem, theme: ChartTheme, item: object, name: str) -> None:
    """Add one entry (sample drawn from `item`) to the plot's legend."""
    # Legend labels are HTML: "<20" would vanish unescaped.
    legend_for(plot, theme).addItem(item, html.escape(name))


def set_view(plot: pg.PlotItem, x_range: tuple[float, float], y_range: tuple[float, float]) -> None:
    """Fix the visible range; people may pan and zoom along time only, a little past the data."""
    (x0, x1), (y0, y1) = x_range, y_range
    margin = max(30 * SECONDS_PER_DAY, 0.1 * (x1 - x0))
    plot.setMouseEnabled(x=True, y=False)
    plot.vb.setLimits(
        xMin=x0 - margin, xMax=x1 + margin, minXRange=7 * SECONDS_PER_DAY, yMin=y0, yMax=y1
    )
    plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
    plot.vb.disableAutoRange()


def show_no_data(plot: pg.PlotItem, theme: ChartTheme, text: str | None = None) -> pg.TextItem:
    """Put a calm "No data yet" note in the middle of the plot instead of an empty frame."""
    message = pg.TextItem(
        text or translate("charts", "No data yet"), color=pg.mkColor(theme.muted), anchor=(0.5, 0.5)
    )
    message.setFont(theme.font(theme.title_point_size))
    plot.dosebook_message = message
    plot.addItem(message, ignoreBounds=True)
    (x0, x1), (y0, y1) = plot.vb.viewRange()
    message.setPos((x0 + x1) / 2, (y0 + y1) / 2)
    plot.getAxis("left").setStyle(showValues=False, tickLength=0)
    plot.getAxis("bottom").setStyle(showValues=False, tickLength=0)
    plot.showGrid(x=False, y=False)
    return message


def no_data_message(plot: pg.PlotItem) -> str:
    """The note shown when the chart has nothing to draw, or "" when it has data."""
    message = getattr(plot, "dosebook_message", None)
    if message is None or message not in plot.items or not message.isVisible():
        return ""
    return message.textItem.toPlainText()


def make_plot_widget(theme: ChartTheme) -> pg.PlotWidget:
    """A PlotWidget with antialiasing, the theme's background and a day axis."""
    widget = pg.PlotWidget(background=pg.mkColor(theme.background))
    widget.setAntialiasing(True)
    prepare_plot(widget.getPlotItem(), theme, "")
    return widget


class _WheelToPage(QObject):
    """Sends the mouse wheel over a chart to the page that scrolls; Ctrl+wheel still zooms."""

    def __init__(self, widget: pg.PlotWidget, page: QAbstractScrollArea) -> None:
        super().__init__(widget)
        self._page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Wheel and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            QApplication.sendEvent(self._page.verticalScrollBar(), event)
            return True
        return False


def scroll_with_page(widget: pg.PlotWidget, page: QAbstractScrollArea) -> None:
    """Let the wheel scroll `page` past the chart instead of zooming it (Ctrl+wheel zooms)."""
    widget.viewport().installEventFilter(_WheelToPage(widget, page))
