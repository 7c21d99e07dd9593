"""Save a PNG of each main-window tab on a fresh demo diary: for looking, and for the README.

Run: QT_QPA_PLATFORM=offscreen uv run python tools/screenshot_main.py OUT_DIR [--dark] [--scale 2]
     [--language de|zh_CN|en] (one PNG per tab and per page of a tab with pages of its own)
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
    parser.add_argument("--language", default=None, help="de, zh_CN, en (default: the system's)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtWidgets import QTabWidget

    from app.access import create_demo
    from app.ui.life.launch import make_app
    from app.ui.main_window import MainWindow

    app = make_app()
    if args.language:
        from app.ui.language import install_language

        install_language(args.language)
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
    suffix += f"-{args.language}" if args.language else ""

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        window.grab().save(str(args.out / f"main-{index + 1}{suffix}.png"))
        page = window.tabs.currentWidget()
        for inner in page.findChildren(QTabWidget):
            for sub in range(1, inner.count()):
                inner.setCurrentIndex(sub)
                settle()
                window.grab().save(str(args.out / f"main-{index + 1}-{sub + 1}{suffix}.png"))
            inner.setCurrentIndex(0)
    window.close()
    diary.close()


if __name__ == "__main__":
    main()
