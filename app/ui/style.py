"""The app's style sheet: colours come from the palette so light and dark both read well."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

_BANNER = {
    # severity: (light background, light border, dark background, dark border)
    "info": ("#e8f1fb", "#7aa7d9", "#1d2c3d", "#4f7fb3"),
    "warning": ("#fff4d6", "#d9a420", "#3a3018", "#b8891a"),
    "urgent": ("#fde4e1", "#d0524a", "#43201e", "#c4534b"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def style_sheet(dark: bool) -> str:
    parts = []
    for severity, (lbg, lborder, dbg, dborder) in _BANNER.items():
        bg, border = (dbg, dborder) if dark else (lbg, lborder)
        parts.append(
            f'QFrame#banner[severity="{severity}"] {{ background: {bg}; '
            f"border: 1px solid {border}; border-left: 5px solid {border}; border-radius: 4px; }}"
        )
    parts.append("QLabel#bannerSymbol { font-size: 16pt; padding-right: 4px; }")
    parts.append("QLabel#nextDose { font-size: 13pt; font-weight: 600; }")
    return "\n".join(parts)


def apply_style(app: QApplication) -> None:
    app.setStyleSheet(style_sheet(is_dark(app.palette())))


def dark_palette() -> QPalette:
    """A dark palette in the spirit of desktop dark themes, for previews and screenshots.

    The app itself follows the system palette; this stands in for a dark desktop where there is
    none (offscreen, CI) so dark mode can be looked at.
    """
    from PySide6.QtGui import QColor

    pal = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#18191b",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2f33",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.ToolTipBase: "#2d2f33",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, colour in colours.items():
        pal.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7378"))
    return pal
