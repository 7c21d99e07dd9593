"""Painting helpers for the body map: zone fills, markers and the legend, in widget coordinates."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)

from app.domain.sites import AgeBucket
from app.ui.bodymap.palette import BodyMapScheme

translate = QCoreApplication.translate


class Mark(Enum):
    """Legend entries that are markers rather than colours."""

    SUGGESTED = "suggested"
    LAST_USED = "last"
    REACTION = "reaction"
    DISABLED = "disabled"


@dataclass(frozen=True)
class LegendItem:
    """One legend entry: a colour bucket or a marker, with its words."""

    key: AgeBucket | Mark
    text: str


@dataclass(frozen=True)
class PlacedItem:
    """A legend entry with the places of its swatch and its text."""

    item: LegendItem
    swatch: QRectF
    text_rect: QRectF


def legend_rows() -> list[list[LegendItem]]:
    """The legend: first the colours by days since last use, then the markers."""
    colours = [
        # Short words so the five colours fit one line at the widget's usual width.
        LegendItem(AgeBucket.NEVER, translate("BodyMap", "Never used")),
        LegendItem(AgeBucket.UP_TO_7, translate("BodyMap", "0–7 days")),
        LegendItem(AgeBucket.DAYS_8_TO_14, translate("BodyMap", "8–14")),
        LegendItem(AgeBucket.DAYS_15_TO_28, translate("BodyMap", "15–28")),
        LegendItem(AgeBucket.OVER_28, translate("BodyMap", "29+ days")),
    ]
    marks = [
        LegendItem(Mark.SUGGESTED, translate("BodyMap", "Suggested")),
        LegendItem(Mark.LAST_USED, translate("BodyMap", "Used last time")),
        LegendItem(Mark.REACTION, translate("BodyMap", "Reaction")),
        LegendItem(Mark.DISABLED, translate("BodyMap", "Not in use")),
    ]
    return [colours, marks]


def layout_legend(
    rows: list[list[LegendItem]], font: QFont, left: float, top: float, width: float
) -> tuple[list[PlacedItem], float]:
    """Flow the legend into lines no wider than `width`; returns the placed items and height."""
    fm = QFontMetricsF(font)
    line_h = fm.height() * 1.5
    box = fm.height() * 0.95
    gap, spacing = fm.height() * 0.35, fm.height() * 0.8
    placed: list[PlacedItem] = []
    y = top
    for row in rows:
        # Measure the row's lines first so each line can be centred under the figure.
        lines: list[list[tuple[LegendItem, float]]] = [[]]
        line_w = 0.0
        for item in row:
            item_w = box + gap + fm.horizontalAdvance(item.text)
            if lines[-1] and line_w + spacing + item_w > width:
                lines.append([])
                line_w = 0.0
            line_w += (spacing if lines[-1] else 0.0) + item_w
            lines[-1].append((item, item_w))
        for line in lines:
            total = sum(w for _, w in line) + spacing * (len(line) - 1)
            x = left + max(0.0, (width - total) / 2)
            for item, item_w in line:
                swatch = QRectF(x, y + (line_h - box) / 2, box, box)
                text_rect = QRectF(x + box + gap, y, item_w - box - gap + 1, line_h)
                placed.append(PlacedItem(item, swatch, text_rect))
                x += item_w + spacing
            y += line_h
    return placed, y - top


def paint_legend(painter: QPainter, placed: list[PlacedItem], scheme: BodyMapScheme) -> None:
    """Draw the legend's swatches and words."""
    for entry in placed:
        key, box = entry.item.key, entry.swatch
        square = QPainterPath()
        square.addRoundedRect(box, 2, 2)
        if isinstance(key, AgeBucket):
            paint_zone(painter, square, scheme.buckets[key], scheme)
        elif key is Mark.DISABLED:
            paint_zone(painter, square, None, scheme, disabled=True)
        elif key is Mark.SUGGESTED:
            paint_suggested_ring(painter, box, scheme, inflate=-1)
        elif key is Mark.LAST_USED:
            paint_last_used(painter, box.center(), box.width() * 0.3, scheme)
        elif key is Mark.REACTION:
            paint_reaction(painter, box.center(), box.width() * 0.5, scheme)
        painter.setPen(scheme.text)
        painter.drawText(
            entry.text_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            entry.item.text,
        )


def paint_zone(
    painter: QPainter,
    path: QPainterPath,
    fill: QColor | None,
    scheme: BodyMapScheme,
    *,
    disabled: bool = False,
    hovered: bool = False,
) -> None:
    """Fill a zone with its bucket colour, or grey with a hatch when it is not in use."""
    painter.save()
    if disabled:
        painter.fillPath(path, scheme.disabled_fill)
        hatch = QBrush(scheme.disabled_hatch, Qt.BrushStyle.BDiagPattern)
        painter.fillPath(path, hatch)
    elif fill is not None:
        painter.fillPath(path, fill)
    pen = QPen(scheme.zone_edge, 2.0 if hovered else 1.0)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def paint_selected(painter: QPainter, path: QPainterPath, scheme: BodyMapScheme) -> None:
    """A thick outline round the picked zone."""
    painter.save()
    pen = QPen(scheme.selected, 3.5)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def paint_focus(painter: QPainter, path: QPainterPath, scheme: BodyMapScheme) -> None:
    """The keyboard focus ring: a dotted line that follows the zone a few pixels outside it."""
    stroker = QPainterPathStroker()
    stroker.setWidth(10.0)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    ring = (stroker.createStroke(path) | path).simplified()
    painter.save()
    painter.setPen(QPen(scheme.focus, 2.0, Qt.PenStyle.DotLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(ring)
    painter.restore()


def paint_suggested_ring(
    painter: QPainter, rect: QRectF, scheme: BodyMapScheme, inflate: float = 7.0
) -> None:
    """The suggested zone's dashed accent ring."""
    painter.save()
    pen = QPen(scheme.accent, 2.0, Qt.PenStyle.DashLine)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(rect.adjusted(-inflate, -inflate, inflate, inflate))
    painter.restore()


def paint_label(
    painter: QPainter, rect: QRectF, text: str, font: QFont, scheme: BodyMapScheme
) -> None:
    """A small pill with text, used for the word "suggested"."""
    painter.save()
    painter.setPen(QPen(scheme.accent, 1.0))
    painter.setBrush(scheme.label_background)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setFont(font)
    painter.setPen(scheme.accent if not scheme.dark else scheme.text)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def paint_last_used(
    painter: QPainter, center: QPointF, radius: float, scheme: BodyMapScheme
) -> None:
    """The solid dot on the zone used last time."""
    painter.save()
    painter.setPen(QPen(scheme.marker_edge, 1.5))
    painter.setBrush(scheme.marker)
    painter.drawEllipse(center, radius, radius)
    painter.restore()


def paint_reaction(
    painter: QPainter, center: QPointF, radius: float, scheme: BodyMapScheme
) -> None:
    """The "!" badge on a zone with a site reaction."""
    painter.save()
    painter.setPen(QPen(scheme.marker_edge, 1.0))
    painter.setBrush(scheme.reaction)
    painter.drawEllipse(center, radius, radius)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(6, round(radius * 1.5)))
    painter.setFont(font)
    painter.setPen(scheme.reaction_text)
    box = QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "!")
    painter.restore()
