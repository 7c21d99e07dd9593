"""The body map on paper: the SVG drawn as vectors, zones shaded by use, and the count on each zone.

Greys only, and the count is written on the zone, so the map reads in black and white.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from html import escape

from PySide6.QtCore import QByteArray, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from app.paths import resource_path
from app.report.pages import INK

# Never used -> used most: light to mid grey, so a black number stays readable on every zone.
_LIGHTEST, _DARKEST = 0xF2, 0x9E
_UNUSED = "#ffffff"


@cache
def _svg_text() -> str:
    return resource_path("bodymap.svg").read_text(encoding="utf-8")


def labelled_svg(text: str) -> str:
    """The map's view names and the person's sides (R, L) in the active language."""
    words = {
        "Front": QCoreApplication.translate("BodyMap", "Front", "view of the body"),
        "Back": QCoreApplication.translate("BodyMap", "Back", "view of the body"),
        "R": QCoreApplication.translate("BodyMap", "R", "the person's right side"),
        "L": QCoreApplication.translate("BodyMap", "L", "the person's left side"),
    }
    for source, shown in words.items():
        text = text.replace(f">{source}</text>", f">{escape(shown)}</text>")
    return text


def shaded_svg(counts: Mapping[str, int]) -> bytes:
    """The body-map SVG in greys, each counted zone filled darker the more it was used."""
    text = labelled_svg(_svg_text())
    # The figure's own colours, turned to neutral greys for paper.
    text = text.replace("#6b7685", "#5a5a5a").replace("#e9edf2", "#fafafa")
    text = text.replace("#a3adba", "#9a9a9a").replace("#3d4653", "#000000")
    most = max(counts.values(), default=0)
    for zone_id, count in counts.items():
        fill = _UNUSED
        if count and most:
            level = round(_LIGHTEST - (_LIGHTEST - _DARKEST) * count / most)
            fill = f"#{level:02x}{level:02x}{level:02x}"
        # Zone shapes carry no fill of their own; one set here wins over the group's.
        text = re.sub(
            rf'(<path id="{re.escape(zone_id)}")',
            rf'\1 fill="{fill}" stroke="#000000" stroke-width="0.8"',
            text,
        )
    return text.encode("utf-8")


def fitted(rect: QRectF, size: QRectF) -> QRectF:
    """The largest rectangle of `size`'s shape centred in `rect`."""
    scale = min(rect.width() / size.width(), rect.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(
        rect.left() + (rect.width() - width) / 2, rect.top() + (rect.height() - height) / 2,
        width, height,
    )  # fmt: skip


def draw_body_map(
    painter: QPainter, rect: QRectF, counts: Mapping[str, int], disabled: frozenset[str]
) -> None:
    """Draw the map into `rect` (aspect kept) with the count on each used zone; "×" on zones
    not in use."""
    renderer = QSvgRenderer(QByteArray(shaded_svg(counts)))
    view = renderer.viewBoxF()
    target = fitted(rect, view)
    renderer.render(painter, target)
    scale = target.width() / view.width()
    badge = QFont()
    badge.setPointSizeF(7.5)
    badge.setBold(True)
    painter.setFont(badge)
    radius = 7.5
    for zone_id, count in counts.items():
        if not renderer.elementExists(zone_id):
            continue
        box = renderer.transformForElement(zone_id).mapRect(renderer.boundsOnElement(zone_id))
        centre = QPointF(
            target.left() + (box.center().x() - view.left()) * scale,
            target.top() + (box.center().y() - view.top()) * scale,
        )
        if not count and zone_id not in disabled:
            continue  # an unused zone stays white, without a "0" on it
        label = "×" if zone_id in disabled else str(count)
        painter.setPen(QPen(INK, 0.8))
        painter.setBrush(QColor("#ffffff"))
        width = max(2 * radius, painter.fontMetrics().horizontalAdvance(label) + 6)
        circle = QRectF(centre.x() - width / 2, centre.y() - radius, width, 2 * radius)
        painter.drawRoundedRect(circle, radius, radius)
        painter.drawText(circle, int(Qt.AlignmentFlag.AlignCenter), label)
