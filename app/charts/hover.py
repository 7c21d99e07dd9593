"""A small label that follows the mouse to the nearest data point and says what it is."""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from app.charts.style import ChartTheme

NEAR_PIXELS = 18.0  # how close (in screen pixels) the pointer must be to a point


class HoverLabel(pg.TextItem):
    """Shows the text of the data point nearest the pointer; hidden when printing.

    It listens to the scene's sigMouseMoved only while it is in a scene, so a chart built before
    it is put on screen still gets hover, and a cleared chart stops listening.
    """

    def __init__(self, plot: pg.PlotItem, theme: ChartTheme) -> None:
        super().__init__(
            "",
            color=pg.mkColor(theme.hover_text),
            anchor=(0, 1),
            fill=pg.mkColor(theme.hover_fill),
            border=theme.pen(theme.muted),
        )
        self.setFont(theme.font())
        self.setZValue(1000)
        self.hide()
        self._plot = plot
        self._xs = np.empty(0)
        self._ys = np.empty(0)
        self._describe: Callable[[int], str] = str
        self._scene: Any = None
        self._was_visible = False

    def set_points(
        self, xs: np.ndarray, ys: np.ndarray, describe: Sequence[str] | Callable[[int], str]
    ) -> None:
        """Replace the points the label can describe: x, y in view units, and a text for each
        (a list, or a function of the point's index so thousands of texts are not made up front).
        """
        self._xs = np.asarray(xs, dtype=np.float64)
        self._ys = np.asarray(ys, dtype=np.float64)
        self._describe = describe.__getitem__ if isinstance(describe, Sequence) else describe

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:  # noqa: N802
        """Follow the scene we are in, so the mouse signal is connected exactly once."""
        result = super().itemChange(change, value)
        if change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged:
            self._listen_to(self.scene())
        return result

    def _listen_to(self, scene: Any) -> None:
        if scene is self._scene:
            return
        if self._scene is not None:
            # The old scene may already be gone.
            with contextlib.suppress(RuntimeError, TypeError):
                self._scene.sigMouseMoved.disconnect(self._on_mouse_moved)
        self._scene = scene
        if scene is not None and hasattr(scene, "sigMouseMoved"):
            scene.sigMouseMoved.connect(self._on_mouse_moved)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        vb = self._plot.vb
        if not vb.sceneBoundingRect().contains(scene_pos):
            self.hide()
            return
        view_pos = vb.mapSceneToView(scene_pos)
        self.show_nearest(view_pos.x(), view_pos.y())

    def show_nearest(self, x: float, y: float, max_pixels: float = NEAR_PIXELS) -> str:
        """Show the label for the point nearest (x, y) in view units; return its text or ""."""
        if self._xs.size == 0:
            self.hide()
            return ""
        px, py = self._plot.vb.viewPixelSize()
        if not (px > 0 and py > 0 and math.isfinite(px) and math.isfinite(py)):
            self.hide()
            return ""
        dx = (self._xs - x) / px
        dy = (self._ys - y) / py
        distance = np.hypot(dx, dy)
        index = int(np.nanargmin(distance))
        if not distance[index] <= max_pixels:
            self.hide()
            return ""
        px_, py_ = float(self._xs[index]), float(self._ys[index])
        (x0, x1), (y0, y1) = self._plot.vb.viewRange()
        # Open towards the middle so the label stays inside the plot.
        self.setAnchor((1.0 if px_ > (x0 + x1) / 2 else 0.0, 0.0 if py_ > (y0 + y1) / 2 else 1.0))
        text = self._describe(index)
        self.setText(text)
        self.setPos(px_, py_)
        self.show()
        return text

    def setExportMode(self, export: bool, opts: dict | None = None) -> None:  # noqa: N802
        """A pointer label has no place on paper: hide it while exporting."""
        super().setExportMode(export, opts)
        if export:
            self._was_visible = self.isVisible()
            self.hide()
        elif self._was_visible:
            self.show()


def attach_hover(
    plot: pg.PlotItem,
    theme: ChartTheme,
    xs: np.ndarray,
    ys: np.ndarray,
    describe: Sequence[str] | Callable[[int], str],
) -> HoverLabel:
    """Add a hover label for these points to the plot and return it."""
    label = HoverLabel(plot, theme)
    label.set_points(xs, ys, describe)
    plot.addItem(label, ignoreBounds=True)
    plot.dosebook_hover = label
    return label
