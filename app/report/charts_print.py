"""Charts on report pages: vector drawing at 96 dpi, whatever the printer's own resolution."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPicture

from app.charts.export import PRINT_DPI, render_plot_to_painter


def draw_chart(painter: QPainter, plot: pg.PlotItem, rect: QRectF) -> None:
    """Draw a chart into `rect` as vectors (report coordinates are 96 dpi pixels).

    A printer that will not run at 96 dpi gets the chart recorded into a 96 dpi QPicture first,
    then replayed through the painter's scaling: still vectors, at screen proportions.
    """
    if abs(painter.device().logicalDpiX() - PRINT_DPI) <= 1:
        render_plot_to_painter(plot, painter, rect)
        return
    picture = QPicture()
    recorder = QPainter(picture)
    try:
        render_plot_to_painter(plot, recorder, rect)
    finally:
        recorder.end()
    painter.drawPicture(0, 0, picture)
