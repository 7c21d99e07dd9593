"""Save PNGs of the dose guard, the tray menu and the reminder settings, for looking at them.

Run: QT_QPA_PLATFORM=offscreen uv run python tools/screenshot_doses.py OUT_DIR [--dark]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from app.access import create_diary
    from app.domain.records import Profile, Protocol
    from app.ui.dialogs.reminders import RemindersDialog
    from app.ui.injections.tab import InjectionsTab
    from app.ui.life.launch import make_app
    from app.ui.life.tray import TrayLife
    from app.ui.main_window import MainWindow
    from app.ui.style import apply_style, dark_palette

    app = make_app()
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        apply_style(app)
    suffix = "-dark" if args.dark else ""
    args.out.mkdir(parents=True, exist_ok=True)
    berlin = ZoneInfo("Europe/Berlin")
    clock = [datetime(2026, 11, 16, 7, 16, tzinfo=berlin)]
    diary = create_diary(Path(tempfile.mkdtemp()) / "shot.dosebook", "screenshots only")
    diary.save_profile(Profile(timezone="Europe/Berlin"))
    diary.save_protocol(
        Protocol(None, "Thymosin Alpha-1", 1.6, "mg", weekdays=(0, 3), start=date(2026, 11, 2))
    )
    tab = InjectionsTab(diary, clock=lambda: clock[0])
    diary.subscribe(tab.refresh)
    tab.resize(1280, 820)
    tab.show()

    def grab(widget, name: str) -> None:  # noqa: ANN001
        app.processEvents()
        widget.grab().save(str(args.out / f"{name}{suffix}.png"))

    dialog = tab.open_log_dialog()
    grab(dialog, "guard-counts-as")
    dialog.counts_as.extra_dose.click()
    grab(dialog, "guard-extra")
    dialog.counts_as.that_dose.click()
    dialog.save_button.click()
    grab(tab, "header-taken-today")
    clock[0] = datetime(2026, 11, 16, 20, 0, tzinfo=berlin)
    dialog = tab.open_log_dialog()
    dialog.save_button.click()
    grab(dialog, "guard-second-dose")
    dialog.reject()

    class Controller:
        window = MainWindow(diary)

    Controller.diary = diary
    tray = TrayLife(Controller, clock=lambda: clock[0], tray_available=lambda: False)
    tray.attach(Controller.window, diary)
    tray.menu.popup(tray.menu.pos())
    grab(tray.menu, "tray-menu")
    tray.menu.hide()
    settings = RemindersDialog(dict(diary.settings()), diary.protocols()[0])
    settings.show()
    grab(settings, "reminder-settings")
    tray.stop()
    diary.close()


if __name__ == "__main__":
    main()
