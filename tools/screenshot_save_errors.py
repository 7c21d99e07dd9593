"""Save PNGs of how a failed save looks: the log dialog keeping its values with the reason, and the
note after a save whose screen could not refresh.

Run: QT_QPA_PLATFORM=offscreen uv run python tools/screenshot_save_errors.py OUT_DIR [--dark]
Uses a fresh demo diary in a temporary folder; a SQLite trigger makes finishing the vial fail.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.access import create_demo
    from app.ui.actions import show_refresh_problem
    from app.ui.injections import InjectionsTab
    from app.ui.style import apply_style, dark_palette

    app = QApplication.instance() or QApplication([])
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    apply_style(app)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if args.dark else ""
    diary = create_demo(Path(tempfile.mkdtemp(prefix="dosebook-shot-")) / "diary.dosebook")
    with diary._connection() as conn:  # noqa: SLF001 - make the second half of the save fail
        conn.execute("CREATE TRIGGER no BEFORE UPDATE ON vial BEGIN SELECT RAISE(ABORT, 'x'); END")
    tab = InjectionsTab(diary)
    tab.resize(1280, 820)
    tab.show()
    dialog = tab.open_log_dialog()
    dialog.finish_vial_box.setChecked(True)
    dialog.save_button.click()
    app.processEvents()
    dialog.grab().save(str(args.out / f"log-dialog-not-saved{suffix}.png"))
    dialog.reject()

    def grab_box() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                widget.grab().save(str(args.out / f"saved-not-shown{suffix}.png"))
                widget.accept()

    QTimer.singleShot(200, grab_box)
    show_refresh_problem(tab)(RuntimeError("a view failed"))
    diary.close()


if __name__ == "__main__":
    main()
