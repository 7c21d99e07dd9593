"""Save PNGs of the warning banners, the data dialog and the rules dialog on the demo diary.

Run: QT_QPA_PLATFORM=offscreen uv run python tools/screenshot_warnings.py OUT_DIR [--dark] [--scale 2]
A second window adds a few made-up troubles to the demo (a lump, tired days, cautions) to show
how more than three warnings fold into one line, and how they look unfolded.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

DAY = date(2026, 11, 24)


def _dark(app) -> None:

    from app.ui.style import apply_style

    app.setStyle("Fusion")
    from app.ui.style import dark_palette

    app.setPalette(dark_palette())
    apply_style(app)


def _troubles(diary) -> None:
    """Made-up troubles so that several rules fire."""
    from zoneinfo import ZoneInfo

    from app.domain.records import Caution, DiaryEntry, SiteReaction

    tz = ZoneInfo("Europe/Berlin")
    profile = diary.profile()
    diary.save_profile(
        type(profile)(**{**profile.__dict__, "cautions": frozenset({Caution.AUTOIMMUNE})})
    )
    for n in range(12):
        day = DAY - timedelta(days=n)
        old = diary.entry(day) or DiaryEntry(day=day)
        diary.save_entry(DiaryEntry(**{**old.__dict__, "fatigue": 8, "energy": 2}))
    shot = diary.injections()[-2]
    diary.save_reaction(
        SiteReaction(
            id=None,
            injection_id=shot.id,
            zone_id=shot.zone_id,
            observed_at=datetime.combine(DAY - timedelta(days=4), datetime.min.time(), tz)
            + timedelta(hours=9),
            kind="lump",
            grade=1,
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", default="1")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale
    from app.access import create_demo
    from app.ui.life.launch import make_app
    from app.ui.main_window import MainWindow
    from app.ui.warnings.evidence_dialog import EvidenceDialog
    from app.ui.warnings.rules_dialog import RulesDialog

    app = make_app()
    if args.dark:
        _dark(app)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = ("-dark" if args.dark else "") + (f"@{args.scale}x" if args.scale != "1" else "")
    folder = Path(tempfile.mkdtemp(prefix="dosebook-shot-"))

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def window_for(name: str, troubles: bool) -> MainWindow:
        diary = create_demo(folder / f"{name}.dosebook", DAY)
        if troubles:
            _troubles(diary)
        window = MainWindow(diary, is_demo=True)
        window.warning_banners.as_of = DAY
        window.refresh_banners()
        window.resize(1280, 860)
        window.show()
        settle()
        return window

    window = window_for("demo", False)
    window.grab().save(str(args.out / f"warnings-demo{suffix}.png"))
    shown = window.warning_banners.evaluation.shown
    dialog = EvidenceDialog(shown[0], None, window)
    dialog.show()
    settle()
    dialog.grab().save(str(args.out / f"warnings-data{suffix}.png"))
    dialog.close()
    rules = RulesDialog(window.diary, window)
    rules.show()
    settle()
    rules.grab().save(str(args.out / f"warnings-rules{suffix}.png"))
    rules.close()
    window.close()

    busy = window_for("busy", True)
    busy.grab().save(str(args.out / f"warnings-folded{suffix}.png"))
    busy.warning_banners.toggle()
    settle()
    busy.grab().save(str(args.out / f"warnings-unfolded{suffix}.png"))
    busy.close()


if __name__ == "__main__":
    main()
