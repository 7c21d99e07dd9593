"""A scripted GUI session on the demo diary, for the leak test (run as its own process).

It starts the app as `dosebook --demo` does, then uses it: every tab, a diary entry, a backup,
lock and unlock, a failed write, an uncaught exception carrying record text, and quits. The test
then searches every file left under the session's home and temp folders.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.records import DiaryEntry
from app.ui.life import launch


def _drive() -> None:
    controller = next(o for o in _controllers)
    if controller.diary is None:  # the window shows first; the demo is written behind it
        QTimer.singleShot(50, _drive)
        return
    window = controller.window
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    diary = controller.diary
    diary.save_entry(DiaryEntry(day=date(2026, 11, 23), energy=6, notes="Thymosin evening"))
    diary.backup_to(diary.path.with_name("by-hand.dosebook"))
    controller.safe.lock()
    window.centralWidget().field.setText("demo")
    window.centralWidget().unlock_button.click()
    # an uncaught exception whose message holds record text: must not reach stderr
    sys.excepthook(ValueError, ValueError("Sam Demo, Thymosin, stayed home"), None)
    _scan_while_open()
    window.close()


def _scan_while_open() -> None:
    """Search the files as they are while the diary is open (WAL and all), before the demo
    folder is removed at quit; print counts only, never the words."""
    import os
    import tempfile

    from tests.e2e.test_no_leaks import WORDS

    roots = [Path(tempfile.gettempdir()), Path(os.environ["HOME"])]
    files = [p for root in roots for p in root.rglob("*") if p.is_file()]
    hits = [p for p in files for w in WORDS if w in p.read_bytes()]
    print(f"while open: {len(files)} files, {len(hits)} leaks", flush=True)


_controllers: list[launch.Controller] = []


def main() -> int:
    app = launch.make_app()
    for kind in ("information", "warning", "critical"):
        setattr(QMessageBox, kind, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    original = launch.Controller.__init__

    def remember(self, *args, **kwargs) -> None:  # noqa: ANN001, ANN002, ANN003
        original(self, *args, **kwargs)
        _controllers.append(self)

    launch.Controller.__init__ = remember
    QTimer.singleShot(200, _drive)
    code = launch.run_gui(demo=True)
    app.processEvents()
    print(f"session done {code}")
    return code


if __name__ == "__main__":
    sys.exit(main())
