"""Save a PNG of each screen about the person: the first-run pages, Profile…, Settings… (each
page), Change passphrase…, the medicine and appointment dialogs, the Care tab and the Injections
header with the next appointment. For looking at in light and dark, at 100 % and 200 %.

Run: QT_QPA_PLATFORM=offscreen uv run python tools/screenshot_person.py OUT_DIR [--dark] [--scale 2]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", default="1")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from app.access import create_demo
    from app.store.diary import Diary
    from app.ui.life.launch import make_app
    from app.ui.main_window import MainWindow
    from app.ui.person.first_run import FirstRunWizard
    from app.ui.person.passphrase_dialog import ChangePassphraseDialog
    from app.ui.person.profile_dialog import ProfileDialog
    from app.ui.person.settings_dialog import SettingsDialog
    from app.ui.style import apply_theme
    from app.vault.kdf import derive_key, new_salt

    app = make_app()
    apply_theme(app, "dark" if args.dark else "light")
    folder = Path(tempfile.mkdtemp(prefix="dosebook-shot-"))
    demo = create_demo(folder / "demo.dosebook", date(2026, 11, 24))
    suffix = ("-dark" if args.dark else "") + (f"@{args.scale}x" if args.scale != "1" else "")
    args.out.mkdir(parents=True, exist_ok=True)

    def shot(widget, name: str) -> None:  # noqa: ANN001
        widget.show()
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(args.out / f"{name}{suffix}.png"))

    window = MainWindow(demo, is_demo=True)
    window.resize(1280, 860)
    window.show()
    shot(window, "injections-header")
    window.tabs.setCurrentIndex(3)
    shot(window, "care-tab")
    care = window.tab(3)
    medicine = care.edit_medication(demo.medications()[0])
    shot(medicine, "medication-dialog")
    medicine.close()
    visit = care.edit_appointment(demo.appointments()[-1])
    shot(visit, "appointment-dialog")
    visit.close()
    shot(ProfileDialog(demo, window), "profile-dialog")
    settings = SettingsDialog(demo, window)
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        shot(settings, f"settings-{settings.tabs.tabText(index).lower()}")
    settings.close()
    shot(ChangePassphraseDialog(demo, window), "change-passphrase")
    window.close()

    fresh = Diary.create_with_key(folder / "new.dosebook", derive_key("x" * 12, new_salt()))
    wizard = FirstRunWizard(fresh)
    shot(wizard, "first-run-1")
    for page in range(2, 7):
        wizard.next()
        shot(wizard, f"first-run-{page}")
    wizard.close()
    fresh.close()
    demo.close()
    shutil.rmtree(folder, ignore_errors=True)  # the two diaries made for the pictures


if __name__ == "__main__":
    main()
