"""Colours from one place: the light and dark palettes, and status colours that stay readable.

Error, warning, success and muted text each have a light and a dark shade. `status_colour` picks
the shade for a palette and, should a palette still leave it under 4.5:1 against its window or
base (WCAG AA for text), moves it towards black or white until it reads. The highlight colour is
never used for text: on a GTK dark theme it is dark blue on dark grey.
"""

from __future__ import annotations

import copy

from PySide6.QtGui import QColor, QPalette

MIN_TEXT_CONTRAST = 4.5  # WCAG 2 AA, normal text
MIN_CONTROL_CONTRAST = 3.0  # WCAG 2 AA, the edges of controls

# kind: (on a light window, on a dark window)
STATUS: dict[str, tuple[str, str]] = {
    "error": ("#b3261e", "#ff8a80"),
    "warning": ("#7a4f00", "#f2c14e"),
    "success": ("#1e6b2a", "#7fd88f"),
    "muted": ("#5f6368", "#a8adb3"),
    "link": ("#0b57d0", "#8ab4f8"),
}

Role = QPalette.ColorRole


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 (none) to 21 (black on white)."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    """A translucent colour as it shows on an opaque background."""
    alpha = colour.alphaF()
    if alpha >= 1.0:
        return QColor(colour)
    mixed = QColor()
    mixed.setRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )
    return mixed


def is_dark(palette: QPalette) -> bool:
    """True when the palette's window colour is dark."""
    return palette.color(Role.Window).lightness() < 128


def backgrounds(palette: QPalette) -> list[QColor]:
    """Where text sits: the window, entry fields and alternate rows."""
    return [palette.color(role) for role in (Role.Window, Role.Base, Role.AlternateBase)]


def readable(
    pair: tuple[str, str], palette: QPalette, minimum: float = MIN_TEXT_CONTRAST
) -> QColor:
    """The light or dark shade of `pair` for `palette`, nudged until it reads on its backgrounds."""
    dark = is_dark(palette)
    colour = QColor(pair[1] if dark else pair[0])
    behind = backgrounds(palette)
    for _ in range(20):
        if min(contrast_ratio(colour, b) for b in behind) >= minimum:
            break
        colour = colour.lighter(112) if dark else colour.darker(112)
    return colour


def status_colour(kind: str, palette: QPalette) -> QColor:
    """The colour of error, warning, success or muted text for this palette."""
    return readable(STATUS[kind], palette)


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    window, button = QColor(colours[Role.Window]), QColor(colours[Role.Button])
    # The (button, window) constructor derives Light, Midlight, Mid, Dark and Shadow, which
    # styles use for frames and the edges of check boxes.
    pal = QPalette(button, window)
    for role, colour in colours.items():
        pal.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return pal


def light_palette() -> QPalette:
    """Fusion's light palette with hint text dark enough to read."""
    return _palette(
        {
            Role.Window: "#efefef",
            Role.WindowText: "#000000",
            Role.Base: "#ffffff",
            Role.AlternateBase: "#f7f7f7",
            Role.Text: "#000000",
            Role.Button: "#efefef",
            Role.ButtonText: "#000000",
            Role.Highlight: "#308cc6",
            Role.HighlightedText: "#ffffff",
            Role.ToolTipBase: "#ffffdc",
            Role.ToolTipText: "#000000",
            Role.PlaceholderText: STATUS["muted"][0],
            Role.Link: "#0b57d0",
            Role.LinkVisited: "#6a3ab2",
        },
        disabled="#8c8c8c",
    )


def dark_palette() -> QPalette:
    """The app's own dark palette, used when dark is chosen on a light desktop."""
    return _palette(
        {
            Role.Window: "#202124",
            Role.WindowText: "#e8eaed",
            Role.Base: "#18191b",
            Role.AlternateBase: "#26282b",
            Role.Text: "#e8eaed",
            Role.Button: "#2d2f33",
            Role.ButtonText: "#e8eaed",
            Role.Light: "#5f6368",
            Role.Midlight: "#4a4d51",
            Role.Mid: "#3c4043",
            Role.Dark: "#141517",
            Role.Highlight: "#8ab4f8",
            Role.HighlightedText: "#202124",
            Role.ToolTipBase: "#2d2f33",
            Role.ToolTipText: "#e8eaed",
            Role.PlaceholderText: STATUS["muted"][1],
            Role.Link: "#8ab4f8",
            Role.LinkVisited: "#c58af9",
        },
        disabled="#80868b",
    )


def gtk_dark_palette() -> QPalette:
    """What Qt reads from a GTK dark theme (Adwaita-dark): dark blue highlight on dark grey.

    The app never sets this one; tests and screenshots use it to stand for a dark desktop.
    """
    return _palette(
        {
            Role.Window: "#353535",
            Role.WindowText: "#eeeeec",
            Role.Base: "#2d2d2d",
            Role.AlternateBase: "#323232",
            Role.Text: "#eeeeec",
            Role.Button: "#353535",
            Role.ButtonText: "#eeeeec",
            Role.Highlight: "#15539e",
            Role.HighlightedText: "#ffffff",
            Role.ToolTipBase: "#262626",
            Role.ToolTipText: "#ffffff",
            Role.PlaceholderText: "#919190",
            Role.Link: "#3584e4",
            Role.LinkVisited: "#1b6acb",
        },
        disabled="#919190",
    )


def with_readable_text(palette: QPalette) -> QPalette:
    """`palette` with hint text and links that read on its backgrounds (a desktop's own palette
    may leave placeholders at 3:1 and links dark blue on dark grey)."""
    out = copy.copy(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        out.setColor(group, Role.PlaceholderText, status_colour("muted", palette))
        out.setColor(group, Role.Link, status_colour("link", palette))
    return out


PALETTES = {"light": light_palette, "dark": dark_palette, "gtk-dark": gtk_dark_palette}
