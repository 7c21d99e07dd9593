"""Colours of the body map: five usage buckets and marker colours, in a light and a dark scheme."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from app.domain.sites import AgeBucket


@dataclass(frozen=True)
class BodyMapScheme:
    """Every colour the body map paints with."""

    dark: bool
    buckets: dict[AgeBucket, QColor]
    zone_edge: QColor
    text: QColor
    accent: QColor  # the suggested zone's ring
    marker: QColor  # the last-used dot
    marker_edge: QColor
    reaction: QColor
    reaction_text: QColor
    disabled_fill: QColor
    disabled_hatch: QColor
    selected: QColor
    focus: QColor
    label_background: QColor
    svg_colours: dict[str, str]  # colour in the SVG file -> colour to paint it with


# Recent use is warm and strong, rested is cool and calm, never used is a neutral light tone.
# Lightness also steps between buckets, so they stay apart for people who see colour differently.
_LIGHT_BUCKETS = {
    AgeBucket.NEVER: "#f4f6f8",
    AgeBucket.UP_TO_7: "#e0592a",
    AgeBucket.DAYS_8_TO_14: "#f3b24a",
    AgeBucket.DAYS_15_TO_28: "#9fd3c7",
    AgeBucket.OVER_28: "#4f93c4",
}
_DARK_BUCKETS = {
    AgeBucket.NEVER: "#5a626d",
    AgeBucket.UP_TO_7: "#ff7a4d",
    AgeBucket.DAYS_8_TO_14: "#e9b64f",
    AgeBucket.DAYS_15_TO_28: "#5fae9d",
    AgeBucket.OVER_28: "#3b78a8",
}

# The SVG names each colour once; the dark scheme swaps them so the figure sits well on a dark
# window instead of glowing.
_DARK_SVG = {
    "#e9edf2": "#3b424c",  # silhouette fill
    "#6b7685": "#a3aebb",  # outline and navel
    "#d3dae3": "#4b535e",  # zone base
    "#a3adba": "#77828f",  # detail lines
    "#3d4653": "#e1e6ec",  # labels
}


def _light() -> BodyMapScheme:
    return BodyMapScheme(
        dark=False,
        buckets={b: QColor(c) for b, c in _LIGHT_BUCKETS.items()},
        zone_edge=QColor("#56616f"),
        text=QColor("#262d36"),
        accent=QColor("#6a3fd6"),
        marker=QColor("#1f2630"),
        marker_edge=QColor("#ffffff"),
        reaction=QColor("#c62828"),
        reaction_text=QColor("#ffffff"),
        disabled_fill=QColor("#d9dde2"),
        disabled_hatch=QColor("#7d8793"),
        selected=QColor("#111820"),
        focus=QColor("#1f6fd1"),
        label_background=QColor(255, 255, 255, 225),
        svg_colours={},
    )


def _dark() -> BodyMapScheme:
    return BodyMapScheme(
        dark=True,
        buckets={b: QColor(c) for b, c in _DARK_BUCKETS.items()},
        zone_edge=QColor("#c3ccd6"),
        text=QColor("#eef1f5"),
        accent=QColor("#c3a6ff"),
        marker=QColor("#f5f7fa"),
        marker_edge=QColor("#15191e"),
        reaction=QColor("#ff6b6b"),
        reaction_text=QColor("#15191e"),
        disabled_fill=QColor("#30353c"),
        disabled_hatch=QColor("#8a949f"),
        selected=QColor("#ffffff"),
        focus=QColor("#6fb0ff"),
        label_background=QColor(30, 34, 40, 230),
        svg_colours=dict(_DARK_SVG),
    )


def is_dark(palette: QPalette) -> bool:
    """True when the palette's window colour is dark."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def scheme_for(palette: QPalette) -> BodyMapScheme:
    """The light or the dark scheme, whichever suits the palette's window colour."""
    return _dark() if is_dark(palette) else _light()


def recolour_svg(svg: bytes, scheme: BodyMapScheme) -> bytes:
    """The SVG text with its named colours swapped for the scheme's."""
    if not scheme.svg_colours:
        return svg
    # One pass, so a new colour is never mistaken for an old one further down the list.
    pattern = re.compile("|".join(re.escape(old) for old in scheme.svg_colours), re.IGNORECASE)
    text = pattern.sub(lambda m: scheme.svg_colours[m.group(0).lower()], svg.decode("utf-8"))
    return text.encode("utf-8")
