"""Where the body-map SVG lives; kept in one place so a shared resource helper can replace it."""

from pathlib import Path


def _bodymap_svg_path() -> Path:
    """Path of the body-map SVG in the source tree."""
    return Path(__file__).resolve().parents[3] / "resources" / "bodymap.svg"
