"""Save PNGs of the Injections tab and its dialogs on a fresh demo diary, for looking at them.

Run: QT_QPA_PLATFORM=offscreen uv run python tools/screenshot_injections.py OUT_DIR [--dark] [--scale 2]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date, datetime, time
from pathlib import Path

_DARK = {
    "Window": "#202124",
    "WindowText": "#e8eaed",
    "Base": "#18191b",
    "AlternateBase": "#26282b",
    "Text": "#e8eaed",
    "Button": "#2d2f33",
    "ButtonText": "#e8eaed",
    "Highlight": "#8ab4f8",
    "HighlightedText": "#202124",
    "ToolTipBase": "#2d2f33",
    "ToolTipText": "#e8eaed",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--size", default="1280x860")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from app.access import create_demo
    from app.ui.life.launch import make_app
    from app.ui.main_window import MainWindow
    from app.ui.style import apply_style

    app = make_app()
    if args.dark:
        app.setStyle("Fusion")
        from app.ui.style import dark_palette

        app.setPalette(dark_palette())
        apply_style(app)
    folder = Path(tempfile.mkdtemp(prefix="dosebook-shot-"))
    today = date(2026, 11, 24)
    diary = create_demo(folder / "demo.dosebook", today)
    window = MainWindow(diary, is_demo=True)
    w, h = (int(v) for v in args.size.split("x"))
    window.resize(w, h)
    window.show()
    tab = window.tabs.widget(0)
    tab._clock = lambda: datetime.combine(today, time(18, 30), diary.timezone())  # noqa: SLF001
    tab.reload()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = ("-dark" if args.dark else "") + (f"@{args.scale}x" if args.scale != "1" else "")

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    tab.calendar.select_day(date(2026, 11, 13))
    tab.body_map.select_zone("abdomen-lower-left")
    tab._show_zone("abdomen-lower-left")  # noqa: SLF001
    settle()
    window.grab().save(str(args.out / f"injections-tab{suffix}.png"))
    for name, opener in (
        ("log", lambda: tab.open_log_dialog()),
        ("edit", lambda: tab.open_edit_dialog(tab.snapshot.injections[-1].id)),
        ("reaction", lambda: tab.open_reaction_dialog(tab.snapshot.injections[-1].id)),
        (
            "course",
            lambda: __import__("app.ui.injections.courses").ui.injections.courses.open_protocol(
                tab, tab.snapshot.protocols[0]
            ),
        ),
        (
            "vials",
            lambda: __import__("app.ui.injections.courses").ui.injections.courses.open_vials(tab),
        ),
    ):
        dialog = opener()
        dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSize()))
        settle()
        dialog.grab().save(str(args.out / f"injections-{name}{suffix}.png"))
        dialog.reject()
        settle()
    window.close()
    diary.close()


if __name__ == "__main__":
    main()
