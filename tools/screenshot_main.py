"""Save a PNG of each main-window tab on a fresh demo diary: for looking, and for the README.

Run: QT_QPA_PLATFORM=offscreen uv run python tools/screenshot_main.py OUT_DIR [--dark] [--scale 2]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path


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

    app = make_app()
    if args.dark:
        app.setStyle("Fusion")
        from app.ui.style import dark_palette

        app.setPalette(dark_palette())
        from app.ui.style import apply_style

        apply_style(app)
    folder = Path(tempfile.mkdtemp(prefix="dosebook-shot-"))
    diary = create_demo(folder / "demo.dosebook", date(2026, 11, 24))
    window = MainWindow(diary, is_demo=True)
    w, h = (int(v) for v in args.size.split("x"))
    window.resize(w, h)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = ("-dark" if args.dark else "") + (f"@{args.scale}x" if args.scale != "1" else "")
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        name = window.tabs.tabText(index).lower()
        window.grab().save(str(args.out / f"main-{name}{suffix}.png"))
    window.close()
    diary.close()


if __name__ == "__main__":
    main()
