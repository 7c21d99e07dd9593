"""Put several PNGs side by side in one picture (scaled down to fit), to look at them together.

Run: uv run python tools/contact_sheet.py OUT.png A.png B.png ... [--width 2400] [--columns 3]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("pictures", type=Path, nargs="+")
    parser.add_argument("--width", type=int, default=2400, help="width of the sheet in pixels")
    parser.add_argument("--columns", type=int, default=0, help="0: all in one row")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # noqa: F841 - fonts need an application
    images = [(p.name, QImage(str(p))) for p in args.pictures]
    columns = args.columns or len(images)
    gap, label = 12, 18
    cell = (args.width - gap * (columns - 1)) // columns
    scaled = [
        (n, i.scaledToWidth(min(cell, i.width()), Qt.TransformationMode.SmoothTransformation))
        for n, i in images
    ]
    rows = [scaled[i : i + columns] for i in range(0, len(scaled), columns)]
    height = sum(max(i.height() for _, i in row) + label + gap for row in rows)
    sheet = QImage(args.width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#808080"))
    painter = QPainter(sheet)
    painter.setFont(QFont("DejaVu Sans", 9))
    y = 0
    for row in rows:
        for column, (name, image) in enumerate(row):
            x = column * (cell + gap)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(x + 2, y + 13, name)
            painter.drawImage(QPoint(x, y + label), image)
        y += max(i.height() for _, i in row) + label + gap
    painter.end()
    sheet.save(str(args.out))


if __name__ == "__main__":
    main()
