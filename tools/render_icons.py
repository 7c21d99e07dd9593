"""Render the app icon (resources/icons/dosebook.svg) to the PNG sizes, ICO and ICNS files.

Run after editing the SVG: `uv run python -m tools.render_icons`. Uses Qt's own SVG renderer, so
the PNGs match what the app shows.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "dosebook.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon as a square ARGB image of `size` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write dosebook-<size>.png for each size, plus dosebook.ico (Windows) and .icns (macOS)."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for size in SIZES:
        target = ICONS / f"dosebook-{size}.png"
        render(renderer, size).save(str(target))
        print(target.relative_to(ICONS.parents[1]))
    # Windows shows the 256 px entry and scales down; macOS takes a 512 px ICNS.
    for name, size in (("dosebook.ico", 256), ("dosebook.icns", 512)):
        if render(renderer, size).save(str(ICONS / name)):
            print(f"resources/icons/{name}")
        else:
            print(f"Qt could not write {name} here (image format plugin missing)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
