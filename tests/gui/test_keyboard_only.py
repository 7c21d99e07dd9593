"""The daily tasks with the keyboard alone, from the main window: every key goes to whatever has
the focus (or the open popup), as it would for a person who cannot use a mouse."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.access import create_demo
from app.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, tmp_path: Path):
    diary = create_demo(tmp_path / "demo.dosebook", date(2026, 11, 24))
    win = MainWindow(diary, is_demo=True)
    qtbot.addWidget(win)
    win.resize(1024, 640)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.tab(0).header.log_button.setFocus()  # where the window starts: the Injections tab
    yield win
    win.close()
    diary.close()


def target() -> QWidget:
    """Where the system sends a key: an open popup first, else the widget with the focus."""
    found = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert found is not None, "nothing has the keyboard focus"
    return found


def press(qtbot, *keys) -> None:
    """Type text, or press a key (a tuple adds modifiers), each to the focused widget."""
    for key in keys:
        if isinstance(key, str):
            for char in key:
                qtbot.keyClicks(target(), char)
        elif isinstance(key, tuple):
            qtbot.keyClick(target(), key[0], key[1])
        else:
            qtbot.keyClick(target(), key)


def shown(qtbot, dialog: QWidget) -> None:
    """A new window gets the keyboard, as a window manager gives it (offscreen has none)."""
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def when_modal(wanted: Callable[[QWidget], bool], then: Callable[[QWidget], None]) -> None:
    """Once a modal window that fits `wanted` is up (inside its exec loop), do `then` with it.
    If none comes within 20 s, close whatever modal is open, so the test fails rather than hangs."""
    deadline = time.monotonic() + 20

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible() and wanted(modal):
            then(modal)
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, check)
        elif isinstance(modal, QDialog):
            modal.reject()

    QTimer.singleShot(20, check)


def test_log_a_dose(qtbot, window: MainWindow) -> None:
    diary = window.diary
    before = len(diary.injections())
    press(qtbot, (Qt.Key.Key_I, CTRL))  # everything filled in: time now, dose, site, vial
    qtbot.waitUntil(lambda: window.tab(0).log_dialog is not None)
    shown(qtbot, window.tab(0).log_dialog)
    press(qtbot, Qt.Key.Key_Return)
    shots = diary.injections()
    assert len(shots) == before + 1
    assert abs((shots[-1].taken_at - datetime.now(diary.timezone())).total_seconds()) < 120


def test_write_the_day(qtbot, window: MainWindow) -> None:
    press(qtbot, (Qt.Key.Key_2, CTRL))  # to the Diary tab; the first rating takes the keys
    assert window.tabs.currentIndex() == 1
    press(qtbot, "6", Qt.Key.Key_Tab, "2", Qt.Key.Key_Tab, "8", (Qt.Key.Key_S, CTRL))
    today = datetime.now(window.diary.timezone()).date()
    entry = window.diary.entry(today)
    assert entry is not None and (entry.energy, entry.fatigue, entry.wellbeing) == (6, 2, 8)


def test_enter_a_lab_panel(qtbot, window: MainWindow) -> None:
    press(qtbot, (Qt.Key.Key_2, CTRL), (Qt.Key.Key_3, CTRL))  # through the Diary to the Labs
    assert window.tabs.currentIndex() == 2
    before = len(window.diary.panels())

    def type_the_report(dialog: QWidget) -> None:
        shown(qtbot, dialog)
        press(qtbot, (Qt.Key.Key_L, ALT), "Keyboard Lab", Qt.Key.Key_Tab, Qt.Key.Key_Tab)
        press(qtbot, "ALT", Qt.Key.Key_Tab, "40", Qt.Key.Key_Tab, Qt.Key.Key_Tab)
        press(qtbot, "7-55", (Qt.Key.Key_S, CTRL))

    when_modal(lambda w: w.windowTitle() == "Add lab results", type_the_report)
    press(qtbot, (Qt.Key.Key_L, CTRL | SHIFT))  # opens the dialog, and returns when it closes
    panels = window.diary.panels()
    assert len(panels) == before + 1
    added = next(p for p in panels if p.lab == "Keyboard Lab")
    assert [(r.test_code, r.value, r.range_text) for r in added.results] == [("alt", 40.0, "7-55")]


def test_save_the_report_as_pdf(qtbot, window: MainWindow, tmp_path: Path) -> None:
    target_file = tmp_path / "for-the-doctor.pdf"

    def name_the_file(file_dialog: QWidget) -> None:
        shown(qtbot, file_dialog)
        press(qtbot, (Qt.Key.Key_A, CTRL), str(target_file), Qt.Key.Key_Return)

    def save_pdf(report: QWidget) -> None:
        shown(qtbot, report)
        when_modal(lambda w: w.windowTitle() == "Save report as PDF", name_the_file)
        press(qtbot, (Qt.Key.Key_F, ALT))  # "Save PD&F…" (a mnemonic clicks a moment later)
        qtbot.waitUntil(target_file.exists, timeout=20_000)
        shown(qtbot, report)  # back in the report dialog: close it
        press(qtbot, Qt.Key.Key_Escape)

    when_modal(lambda w: w.windowTitle() == "Print report", save_pdf)
    press(qtbot, (Qt.Key.Key_P, CTRL))
    assert target_file.read_bytes().startswith(b"%PDF")
    assert window.diary.last_report_day() is not None
