"""Lock, idle lock, automatic backup on close, restore from the GUI, the crash handler."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from app.access import create_demo
from app.domain.errors import UserError
from app.domain.records import DiaryEntry
from app.store.diary import Diary
from app.store.errors import WriteFailed
from app.store.files import backups
from app.ui.dialogs.restore import RestoreDialog
from app.ui.life import crash, safekeeping
from app.ui.life.launch import Controller
from app.ui.life.lock import LockScreen
from app.vault.idle import IdlePolicy


@pytest.fixture
def demo_controller(qtbot, tmp_path: Path, quiet_boxes):  # noqa: ANN001, ANN201
    controller = Controller()
    controller.show(create_demo(tmp_path / "demo.dosebook", date(2026, 11, 24)), is_demo=True)
    qtbot.addWidget(controller.window)
    qtbot.waitExposed(controller.window)
    yield controller
    controller.close()


def data_views(window) -> list[QWidget]:  # noqa: ANN001
    """The four tabs that show the diary's data, wherever they are in the window."""
    from app.ui.diary.tab import DiaryTab
    from app.ui.injections import InjectionsTab
    from app.ui.labs import LabsTab
    from app.ui.person.care_tab import CareTab

    kinds = (InjectionsTab, DiaryTab, LabsTab, CareTab)
    return [w for kind in kinds for w in window.findChildren(kind)]


def test_ctrl_l_hides_every_view_closes_the_diary_and_dialogs(demo_controller, qtbot) -> None:
    window, diary = demo_controller.window, demo_controller.diary
    for index in range(4):
        window.tab(index)
    assert len(data_views(window)) == 4
    dialog = QDialog(window)
    dialog.show()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not data_views(window))
    assert isinstance(window.centralWidget(), LockScreen)
    assert not dialog.isVisible()
    assert not diary.is_open and demo_controller.diary is None
    with pytest.raises(WriteFailed):
        diary.key_material  # noqa: B018 - the key is gone with the lock
    assert not any(a.isEnabled() for a in window._data_actions)


def test_unlock_asks_the_passphrase_and_brings_the_tabs_back(demo_controller, qtbot) -> None:
    window = demo_controller.window
    demo_controller.safe.lock()
    screen = window.centralWidget()
    qtbot.keyClicks(screen.field, "wrong one")
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    assert "Wrong passphrase" in screen.error.text()
    assert window.is_locked
    screen.field.setText("demo")
    screen.unlock_button.click()
    assert not window.is_locked
    assert demo_controller.diary.is_open
    assert len([window.tab(i) for i in range(4)]) == 4
    qtbot.waitUntil(lambda: len(data_views(window)) == 4)  # the locked views are deleted later
    # the unlocked diary refreshes the window again after a write
    demo_controller.diary.save_entry(DiaryEntry(day=date(2020, 1, 1), energy=3))
    assert date(2020, 1, 1) in window.tab(1).history.shown_days()


