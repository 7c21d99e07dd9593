"""The Trends page: builds its charts the first time it is shown, so start-up skips pyqtgraph."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from app.ui.diary.trend_data import TrendData

if TYPE_CHECKING:
    from app.ui.diary.trend_charts import TrendCharts

translate = QCoreApplication.translate


class TrendsPage(QWidget):
    """Holds the data; the charts (and pyqtgraph) are loaded on the first show."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._data = TrendData()
        self._stale = True
        self.charts: TrendCharts | None = None
        self._stack = QStackedLayout(self)
        waiting = QLabel(translate("DiaryTab", "Drawing the charts…"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(waiting)

    def set_data(self, data: TrendData) -> None:
        """New data; drawn now if the charts are on screen, else when they are next shown."""
        self._data = data
        self._stale = True
        if self.charts is not None and self.isVisible():
            self._draw()

    def ensure_charts(self) -> TrendCharts:
        """Load pyqtgraph and build the charts (once); returns them."""
        if self.charts is None:
            from app.ui.diary.trend_charts import TrendCharts

            self.charts = TrendCharts(self._today)
            self._stack.addWidget(self.charts)
            self._stack.setCurrentWidget(self.charts)
        if self._stale:
            self._draw()
        return self.charts

    def _draw(self) -> None:
        assert self.charts is not None
        self._stale = False
        self.charts.set_data(self._data)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.ensure_charts()
