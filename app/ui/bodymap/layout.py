"""Where the figure, each zone and the legend sit for one widget size."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QFont, QPainterPath, QTransform

from app.ui.bodymap import painting
from app.ui.bodymap.svgshapes import ZoneShape, inner_point

MARGIN = 6.0
LEGEND_GAP = 8.0
RING_INFLATE = 7.0  # how far the suggested ring stands off its zone


@dataclass(frozen=True)
class MapLayout:
    """The figure, each zone and the legend placed in widget coordinates."""

    transform: QTransform  # SVG document -> widget
    figure: QRectF
    paths: dict[str, QPainterPath]
    rects: dict[str, QRectF]
    centres: dict[str, QPointF]
    legend: list[painting.PlacedItem]


def compute_layout(
    size: QSizeF, view_box: QRectF, shapes: dict[str, ZoneShape], legend_font: QFont
) -> MapLayout:
    """Fit the SVG's view box above the legend, keeping its aspect ratio, centred."""
    width = max(1.0, size.width() - 2 * MARGIN)
    height = max(1.0, size.height() - 2 * MARGIN)
    rows = painting.legend_rows()
    _, legend_h = painting.layout_legend(rows, legend_font, MARGIN, 0.0, width)
    room = max(1.0, height - legend_h - LEGEND_GAP)
    scale = min(width / view_box.width(), room / view_box.height())
    fig_w, fig_h = view_box.width() * scale, view_box.height() * scale
    top = MARGIN + max(0.0, (height - fig_h - LEGEND_GAP - legend_h) / 2)
    left = MARGIN + (width - fig_w) / 2
    transform = QTransform()
    transform.translate(left, top)
    transform.scale(scale, scale)
    transform.translate(-view_box.x(), -view_box.y())
    paths = {zone_id: transform.map(shape.path) for zone_id, shape in shapes.items()}
    legend_top = top + fig_h + LEGEND_GAP
    legend, _ = painting.layout_legend(rows, legend_font, MARGIN, legend_top, width)
    return MapLayout(
        transform=transform,
        figure=QRectF(left, top, fig_w, fig_h),
        paths=paths,
        rects={z: p.boundingRect() for z, p in paths.items()},
        centres={z: inner_point(p) for z, p in paths.items()},
        legend=legend,
    )


def place_label(layout: MapLayout, zone_id: str, size: QSizeF, bounds: QRectF) -> QRectF:
    """Below the zone's ring if free, else above, right or left: wherever it hides no zone."""
    ring = layout.rects[zone_id].adjusted(-RING_INFLATE, -RING_INFLATE, RING_INFLATE, RING_INFLATE)
    w, h = size.width(), size.height()
    cx, cy = ring.center().x(), ring.center().y()
    candidates = [
        QRectF(cx - w / 2, ring.bottom() + 2, w, h),
        QRectF(cx - w / 2, ring.top() - h - 2, w, h),
        QRectF(ring.right() + 2, cy - h / 2, w, h),
        QRectF(ring.left() - w - 2, cy - h / 2, w, h),
    ]
    others = [r for z, r in layout.rects.items() if z != zone_id]
    for place in candidates:
        if bounds.contains(place) and not any(place.intersects(r) for r in others):
            return place
    return candidates[0]
