"""BodyMapWidget: the front and back figure with injection zones to look at and pick."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QPoint, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.domain.i18n.seeds import zone_label
from app.domain.records import Zone
from app.domain.sites import age_bucket
from app.paths import resource_path
from app.report.bodymap_print import labelled_svg
from app.ui.a11y.parts import PRESS, Part, announce_focus
from app.ui.bodymap import painting
from app.ui.bodymap.layout import RING_INFLATE, MapLayout, compute_layout, place_label
from app.ui.bodymap.navigation import Direction, nearest_in_direction
from app.ui.bodymap.palette import recolour_svg, scheme_for
from app.ui.bodymap.svgshapes import ZoneShape, load_zone_shapes
from app.ui.bodymap.usage import ZoneMarks, ZoneUsageView, state_text, state_words, tooltip_text

_NEAR_MISS = 6.0  # a click this close to a small zone still picks it
_ARROWS = {
    Qt.Key.Key_Left: Direction.LEFT,
    Qt.Key.Key_Right: Direction.RIGHT,
    Qt.Key.Key_Up: Direction.UP,
    Qt.Key.Key_Down: Direction.DOWN,
}
_PICK_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select}


class BodyMapWidget(QWidget):
    """Front and back views; zones coloured by rest time, with suggested, last-used and picked marks."""

    zoneSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Body map"))
        svg = resource_path("bodymap.svg").read_text(encoding="utf-8")
        self._svg = labelled_svg(svg).encode("utf-8")
        self._renderer = QSvgRenderer(self)
        self._scheme = scheme_for(self.palette())
        self._renderer.load(QByteArray(recolour_svg(self._svg, self._scheme)))
        self._zones: dict[str, Zone] = {}
        self._shapes: dict[str, ZoneShape] = {}
        self._usage: dict[str, ZoneUsageView] = {}
        self._reactions: set[str] = set()
        self._suggested: str | None = None
        self._last_used: str | None = None
        self._selected: str | None = None
        self._focused: str | None = None
        self._hovered: str | None = None
        self._layout_cache: MapLayout | None = None
        self._update_description()

    # ----- what the tab tells the map -----

    def set_zones(self, zones: list[Zone]) -> None:
        """Show these zones; ids without a shape in the SVG are skipped."""
        self._shapes = load_zone_shapes(self._renderer, self._svg, [z.id for z in zones])
        self._zones = {z.id: z for z in zones if z.id in self._shapes}
        if self._selected is not None and not self._is_pickable(self._selected):
            self._selected = None
        if self._focused not in self._zones:
            self._focused = None
        self._changed(relayout=True)

    def zones(self) -> list[Zone]:
        """The zones on show, as last given to set_zones (those with a shape)."""
        return list(self._zones.values())

    def set_usage(self, usage: dict[str, ZoneUsageView]) -> None:
        """Colour zones by how long they have rested; missing zones count as never used."""
        self._usage = dict(usage)
        self._changed()

    def set_suggested(self, zone_id: str | None) -> None:
        """Mark the zone suggested for the next injection (None: no suggestion)."""
        self._suggested = zone_id
        self._changed()

    def set_last_used(self, zone_id: str | None) -> None:
        """Mark the zone used for the last injection."""
        self._last_used = zone_id
        self._changed()

    def set_reactions(self, zone_ids: set[str]) -> None:
        """Put a "!" badge on zones with an open site reaction."""
        self._reactions = set(zone_ids)
        self._changed()

    def selected_zone(self) -> str | None:
        """The picked zone's id, or None."""
        return self._selected

    def select_zone(self, zone_id: str | None) -> bool:
        """Pick a zone from code without emitting zoneSelected; False if it cannot be picked."""
        if zone_id is not None and not self._is_pickable(zone_id):
            return False
        self._selected = zone_id
        if zone_id is not None:
            self._focused = zone_id
        self._changed()
        return True

    def focused_zone(self) -> str | None:
        """The zone the keyboard focus ring is on."""
        return self._focused

    def zone_rect(self, zone_id: str) -> QRectF | None:
        """Where a zone sits in widget coordinates, or None if it is not shown."""
        return self._layout().rects.get(zone_id)

    def zone_point(self, zone_id: str) -> QPointF | None:
        """A point well inside a zone, in widget coordinates (where its markers go)."""
        return self._layout().centres.get(zone_id)

    def zone_tooltip(self, zone_id: str) -> str:
        """The hover text for a zone."""
        zone = self._zones.get(zone_id)
        if zone is None:
            return ""
        return tooltip_text(zone, self._usage_of(zone_id), self._marks(zone_id))

    # ----- for screen readers (app/ui/a11y): each zone is a button -----

    def part_count(self) -> int:
        return len(self._zones)

    def part(self, index: int) -> Part:
        """Zone `index` as a screen reader reads it: its name, its state, press to pick it."""
        zone_id = list(self._zones)[index]
        zone = self._zones[zone_id]
        rect = self._layout().rects.get(zone_id, QRectF())
        return Part(
            name=zone_label(zone.label),
            description=state_words(zone, self._usage_of(zone_id), self._marks(zone_id)),
            rect=rect.toAlignedRect(),
            selected=zone_id == self._selected,
            focused=self.hasFocus() and zone_id == self._focused,
            usable=zone.enabled,
        )

    def part_at(self, point: QPoint) -> int | None:
        zone_id = self._zone_at(QPointF(point))
        return list(self._zones).index(zone_id) if zone_id is not None else None

    def focused_part(self) -> int | None:
        if not self.hasFocus() or self._focused not in self._zones:
            return None
        return list(self._zones).index(self._focused)

    def do_part_action(self, index: int, action: str) -> None:
        zone_id = list(self._zones)[index]
        if action == PRESS and self._is_pickable(zone_id):
            self._pick(zone_id)

    # ----- Qt plumbing -----

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """About 420×360: both views and the legend at a comfortable size."""
        return QSize(420, 360)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Small enough for a narrow window, large enough to still hit a zone."""
        return QSize(260, 240)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Figure from the SVG, zones and their marks on top, legend below."""
        layout = self._layout()
        scheme = self._scheme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._renderer.render(painter, layout.figure)
        for zone_id, zone in self._zones.items():
            fill = scheme.buckets[age_bucket(self._usage_of(zone_id).days_since)]
            painting.paint_zone(
                painter,
                layout.paths[zone_id],
                fill,
                scheme,
                disabled=not zone.enabled,
                hovered=zone_id == self._hovered and zone.enabled,
            )
        if self._selected in layout.paths:
            painting.paint_selected(painter, layout.paths[self._selected], scheme)
        unit = max(4.0, min(8.0, layout.transform.m11() * 9))
        if self._last_used in layout.centres:
            painting.paint_last_used(painter, layout.centres[self._last_used], unit * 0.75, scheme)
        for zone_id in sorted(self._reactions & layout.rects.keys()):
            corner = layout.rects[zone_id].topRight()
            painting.paint_reaction(
                painter, corner + QPointF(-unit * 0.4, unit * 0.4), unit, scheme
            )
        if self._suggested in layout.rects:
            self._paint_suggested(painter, layout, self._suggested)
        if self.hasFocus() and self._focused in layout.rects:
            painting.paint_focus(painter, layout.paths[self._focused], scheme)
        painter.setFont(self._legend_font())
        painting.paint_legend(painter, layout.legend, scheme)
        painter.end()

    def _paint_suggested(self, painter: QPainter, layout: MapLayout, zone_id: str) -> None:
        rect = layout.rects[zone_id]
        painting.paint_suggested_ring(painter, rect, self._scheme, RING_INFLATE)
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        fm = QFontMetricsF(font)
        text = self.tr("suggested")
        size = QSizeF(fm.horizontalAdvance(text) + fm.height(), fm.height() * 1.2)
        place = place_label(layout, zone_id, size, QRectF(self.rect()))
        painting.paint_label(painter, place, text, font, self._scheme)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A left click on a zone in use picks it; clicks elsewhere and on disabled zones do not."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        zone_id = self._zone_at(event.position())
        if zone_id is not None and self._is_pickable(zone_id):
            self._pick(zone_id)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Track the zone under the pointer for the hover outline and the hand cursor."""
        zone_id = self._zone_at(event.position())
        if zone_id != self._hovered:
            self._hovered = zone_id
            pickable = zone_id is not None and self._is_pickable(zone_id)
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if pickable else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Forget the hover when the pointer leaves."""
        self._hovered = None
        self.unsetCursor()
        self.update()
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        """Tooltips name the zone under the pointer and its history."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            zone_id = self._zone_at(QPointF(event.pos()))
            if zone_id is None:
                QToolTip.hideText()
                event.ignore()
            else:
                area = self._layout().rects[zone_id].toAlignedRect()
                QToolTip.showText(event.globalPos(), self.zone_tooltip(zone_id), self, area)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Arrows move between zones; Enter or Space picks the focused one."""
        key = Qt.Key(event.key())
        if key in _ARROWS and self._zones:
            centres = {z: (p.x(), p.y()) for z, p in self._layout().centres.items()}
            if self._focused is None:
                self._focused = self._first_focus()
            else:
                self._focused = (
                    nearest_in_direction(centres, self._focused, _ARROWS[key]) or self._focused
                )
            self._changed()
            announce_focus(self, self.focused_part())
            event.accept()
        elif key in _PICK_KEYS and self._focused is not None:
            if self._is_pickable(self._focused):
                self._pick(self._focused)
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Put the focus ring on a sensible zone when the map gains focus."""
        if self._focused is None and self._zones:
            self._focused = self._first_focus()
        self._changed()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Hide the focus ring."""
        self.update()
        super().focusOutEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Zones move with the figure when the widget is resized."""
        self._layout_cache = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow palette (light/dark) and font changes."""
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._scheme = scheme_for(self.palette())
            self._renderer.load(QByteArray(recolour_svg(self._svg, self._scheme)))
            self.update()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._layout_cache = None
            self.update()
        super().changeEvent(event)

    # ----- internals -----

    def _layout(self) -> MapLayout:
        if self._layout_cache is None:
            self._layout_cache = self._compute_layout()
        return self._layout_cache

    def _compute_layout(self) -> MapLayout:
        shapes = {z: self._shapes[z] for z in self._zones}
        size = QSizeF(self.size())
        return compute_layout(size, self._renderer.viewBoxF(), shapes, self._legend_font())

    def _legend_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

    def _zone_at(self, pos: QPointF) -> str | None:
        layout = self._layout()
        for zone_id, path in layout.paths.items():
            if path.contains(pos):
                return zone_id
        near = [
            (abs(r.center().x() - pos.x()) + abs(r.center().y() - pos.y()), z)
            for z, r in layout.rects.items()
            if r.adjusted(-_NEAR_MISS, -_NEAR_MISS, _NEAR_MISS, _NEAR_MISS).contains(pos)
        ]
        return min(near)[1] if near else None

    def _is_pickable(self, zone_id: str) -> bool:
        zone = self._zones.get(zone_id)
        return zone is not None and zone.enabled

    def _first_focus(self) -> str:
        for candidate in (self._selected, self._suggested):
            if candidate in self._zones:
                return candidate
        return next(iter(self._zones))

    def _pick(self, zone_id: str) -> None:
        self._selected = zone_id
        self._focused = zone_id
        self._changed()
        self.zoneSelected.emit(zone_id)

    def _usage_of(self, zone_id: str) -> ZoneUsageView:
        return self._usage.get(zone_id) or ZoneUsageView()

    def _marks(self, zone_id: str) -> ZoneMarks:
        return ZoneMarks(
            suggested=zone_id == self._suggested,
            last_used=zone_id == self._last_used,
            selected=zone_id == self._selected,
            reaction=zone_id in self._reactions,
        )

    def _changed(self, *, relayout: bool = False) -> None:
        if relayout:
            self._layout_cache = None
        self._update_description()
        self.update()

    def _update_description(self) -> None:
        zone = self._zones.get(self._focused or "")
        if zone is None:
            text = self.tr("Use the arrow keys to move between injection zones, Enter to pick one.")
        else:
            text = state_text(zone, self._usage_of(zone.id), self._marks(zone.id))
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)
