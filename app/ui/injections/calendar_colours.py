"""Colours and symbols of the month calendar's dose marks, for light and dark palettes.

Each status has a symbol and a word too, so the calendar reads without colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from app.domain.schedule import DoseStatus

SYMBOLS = {
    DoseStatus.ON_TIME: "✓",
    DoseStatus.LATE: "✓",
    DoseStatus.MISSED: "✗",
    DoseStatus.UPCOMING: "○",
    DoseStatus.EXTRA: "+",
}

# status: (light text, light fill, dark text, dark fill)
_COLOURS = {
    DoseStatus.ON_TIME: ("#1e6b2a", "#dcefdc", "#a8dcac", "#1f3a25"),
    DoseStatus.LATE: ("#8a4b00", "#fde9c4", "#ffd08a", "#43331a"),
    DoseStatus.MISSED: ("#a3221b", "#fbdcd8", "#ffb4a8", "#4a221f"),
    DoseStatus.UPCOMING: ("#2d4f8a", "#00000000", "#a9c7ff", "#00000000"),
    DoseStatus.EXTRA: ("#4d5662", "#e6e9ed", "#cfd6de", "#343a42"),
}


@dataclass(frozen=True)
class MarkColours:
    text: QColor
    fill: QColor


def mark_colours(dark: bool) -> dict[DoseStatus, MarkColours]:
    """Text and fill colour of each status's chip."""
    out = {}
    for status, (lt, lf, dt, df) in _COLOURS.items():
        text, fill = (dt, df) if dark else (lt, lf)
        out[status] = MarkColours(QColor(text), QColor(fill))
    return out


def is_dark(palette: QPalette) -> bool:
    """True when the window colour is dark."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
