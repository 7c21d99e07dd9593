"""A Dosebook window run as its own process, for the lock, signal, keyring and file-mode tests.

    python -m tests.support.gui_holder PATH PASSPHRASE [--day FOLDER]

It starts the app as `dosebook --diary PATH` does (through `app.cli.main`: the umask, the key
lookup forked before Qt), answers the unlock dialog with PASSPHRASE, and reports on stdout, one
flushed line each:

    asked <note>      the passphrase was asked; <note> is the keyring line shown, or "-"
    open <pid>        the diary is open in the window
    took-over <pid>   the lock file a killed window left behind was taken over
    raised            a later launch asked this window to come forward

With --day it then uses the diary as a person would in a day (an injection, a diary entry, a
lab panel, File → Export, File → Back up…, File → Export calendar…, the report as PDF into
FOLDER), says "day done", and quits through File → Quit.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

cli_main = importlib.import_module("app.cli.main")


def say(line: str) -> None:
    print(line, flush=True)


def watch(launch, passphrase: str, day_folder: Path | None) -> None:  # noqa: ANN001
    """Poll the running app every 50 ms and react as a person (and a test) would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.dialogs.passphrase import UnlockDialog

    seen: set[str] = set()
    controllers: list = []
    original_init, original_make_app = launch.Controller.__init__, launch.make_app

    def remember(self, *args, **kwargs) -> None:  # noqa: ANN001, ANN002, ANN003
        original_init(self, *args, **kwargs)
        controllers.append(self)

    def make_app_and_watch(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        app = original_make_app(*args, **kwargs)
        QTimer.singleShot(50, poll)  # timers need the application's event loop
        return app

    launch.Controller.__init__ = remember
    launch.make_app = make_app_and_watch

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, UnlockDialog) and dialog.field.isEnabled():
            say(f"asked {dialog.note.text() or '-'}")
            dialog.field.setText(passphrase)
            dialog._attempt()
        controller = controllers[0] if controllers else None
        claim = controller.claim if controller is not None else None
        if claim is not None and "claim" not in seen:
            seen.add("claim")
            claim.raise_requested.connect(lambda: say("raised"))
            if claim.lock.stale is not None:
                say(f"took-over {claim.lock.stale.pid}")
        window = controller.window if controller is not None else None
        if window is not None and window.diary is not None and "open" not in seen:
            seen.add("open")
            say(f"open {os.getpid()}")
            if day_folder is not None:
                QTimer.singleShot(100, lambda: use_for_a_day(window, day_folder))
        QTimer.singleShot(50, poll)


def use_for_a_day(window, folder: Path) -> None:  # noqa: ANN001
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from app.domain.records import DiaryEntry, Injection, LabPanel, LabResult
    from app.report import ReportOptions, write_pdf

    diary = window.diary
    today = date.today()
    diary.log_injection(
        Injection(
            id=None,
            taken_at=datetime.now(UTC),
            protocol_id=None,
            dose=1.6,
            dose_unit="mg",
            zone_id="abdomen-lower-left",
            notes="evening dose",
        )
    )
    diary.save_entry(DiaryEntry(day=today, energy=6, notes="a quiet day"))
    diary.save_panel(
        LabPanel(
            id=None,
            collected_on=today,
            lab="City lab",
            results=(LabResult(id=None, test_code="alt", value=31.0, unit="U/L", text=""),),
        ),
        today=today,
    )
    targets = iter(
        [folder / "diary-export.json", folder / "by-hand.dosebook", folder / "doses.ics"]
    )
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(next(targets)), ""))
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    actions = {a.text(): a for a in window.findChildren(QAction)}
    for name in ("&Export…", "&Back up…", "Export &calendar…"):
        actions[name].trigger()  # as the File menu does
    write_pdf(diary, ReportOptions(start=today, end=today), folder / "report.pdf")
    say("day done")
    window.close()  # File → Quit


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("passphrase")
    parser.add_argument("--day", type=Path)
    options = parser.parse_args()

    def run_gui(args: argparse.Namespace) -> int:
        prefetch = cli_main._start_key_prefetch(args.diary)  # forks before Qt, as for a user
        from app.ui.life import launch

        watch(launch, options.passphrase, options.day)
        return launch.run_gui(diary_path=args.diary, key_prefetch=prefetch)

    cli_main._run_gui = run_gui
    code = cli_main.main(["--diary", str(options.path)])
    say(f"closed {code}")
    return code


if __name__ == "__main__":
    sys.exit(main())
