"""Render the body map with sample usage to PNGs for a visual check (not a test).

Run: QT_QPA_PLATFORM=offscreen uv run python tests/gui/shot_bodymap.py [scale]
Writes screenshots/bodymap-{light,dark}@{scale}x.png; run once with QT_SCALE_FACTOR=2 for 200%.
"""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.records import Zone  # noqa: E402
from app.ui.bodymap import BodyMapWidget, ZoneUsageView  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def seed_zones() -> list[Zone]:
    """The zones from seeds/zones.toml."""
    data = tomllib.loads((ROOT / "seeds" / "zones.toml").read_text(encoding="utf-8"))
    return [Zone(**entry) for entry in data["zone"]]


def sample_usage(today: date) -> dict[str, ZoneUsageView]:
    """A plausible few months of Monday/Thursday injections."""
    days = {
        "abdomen-upper-left": 3,
        "abdomen-upper-right": 7,
        "abdomen-lower-left": 10,
        "abdomen-lower-right": 14,
        "flank-left": 21,
        "flank-right": 28,
        "thigh-front-left": 35,
        "thigh-front-right": 60,
        "arm-back-left": 17,
        "buttock-right": 0,
    }
    usage = {}
    for zone_id, since in days.items():
        recent = [today - timedelta(days=since + 28 * k) for k in range(4)]
        usage[zone_id] = ZoneUsageView(days_since=since, count=len(recent) + 2, recent=recent)
    return usage


def dark_palette() -> QPalette:
    """A plain dark palette like the ones Fusion users pick."""
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#202428"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#e6e9ed"))
    pal.setColor(QPalette.ColorRole.Base, QColor("#181b1f"))
    pal.setColor(QPalette.ColorRole.Text, QColor("#e6e9ed"))
    pal.setColor(QPalette.ColorRole.Button, QColor("#2b3036"))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor("#e6e9ed"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#3d7bd9"))
    return pal


def main() -> None:
    """Write light and dark screenshots at the current scale factor."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    zones = seed_zones()
    zones = [
        replace(z, enabled=False, disabled_reason="scar") if z.id == "thigh-outer-right" else z
        for z in zones
    ]
    light = app.palette()
    for name, pal in (("light", light), ("dark", dark_palette())):
        app.setPalette(pal)
        for size in ((420, 360), (760, 560)):
            widget = BodyMapWidget()
            widget.set_zones(zones)
            widget.set_usage(sample_usage(date(2026, 11, 24)))
            widget.set_suggested("thigh-front-right")
            widget.set_last_used("buttock-right")
            widget.set_reactions({"abdomen-upper-left"})
            widget.select_zone("abdomen-lower-right")
            widget.resize(*size)
            widget.show()
            widget.setFocus()
            app.processEvents()
            pixmap = widget.grab()
            path = out / f"bodymap-{name}-{size[0]}x{size[1]}@{scale}x.png"
            pixmap.save(str(path))
            print(path, pixmap.size().toTuple(), pixmap.devicePixelRatio())
            widget.close()
            widget.deleteLater()
            app.processEvents()


if __name__ == "__main__":
    main()
