"""Zone geometry discovered from the SVG: each zone id's rectangle and outline as a QPainterPath."""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QTransform
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

SHAPE_TAGS = frozenset({"path", "rect", "ellipse", "circle", "polygon"})
_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


@dataclass(frozen=True)
class ZoneShape:
    """A zone's outline in SVG document coordinates (parent transforms applied)."""

    zone_id: str
    rect: QRectF
    path: QPainterPath


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _num(element: ET.Element, name: str) -> float:
    return float(element.get(name, "0") or 0)


def path_from_d(d: str) -> QPainterPath | None:
    """A QPainterPath for SVG path data with lines and Béziers; None for arcs or bad data."""
    tokens = _TOKEN.findall(d)
    if re.search(r"[Aa]", d):
        return None  # arcs are left to the bounds fallback
    path = QPainterPath()
    cur = QPointF(0, 0)
    start = QPointF(0, 0)
    last_ctrl: QPointF | None = None
    cmd = ""
    i = 0

    def take(n: int) -> list[float]:
        nonlocal i
        values = [float(t) for t in tokens[i : i + n]]
        if len(values) != n:
            raise ValueError("truncated path data")
        i += n
        return values

    try:
        while i < len(tokens):
            if tokens[i].isalpha():
                cmd = tokens[i]
                i += 1
                if cmd in "Zz":
                    path.closeSubpath()
                    cur, last_ctrl = QPointF(start), None
                    continue
            rel = cmd.islower()
            base = cur if rel else QPointF(0, 0)
            c = cmd.upper()
            if c == "M":
                x, y = take(2)
                cur = start = QPointF(base.x() + x, base.y() + y)
                path.moveTo(cur)
                cmd = "l" if rel else "L"  # further pairs after a move are lines
                last_ctrl = None
            elif c == "L":
                x, y = take(2)
                cur = QPointF(base.x() + x, base.y() + y)
                path.lineTo(cur)
                last_ctrl = None
            elif c == "H":
                (x,) = take(1)
                cur = QPointF((cur.x() if rel else 0) + x, cur.y())
                path.lineTo(cur)
                last_ctrl = None
            elif c == "V":
                (y,) = take(1)
                cur = QPointF(cur.x(), (cur.y() if rel else 0) + y)
                path.lineTo(cur)
                last_ctrl = None
            elif c in "CS":
                if c == "C":
                    x1, y1, x2, y2, x, y = take(6)
                    c1 = QPointF(base.x() + x1, base.y() + y1)
                else:
                    x2, y2, x, y = take(4)
                    c1 = 2 * cur - last_ctrl if last_ctrl is not None else QPointF(cur)
                c2 = QPointF(base.x() + x2, base.y() + y2)
                cur = QPointF(base.x() + x, base.y() + y)
                path.cubicTo(c1, c2, cur)
                last_ctrl = c2
            elif c in "QT":
                if c == "Q":
                    x1, y1, x, y = take(4)
                    q = QPointF(base.x() + x1, base.y() + y1)
                else:
                    x, y = take(2)
                    q = 2 * cur - last_ctrl if last_ctrl is not None else QPointF(cur)
                cur = QPointF(base.x() + x, base.y() + y)
                path.quadTo(q, cur)
                last_ctrl = q
            else:
                return None
    except ValueError:
        return None
    return path


def element_path(element: ET.Element) -> QPainterPath | None:
    """The outline of a shape element in its own coordinates, or None if it is not a shape."""
    tag = _local(element.tag)
    path = QPainterPath()
    if tag == "rect":
        path.addRect(
            QRectF(
                _num(element, "x"),
                _num(element, "y"),
                _num(element, "width"),
                _num(element, "height"),
            )
        )
    elif tag == "ellipse":
        center = QPointF(_num(element, "cx"), _num(element, "cy"))
        path.addEllipse(center, _num(element, "rx"), _num(element, "ry"))
    elif tag == "circle":
        center = QPointF(_num(element, "cx"), _num(element, "cy"))
        path.addEllipse(center, _num(element, "r"), _num(element, "r"))
    elif tag == "polygon":
        values = [float(t) for t in _TOKEN.findall(element.get("points", ""))]
        points = [QPointF(x, y) for x, y in zip(values[::2], values[1::2], strict=False)]
        if len(points) < 3:
            return None
        path.moveTo(points[0])
        for point in points[1:]:
            path.lineTo(point)
        path.closeSubpath()
    elif tag == "path":
        return path_from_d(element.get("d", ""))
    else:
        return None
    return path


def _fit(path: QPainterPath, target: QRectF) -> QPainterPath:
    """Scale and move `path` onto `target`, the renderer's word on where the element sits."""
    source = path.boundingRect()
    if source.width() <= 0 or source.height() <= 0:
        fallback = QPainterPath()
        fallback.addEllipse(target)
        return fallback
    transform = QTransform()
    transform.translate(target.left(), target.top())
    transform.scale(target.width() / source.width(), target.height() / source.height())
    transform.translate(-source.left(), -source.top())
    return transform.map(path)


def load_zone_shapes(
    renderer: QSvgRenderer, svg: bytes, zone_ids: list[str]
) -> dict[str, ZoneShape]:
    """The shape of each zone id found in the SVG; ids missing from the SVG are logged and skipped."""
    elements = {el.get("id"): el for el in ET.fromstring(svg).iter() if el.get("id")}
    shapes: dict[str, ZoneShape] = {}
    for zone_id in zone_ids:
        if not renderer.elementExists(zone_id):
            log.warning("body map SVG has no element for zone %r", zone_id)
            continue
        rect = renderer.transformForElement(zone_id).mapRect(renderer.boundsOnElement(zone_id))
        element = elements.get(zone_id)
        own = element_path(element) if element is not None else None
        if own is None:
            own = QPainterPath()
            own.addEllipse(rect)
        shapes[zone_id] = ZoneShape(zone_id, rect, _fit(own, rect))
    return shapes


def _span_middle(path: QPainterPath, start: QPointF, end: QPointF) -> QPointF | None:
    """The middle of the longest run of the segment start-end that lies inside the path."""
    steps = 48
    best: tuple[int, int] | None = None
    run_start: int | None = None
    for i in range(steps + 1):
        t = i / steps
        inside = path.contains(start + (end - start) * t)
        if inside and run_start is None:
            run_start = i
        if run_start is not None and (not inside or i == steps):
            run_end = i if inside else i - 1
            if best is None or run_end - run_start > best[1] - best[0]:
                best = (run_start, run_end)
            run_start = None
    if best is None:
        return None
    return start + (end - start) * ((best[0] + best[1]) / 2 / steps)


def inner_point(path: QPainterPath) -> QPointF:
    """A point well inside the path, for dots and clicks: the middle of its span across and down."""
    rect = path.boundingRect()
    center = rect.center()
    across = _span_middle(path, QPointF(rect.left(), center.y()), QPointF(rect.right(), center.y()))
    if across is None:
        return center
    down = _span_middle(path, QPointF(across.x(), rect.top()), QPointF(across.x(), rect.bottom()))
    return down if down is not None else across
