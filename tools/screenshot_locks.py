"""Save PNGs of what issue 15 added to the screens: the unlock dialog saying the keyring did not
answer, the unlock dialog and the lock screen waiting after wrong passphrases, the message when
the diary is open elsewhere, and a read-only diary's window.

Run: QT_QPA_PLATFORM=offscreen uv run python tools/screenshot_locks.py OUT_DIR [--dark]
The read-only window needs a read-only place: as root a small tmpfs is mounted and remounted
read-only (as in the tests); otherwise the diary's folder is made read-only.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

PASSPHRASE = "correct horse battery"


@contextlib.contextmanager
def read_only_place(folder: Path) -> Iterator[None]:
    if os.geteuid() == 0:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        try:
            yield
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QMessageBox

    from app.access import create_demo, create_diary, unlock_diary
    from app.domain.records import DiaryEntry
    from app.ui.dialogs.passphrase import UnlockDialog
    from app.ui.life.launch import Controller, make_app
    from app.ui.style import apply_style, dark_palette

    app = make_app()
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        apply_style(app)
    suffix = "-dark" if args.dark else ""
    args.out.mkdir(parents=True, exist_ok=True)

    def save(widget, name: str) -> None:  # noqa: ANN001
        widget.show()
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(args.out / f"{name}{suffix}.png"))

    note = "The system keyring did not answer (RuntimeError); type the passphrase."
    save(UnlockDialog("diary.dosebook", lambda *_: None, False, note=note), "unlock-keyring")
    wrong = "Wrong passphrase for this diary. Nothing was changed; try again."
    waiting = UnlockDialog("diary.dosebook", lambda *_: wrong, True)
    for _ in range(3):
        waiting._attempt()
    save(waiting, "unlock-waiting")
    box = QMessageBox(QMessageBox.Icon.Information, "Dosebook",
                      "diary.dosebook is being changed by a Dosebook command (an import or a "
                      "restore). Open it again when that has finished.")  # fmt: skip
    save(box, "in-use-message")

    folder = Path(tempfile.mkdtemp(prefix="dosebook-shot-"))
    controller = Controller()
    controller.show(create_demo(folder / "demo.dosebook", date(2026, 11, 24)), is_demo=True)
    controller.window.resize(1000, 640)
    controller.safe.lock()
    screen = controller.window.centralWidget()
    screen._try_unlock = lambda _p: wrong
    for _ in range(4):
        screen._attempt()
    save(controller.window, "lock-screen-waiting")
    controller.close()

    place = folder / "ro"
    place.mkdir()
    if os.geteuid() == 0:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(place)], check=True)
    try:
        with create_diary(place / "diary.dosebook", PASSPHRASE) as diary:
            diary.save_entry(DiaryEntry(day=date(2026, 11, 23), energy=6))
        with read_only_place(place):
            controller = Controller()
            controller.show(unlock_diary(place / "diary.dosebook", PASSPHRASE))
            controller.window.resize(1000, 640)
            save(controller.window, "read-only-window")
            controller.close()
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", "-l", str(place)], check=False)


if __name__ == "__main__":
    main()
