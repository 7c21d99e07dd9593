"""Check boxes and radio buttons with an edge that shows in every palette.

Fusion outlines them in the window colour made darker: on a dark palette (the app's own, or a
GTK dark theme) an unticked box vanished, as did the "Also chart" list in the report dialog.
This style draws Fusion's indicator, then an edge in the palette's hint colour, which
app/ui/colours.py keeps at 4.5:1 against the window and the fields.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from app.ui.colours import status_colour


class ClearEdges(QProxyStyle):
    """The base style, with a readable edge on check boxes and radio buttons."""

    def __init__(self, base: str) -> None:
        super().__init__(base)
        self._check = QStyle.PrimitiveElement.PE_IndicatorCheckBox
        self._radio = QStyle.PrimitiveElement.PE_IndicatorRadioButton

    def drawPrimitive(  # noqa: N802 - Qt override
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element != self._check and element != self._radio:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(status_colour("muted", option.palette), 1.0))
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5)
        if element == self._radio:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 1.5, 1.5)
        painter.restore()