def test_idle_lock_only_when_turned_on(demo_controller, qtbot, monkeypatch) -> None:
    safe = demo_controller.safe
    watcher = safe.watcher
    import time

    watcher.check(now=time.monotonic() + 3600)  # off by default: an hour away changes nothing
    assert not demo_controller.window.is_locked
    monkeypatch.setattr(
        safekeeping.IdleLockDialog, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    monkeypatch.setattr(
        safekeeping.IdleLockDialog, "policy", lambda self: IdlePolicy(enabled=True, minutes=2)
    )
    safe.edit_idle_policy()
    assert demo_controller.diary.setting("lock.idle") == "on"
    watcher.check(now=time.monotonic() + 60)
    assert not demo_controller.window.is_locked
    watcher.check(now=time.monotonic() + 121)
    assert demo_controller.window.is_locked


def test_closing_writes_one_verified_backup_but_never_for_the_demo(
    qtbot, tmp_path: Path, fast_key, quiet_boxes
) -> None:
    path = tmp_path / "mine.dosebook"
    controller = Controller()
    controller.show(Diary.create_with_key(path, fast_key))
    qtbot.addWidget(controller.window)
    controller.diary.save_entry(DiaryEntry(day=date(2026, 3, 1), energy=4))
    controller.close()
    made = backups.list_backups(path)
    assert len(made) == 1
    assert backups.raw.verify_file(made[0].path, fast_key) == "ok"
    demo = Controller()
    demo.show(create_demo(tmp_path / "demo" / "d.dosebook", date(2026, 11, 24)), is_demo=True)
    qtbot.addWidget(demo.window)
    demo.close()
    assert not (tmp_path / "demo" / "backups").exists()


def test_restore_from_the_file_menu_round_trip(
    qtbot, tmp_path: Path, fast_key, quiet_boxes, monkeypatch
) -> None:
    path = tmp_path / "mine.dosebook"
    diary = Diary.create_with_key(path, fast_key)
    diary.save_entry(DiaryEntry(day=date(2026, 3, 1), energy=4))
    made = backups.write_backup(diary)
    diary.save_entry(DiaryEntry(day=date(2026, 3, 2), energy=6))
    controller = Controller()
    controller.show(diary)
    qtbot.addWidget(controller.window)
    dialog = RestoreDialog(path, diary.diary_id)
    assert dialog.list.count() == 1
    taken = made.taken_at  # "Thu 3 Dec 2026, 18:04 · 148 KB"
    shown = f"{taken:%a} {taken.day} {taken:%b %Y}, {taken:%H:%M}"
    assert dialog.list.item(0).text().startswith(shown)
    monkeypatch.setattr(safekeeping, "choose_backup", lambda *a: made.path)
    controller.window.restore_requested.emit()
    assert [e.day for e in controller.diary.entries()] == [date(2026, 3, 1)]
    assert controller.window.tab(1).history.shown_days() == [date(2026, 3, 1)]
    assert quiet_boxes[-1][0] == "Backup restored" and "kept at" in quiet_boxes[-1][1]
    controller.close()


def test_a_damaged_diary_is_not_opened_nor_changed(
    qtbot, tmp_path: Path, quiet_boxes, monkeypatch
) -> None:
    junk = tmp_path / "junk.dosebook"
    junk.write_bytes(b"\x17" * 5000)  # not whole pages: not a diary
    offered: list[str] = []
    monkeypatch.setattr(safekeeping, "offer_restore", lambda _p, text: offered.append(text))
    controller = Controller()
    controller.open_path(junk)
    assert offered and "not a Dosebook diary, or it is damaged" in offered[0]
    assert junk.read_bytes() == b"\x17" * 5000
    assert controller.window is None


def test_crash_handler_shows_a_plain_message_and_logs_no_record(quiet_boxes) -> None:
    stream = io.StringIO()
    handler = crash.CrashHandler(lambda: None, stream=stream)
    try:
        raise ValueError("Thymosin note: felt awful")
    except ValueError as err:
        handler(type(err), err, err.__traceback__)
    logged = stream.getvalue()
    assert "ValueError" in logged and "test_safekeeping.py:" in logged
    assert "Thymosin" not in logged and "awful" not in logged
    title, text = quiet_boxes[-1]
    assert title == "Something went wrong" and "Thymosin" not in text
    handler(UserError, UserError("The disk is full."), None)
    assert quiet_boxes[-1] == ("Not done", "The disk is full.")
    assert stream.getvalue() == logged  # a user error is not logged at all


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_handler(qtbot, quiet_boxes, monkeypatch) -> None:
    import sys

    stream = io.StringIO()
    handler = crash.CrashHandler(lambda: None, stream=stream)
    monkeypatch.setattr(sys, "excepthook", handler)

    def broken_slot() -> None:
        raise KeyError("Sam Demo")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(quiet_boxes))
    assert "KeyError" in stream.getvalue() and "Sam Demo" not in stream.getvalue()
