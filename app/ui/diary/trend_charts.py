"""The three rating charts and the range buttons. Imports pyqtgraph: load it only when shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.charts.base import make_plot_widget, scroll_with_page
from app.charts.rating import HALF_DAY, build_rating_chart
from app.charts.style import ChartTheme, date_to_x, theme_from_palette
from app.charts.summary import rating_summary
from app.domain.diary import RATING_FIELDS
from app.ui.diary.trend_data import DEFAULT_RANGE, RANGES, TrendData

translate = QCoreApplication.translate

# Title, date axis and legend take about 90 px; the rest is at least 130 px of plot.
CHART_MIN_HEIGHT = 220


def range_name(key: str) -> str:
    """The button text of a range."""
    return {
        "1m": translate("DiaryTab", "1 month"),
        "3m": translate("DiaryTab", "3 months"),
        "6m": translate("DiaryTab", "6 months"),
        "1y": translate("DiaryTab", "1 year"),
        "all": translate("DiaryTab", "All"),
    }[key]


def chart_title(field: str) -> str:
    """A chart's title, with which way is better so it reads without a legend."""
    return {
        "energy": translate("DiaryTab", "Energy (higher is better)"),
        "fatigue": translate("DiaryTab", "Fatigue / malaise (higher is worse)"),
        "wellbeing": translate("DiaryTab", "Well-being (higher is better)"),
    }[field]


class TrendCharts(QWidget):
    """One chart per rating: each day, its 7-day average, sick days shaded, injection ticks."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._data = TrendData()
        self.range_key = DEFAULT_RANGE
        self.theme: ChartTheme = theme_from_palette(self.palette())
        self.range_buttons = QButtonGroup(self)
        self.range_buttons.setExclusive(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("DiaryTab", "Show:")))
        for index, (key, _days) in enumerate(RANGES, start=1):
            button = QPushButton(range_name(key))
            button.setCheckable(True)
            button.setChecked(key == self.range_key)
            button.setToolTip(translate("DiaryTab", "Alt+{n}").format(n=index))
            button.setShortcut(f"Alt+{index}")
            button.setAccessibleName(
                translate("DiaryTab", "Show {range}").format(range=range_name(key))
            )
            button.setProperty("range_key", key)
            self.range_buttons.addButton(button, index)
            top.addWidget(button)
        top.addStretch(1)
        self.range_buttons.idClicked.connect(self._range_clicked)
        # The chosen range stands out by its fill, not by a faint sunken look alone.
        self.setStyleSheet(
            "QPushButton { padding: 4px 14px; border: 1px solid palette(mid); border-radius: 3px;"
            " background: palette(button); color: palette(button-text); }"
            "QPushButton:focus { border: 2px solid palette(highlight); }"
            "QPushButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight); }"
        )
        self.plots: dict[str, pg.PlotWidget] = {}
        # The charts keep a readable height and scroll when the window is short, rather than
        # squeezing three plots into a few pixels each (or growing the window).
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        charts = QVBoxLayout(body)
        charts.setContentsMargins(0, 0, 0, 0)
        for name in RATING_FIELDS:
            widget = make_plot_widget(self.theme)
            widget.setAccessibleName(chart_title(name))
            widget.setMinimumHeight(CHART_MIN_HEIGHT)
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll_with_page(widget, self.scroll)
            self.plots[name] = widget
            charts.addWidget(widget, 1)
        self.scroll.setWidget(body)
        self.note = QLabel(
            translate(
                "DiaryTab",
                "Days without an entry are left as gaps; the average needs 3 days in a week.",
            )
        )
        self.note.setObjectName("entryHint")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.note)

    def set_data(self, data: TrendData) -> None:
        """New data for all charts; redraws them."""
        self._data = data
        self.redraw()

    def set_range(self, key: str) -> None:
        """Show one of the ranges in RANGES by key ("1m" … "all")."""
        self.range_key = key
        for button in self.range_buttons.buttons():
            button.setChecked(button.property("range_key") == key)
        self.redraw()

    def _range_clicked(self, button_id: int) -> None:
        self.set_range(RANGES[button_id - 1][0])

    def redraw(self) -> None:
        """Draw every chart for the chosen range."""
        for name in RATING_FIELDS:
            self.redraw_chart(name)

    def redraw_chart(self, name: str) -> pg.PlotItem:
        """Draw one rating's chart for the chosen range."""
        start, end = self._data.window(self.range_key, self._today())
        rating = self._data.ratings.get(name)
        points, rolling = rating.between(start, end) if rating else ([], [])
        widget = self.plots[name]
        spans = self._data.spans_between(start, end)
        injections = self._data.injections_between(start, end)
        plot = build_rating_chart(
            widget.getPlotItem(),
            points,
            rolling,
            spans,
            injections,
            chart_title(name),
            theme=self.theme,
        )
        sick_days = sum((last - first).days + 1 for first, last in spans)
        widget.setAccessibleDescription(
            rating_summary(chart_title(name), points, sick_days, len(injections), start, end)
        )
        if points:
            # The whole range, even where days are missing at either end.
            plot.setXRange(date_to_x(start) - HALF_DAY, date_to_x(end) + HALF_DAY, padding=0)
        return plot

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Follow a switch between light and dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.theme = theme_from_palette(self.palette())
            for widget in self.plots.values():
                widget.setBackground(pg.mkColor(self.theme.background))
            self.redraw()
