"""Save PNGs of the lock screen, the restore dialog and the 'lock when away' dialog.

Run: QT_QPA_PLATFORM=offscreen uv run python tools/screenshot_safekeeping.py OUT_DIR [--dark] [--scale 2]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date, datetime, timedelta
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
    from app.store.files import backups
    from app.ui.dialogs.restore import RestoreDialog
    from app.ui.life.launch import Controller, make_app
    from app.ui.life.lock import IdleLockDialog
    from app.vault.idle import IdlePolicy

    app = make_app()
    if args.dark:
        app.setStyle("Fusion")
        from app.ui.style import dark_palette

        app.setPalette(dark_palette())
        from app.ui.style import apply_style

        apply_style(app)
    suffix = ("-dark" if args.dark else "") + (f"@{args.scale}x" if args.scale != "1" else "")
    args.out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="dosebook-shot-"))
    diary = create_demo(folder / "demo.dosebook", date(2026, 11, 24))
    now = datetime(2026, 11, 24, 18, 4)
    for days in (0, 1, 2, 3, 5, 9, 16):
        backups.write_backup(diary, now - timedelta(days=days, minutes=days * 37))
    dialog = RestoreDialog(diary.path, diary.diary_id)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(args.out / f"restore-dialog{suffix}.png"))
    idle = IdleLockDialog(IdlePolicy(enabled=True, minutes=5))
    idle.show()
    app.processEvents()
    idle.grab().save(str(args.out / f"idle-lock-dialog{suffix}.png"))
    controller = Controller()
    controller.show(diary, is_demo=True)
    controller.window.resize(1000, 640)
    controller.safe.lock()
    screen = controller.window.centralWidget()
    screen.error.setText("Wrong passphrase for this diary. Nothing was changed; try again.")
    screen.error.show()
    for _ in range(5):
        app.processEvents()
    controller.window.grab().save(str(args.out / f"lock-screen{suffix}.png"))
    controller.close()


if __name__ == "__main__":
    main()
