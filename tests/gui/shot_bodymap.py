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


SCENES = {
    # name: (size, suggested, last used, reactions, selected)
    "a": (
        (420, 360),
        "thigh-front-right",
        "buttock-right",
        {"abdomen-upper-left"},
        "abdomen-lower-right",
    ),
    "b": ((420, 360), "abdomen-upper-right", "flank-left", {"arm-back-left"}, None),
    "c": ((760, 560), "buttock-left", "abdomen-lower-left", set(), "thigh-outer-left"),
}


def main() -> None:
    """Write light and dark screenshots of each scene at the current scale factor."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    zones = [
        replace(z, enabled=False, disabled_reason="scar") if z.id == "thigh-outer-right" else z
        for z in seed_zones()
    ]
    for name, pal in (("light", app.palette()), ("dark", dark_palette())):
        app.setPalette(pal)
        for scene, (size, suggested, last, reactions, selected) in SCENES.items():
            widget = BodyMapWidget()
            widget.set_zones(zones)
            widget.set_usage(sample_usage(date(2026, 11, 24)))
            widget.set_suggested(suggested)
            widget.set_last_used(last)
            widget.set_reactions(reactions)
            widget.select_zone(selected)
            widget.resize(*size)
            widget.show()
            if selected:
                widget.setFocus()
            app.processEvents()
            path = out / f"bodymap-{scene}-{name}@{scale}x.png"
            widget.grab().save(str(path))
            print(path)
            widget.close()
            widget.deleteLater()
            app.processEvents()


if __name__ == "__main__":
    main()
