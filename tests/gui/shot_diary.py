"""Save PNGs of each Diary tab page on a fresh demo diary, for a visual check (not a test).

Run: uv run python -m tests.gui.shot_diary [--dark] [--scale 2]
Writes screenshots/diary-{entry,history,trends,episodes}[-dark][@2x].png.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 24)
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
    "PlaceholderText": "#9aa0a6",
    "Link": "#8ab4f8",
}


def main() -> None:
    """Render the four pages of the Diary tab."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", default="1")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from app.access import create_demo
    from app.ui.diary import DiaryTab
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
    diary = create_demo(folder / "demo.dosebook", TODAY)
    window = MainWindow(diary, is_demo=True)
    window.resize(1280, 900)
    window.show()
    index = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Diary")
    window.tabs.setCurrentIndex(index)
    tab = window.tabs.widget(index)
    assert isinstance(tab, DiaryTab)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = ("-dark" if args.dark else "") + (f"@{args.scale}x" if args.scale != "1" else "")
    for page, name in (
        (tab.entry_page, "entry"),
        (tab.history, "history"),
        (tab.trends, "trends"),
        (tab.episodes, "episodes"),
    ):
        tab.pages.setCurrentWidget(page)
        for _ in range(8):
            app.processEvents()
        window.grab().save(str(args.out / f"diary-{name}{suffix}.png"))
    tab.pages.setCurrentWidget(tab.entry_page)
    tab.entry_page.fields.temperature.setText("101")
    tab.entry_page.save()  # refused: shows the inline problem
    for _ in range(8):
        app.processEvents()
    window.grab().save(str(args.out / f"diary-entry-problem{suffix}.png"))
    tab.entry_page.fields.temperature.clear()
    tab.pages.setCurrentWidget(tab.trends)
    tab.trends.ensure_charts().set_range("all")
    for _ in range(8):
        app.processEvents()
    window.grab().save(str(args.out / f"diary-trends-all{suffix}.png"))
    window.close()
    diary.close()


if __name__ == "__main__":
    main()
