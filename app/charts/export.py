"""Draw a chart as vectors onto any QPainter: a 96 dpi PDF writer or printer, or an image.

Why 96 dpi: pyqtgraph pens are cosmetic (one device pixel wide) and some items ignore painter
transforms, so on a 1200 dpi printer lines turn into hairlines and labels grow huge. At 96 dpi a
device pixel is a screen pixel and everything keeps its on-screen proportions. Items are switched
into pyqtgraph's export mode while drawing, as its own exporters do, so scatter markers are drawn as
paths instead of cached pixmaps (which a PDF would store as images).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QGraphicsItem

from app.charts.base import make_plot_widget
from app.charts.pdf_file import write_pdf_privately

__all__ = [
    "PRINT_DPI",
    "chart_to_pdf",
    "chart_to_image",
    "make_plot_widget",
    "render_plot_to_painter",
    "write_pdf_privately",
]

PRINT_DPI = 96


def render_plot_to_painter(
    plot_widget_or_item: pg.PlotWidget | pg.PlotItem, painter: QPainter, target: QRectF
) -> None:
    """Draw the chart as vectors into `target` (in the painter's current coordinates).

    The chart is laid out at the target's size in 96 dpi pixels, so fonts and line widths match
    the screen. The painter's device must be 96 dpi (QPdfWriter/QPrinter.setResolution(96)).
    """
    plot = _plot_item(plot_widget_or_item)
    dpi = painter.device().logicalDpiX()
    if abs(dpi - PRINT_DPI) > 1:
        raise ValueError(
            f"Charts print at {PRINT_DPI} dpi; this painter's device is {dpi} dpi. "
            f"Call setResolution({PRINT_DPI}) on the QPdfWriter or QPrinter and scale the painter."
        )
    transform = painter.worldTransform()
    # The layout size in device pixels, so the final device transform has a scale of one.
    layout = QSizeF(
        target.width() * abs(transform.m11()) or target.width(),
        target.height() * abs(transform.m22()) or target.height(),
    )
    _ensure_host(plot)
    old_geometry = plot.geometry()
    _lay_out(plot, QRectF(old_geometry.topLeft(), layout))
    painter.save()
    try:
        painter.setClipRect(target)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        _set_export_mode(plot, True, {"antialias": True, "painter": painter})
        plot.scene().render(painter, target, plot.sceneBoundingRect())
    finally:
        _set_export_mode(plot, False)
        painter.restore()
        _lay_out(plot, old_geometry)


def chart_to_pdf(
    path: str | Path,
    plot_widget_or_item: pg.PlotWidget | pg.PlotItem,
    size_mm: tuple[float, float] = (180.0, 100.0),
    title: str = "Dosebook chart",
) -> Path:
    """Write one chart to a one-page A4 PDF (vector, fonts embedded); return the path."""
    path = Path(path)
    write_pdf_privately(
        path, lambda writer: _draw_chart(writer, plot_widget_or_item, size_mm, title)
    )
    return path


def _draw_chart(
    writer: QPdfWriter,
    plot_widget_or_item: pg.PlotWidget | pg.PlotItem,
    size_mm: tuple[float, float],
    title: str,
) -> None:
    writer.setResolution(PRINT_DPI)
    writer.setCreator("Dosebook")
    writer.setTitle(title)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    px_per_mm = PRINT_DPI / 25.4
    target = QRectF(QPointF(0, 0), QSizeF(size_mm[0] * px_per_mm, size_mm[1] * px_per_mm))
    painter = QPainter(writer)
    try:
        render_plot_to_painter(plot_widget_or_item, painter, target)
    finally:
        painter.end()


def chart_to_image(
    plot_widget_or_item: pg.PlotWidget | pg.PlotItem,
    width: int,
    height: int,
    background: str = "#ffffff",
) -> QImage:
    """Render a chart into a new image of the given size (for previews and screenshots)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    dots_per_metre = round(PRINT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(pg.mkColor(background))
    painter = QPainter(image)
    try:
        render_plot_to_painter(plot_widget_or_item, painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
    return image


def _plot_item(obj: pg.PlotWidget | pg.PlotItem) -> pg.PlotItem:
    if isinstance(obj, pg.PlotItem):
        return obj
    if isinstance(obj, pg.PlotWidget):
        return obj.getPlotItem()
    raise TypeError(f"Expected a PlotWidget or PlotItem, got {type(obj).__name__}")


def _ensure_host(plot: pg.PlotItem) -> None:
    """Give a loose PlotItem a hidden view: pyqtgraph items need one to map pixels."""
    if plot.scene() is not None:
        return
    host = pg.GraphicsView(background=None)
    host.setCentralItem(plot)
    # Kept on the item: dropping the view would delete its scene and the plot with it.
    plot.dosebook_host = host


def _lay_out(plot: pg.PlotItem, geometry: QRectF) -> None:
    """Resize the plot and settle its layouts now, not on the next event loop turn."""
    plot.setGeometry(geometry)
    plot.layout.activate()
    legend = getattr(plot, "dosebook_legend", None)
    if legend is not None:
        legend.layout.activate()


def _set_export_mode(plot: pg.PlotItem, export: bool, opts: dict | None = None) -> None:
    for item in _tree(plot):
        if hasattr(item, "setExportMode"):
            item.setExportMode(export, opts)


def _tree(item: QGraphicsItem) -> Iterator[QGraphicsItem]:
    yield item
    for child in item.childItems():
        yield from _tree(child)
