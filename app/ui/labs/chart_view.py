"""One test's charts: values over time against the printed bands, apart series, and a word strip.

pyqtgraph takes about half a second to import, so it is imported only when a chart is first shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.labs.results_view import title_for_test
from app.ui.labs.series import LabHistory, NumericSeries

translate = QCoreApplication.translate

CHART_HEIGHT = 280
APART_HEIGHT = 220
STRIP_HEIGHT = 150


def describe(widget: QWidget, title: str, summary: str) -> None:
    """What a screen reader says of a chart: its title, then the summary in words."""
    widget.setAccessibleName(translate("Labs", "Chart: {title}").format(title=title))
    widget.setAccessibleDescription(summary)


class LabChartArea(QWidget):
    """Draws the chosen test's history when visible; reuses its plot widgets between tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pending: LabHistory | None = None
        self._has_pending = False
        self._pool: list[Any] = []  # PlotWidgets, made on first use
        self._notes: list[QLabel] = []
        self.shown: list[tuple[str, Any]] = []  # (kind, PlotItem) on screen now: main, apart, words
        self.empty_label = QLabel(translate("Labs", "Pick a test to see its results over time."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._layout.addWidget(self.empty_label)
        self._layout.addStretch(0)  # takes only what charts at their height leave over

    def show_history(self, history: LabHistory | None) -> None:
        """Chart this history now if on screen, else as soon as it is shown."""
        self._pending, self._has_pending = history, True
        if self.isVisible():
            self._draw_pending()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self._has_pending:
            self._draw_pending()

    def _draw_pending(self) -> None:
        history, self._pending, self._has_pending = self._pending, None, False
        self.draw(history)

    def draw(self, history: LabHistory | None) -> None:
        """Rebuild the charts for one test (or the hint when there is none)."""
        from app.charts.lab import build_qualitative_strip
        from app.charts.summary import words_summary

        for widget in self._pool:
            widget.hide()
        for note in self._notes:
            note.hide()
        self.shown = []
        self.empty_label.setVisible(history is None)
        if history is None:
            return
        title = title_for_test(history.test)
        used = 0
        if history.main.points or not history.has_numbers and not history.words:
            main_title = (
                f"{title} · {history.main.unit_label}" if history.main.unit_label else title
            )
            self._numeric(used, history.main, main_title, CHART_HEIGHT, "main")
            used += 1
        for series in history.apart:
            self._note(used, series.note)
            self._numeric(used, series, f"{title} — {series.unit_label}", APART_HEIGHT, "apart")
            used += 1
        if history.words:
            widget = self._widget(used, STRIP_HEIGHT)
            points = [(w.day, w.text, w.flagged) for w in history.words]
            strip_title = (
                title if not history.has_numbers else translate("Labs", "Results in words")
            )
            plot = build_qualitative_strip(widget.getPlotItem(), points, strip_title, self._theme())
            describe(widget, strip_title, words_summary(strip_title, points))
            self.shown.append(("words", plot))
            used += 1
        self._fit_heights(used)
        self._share_time_axis(history)

    def _share_time_axis(self, history: LabHistory) -> None:
        """Charts of one test show the same span of time, and pan together."""
        if len(self.shown) < 2:
            return
        from app.charts.base import set_view
        from app.charts.style import SECONDS_PER_DAY, date_to_x

        days = [p.day for s in (history.main, *history.apart) for p in s.points]
        days += [w.day for w in history.words]
        first, last = date_to_x(min(days)), date_to_x(max(days))
        # Room at the ends for a word written above the first or last marker.
        pad = max(21 * SECONDS_PER_DAY, 0.09 * (last - first))
        lead = self.shown[0][1]
        for kind, plot in self.shown:
            set_view(plot, (first - pad, last + pad), tuple(plot.vb.viewRange()[1]))
            if plot is not lead:
                plot.setXLink(lead)
            if kind == "words":
                # An empty left axis as wide as the lead's, so the same day sits at the same x.
                axis = plot.getAxis("left")
                plot.showAxis("left")
                axis.setStyle(showValues=False, tickLength=0)
                axis.setTicks([[], []])
                axis.setPen(axis.textPen().color().name() + "00")
                axis.setWidth(int(lead.getAxis("left").width()))

    def _fit_heights(self, used: int) -> None:
        """One chart takes the room there is; several keep their own height and scroll."""
        for widget in self._pool[:used]:
            widget.setMaximumHeight(16_777_215 if used == 1 else widget.minimumHeight())

    def _numeric(
        self, index: int, series: NumericSeries, title: str, height: int, kind: str
    ) -> None:
        from app.charts.lab import BandStep, LabPoint, build_lab_chart
        from app.charts.summary import lab_summary

        points = [LabPoint(p.day, p.value, p.flag, p.comparator, p.label) for p in series.points]
        bands = [BandStep(b.start, b.low, b.high) for b in series.bands]
        widget = self._widget(index, height)
        plot = build_lab_chart(
            widget.getPlotItem(), points, bands, series.unit_label, title, self._theme()
        )
        describe(widget, title, lab_summary(title, points, series.unit_label))
        self.shown.append((kind, plot))

    def _theme(self) -> Any:
        from app.charts.style import theme_from_palette

        return theme_from_palette(self.palette())

    def _widget(self, index: int, height: int) -> Any:
        while len(self._pool) <= index:
            from app.charts.base import make_plot_widget

            widget = make_plot_widget(self._theme())
            # Before the stretch, after any note that belongs above it.
            self._layout.insertWidget(self._layout.count() - 1, widget, 1)
            self._pool.append(widget)
        widget = self._pool[index]
        widget.setMinimumHeight(height)
        widget.setBackground(self._theme().background)
        widget.show()
        return widget

    def _note(self, index: int, text: str) -> None:
        """A note above chart `index`, saying why these results are charted apart."""
        while len(self._notes) <= index:
            label = QLabel(self)
            label.setWordWrap(True)
            label.hide()
            self._notes.append(label)
        label = self._notes[index]
        label.setText("ℹ " + text)
        # Keep the note right above its chart in the layout.
        self._widget(index, APART_HEIGHT)
        self._layout.removeWidget(label)
        self._layout.insertWidget(self._layout.indexOf(self._pool[index]), label)
        label.show()

    def notes(self) -> list[str]:
        """The notes shown above charts now (for tests and screen readers)."""
        return [n.text() for n in self._notes if not n.isHidden()]
