"""The tray: its first line says the next dose or why there is none; closing the window keeps
Dosebook in the tray once the person said so; the reminder settings are saved and checked; start
at login writes an autostart entry that runs `--tray`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app.domain.errors import ValidationError
from app.domain.records import Profile, Protocol
from app.store.diary import Diary
from app.ui.life.tray import TrayLife
from app.ui.main_window import MainWindow

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 16, 19, 30, tzinfo=BERLIN)


class Controller:
    """The launcher's part the tray uses: the window and the open diary."""

    def __init__(self, window: MainWindow, diary: Diary | None) -> None:
        self.window = window
        self.diary = diary


@pytest.fixture
def diary(tmp_path: Path, fast_key) -> Iterator[Diary]:
    d = Diary.create_with_key(tmp_path / "d.dosebook", fast_key)
    d.save_profile(Profile(timezone="Europe/Berlin"))
    d.save_protocol(Protocol(None, "TA1", 1.6, "mg", weekdays=(0, 3), start=date(2026, 11, 2)))
    yield d
    if d.is_open:
        d.close()


def test_the_tray_menu_says_the_next_dose_then_locked(qtbot: QtBot, diary: Diary) -> None:
    window = MainWindow(diary)
    qtbot.addWidget(window)
    controller = Controller(window, diary)
    tray = TrayLife(controller, clock=lambda: NOW, tray_available=lambda: False)
    tray.attach(window, diary)
    assert tray.next_action.text() == "Next dose: today 20:00"
    assert [a.text() for a in tray.menu.actions() if a.text()] == [
        "Next dose: today 20:00",
        "&Log injection…",
        "&Open Dosebook",
        "&Quit Dosebook",
    ]
    diary.close()
    controller.diary = None
    tray.service.check()
    assert tray.next_action.text() == "Locked · next dose today 20:00"
    assert not tray.log_action.isEnabled()
    tray.stop()


def test_without_a_key_reminders_are_paused(qtbot: QtBot) -> None:
    tray = TrayLife(Controller(None, None), clock=lambda: NOW, tray_available=lambda: False)
    tray.attach(None, None)
    assert tray.next_action.text() == "Locked — reminders paused"
    tray.stop()


def test_closing_the_window_asks_once_then_keeps_it_in_the_tray(
    qtbot: QtBot, diary: Diary, quiet_boxes: list
) -> None:
    window = MainWindow(diary)
    qtbot.addWidget(window)
    window.show()
    tray = TrayLife(Controller(window, diary), clock=lambda: NOW, tray_available=lambda: True)
    tray.attach(window, diary)
    window.close()
    assert [title for title, _ in quiet_boxes] == ["Keep reminders when the window is closed?"]
    assert not window.isVisible() and diary.is_open  # hidden, still reminding
    assert diary.setting("reminders.keep_in_tray") == "yes"
    window.show()
    window.close()
    assert len(quiet_boxes) == 1  # asked once
    tray.stop()


def test_file_quit_quits_without_asking_about_the_tray(
    qtbot: QtBot, diary: Diary, quiet_boxes: list
) -> None:
    window = MainWindow(diary)
    qtbot.addWidget(window)
    window.show()
    tray = TrayLife(Controller(window, diary), clock=lambda: NOW, tray_available=lambda: True)
    tray.attach(window, diary)
    quit_action = next(a for a in window.findChildren(QAction) if a.text() == "&Quit")
    quit_action.trigger()
    assert not window.isVisible() and quiet_boxes == []  # quit as asked, no tray question
    assert diary.setting("reminders.keep_in_tray", "ask") == "ask"
    tray.stop()


def test_reminder_settings_are_saved_and_checked(qtbot: QtBot, diary: Diary) -> None:
    from app.ui.dialogs.reminders import RemindersDialog

    dialog = RemindersDialog(dict(diary.settings()), diary.protocols()[0])
    qtbot.addWidget(dialog)
    texts = [b.text() for b in dialog.detail_buttons.values()]
    assert texts == [
        "“Dosebook: A reminder at 20:00”",
        "“Dosebook: A dose is due at 20:00”",
        "“Dosebook: TA1 1.6 mg is due at 20:00”",
    ]
    assert dialog.detail_buttons[list(dialog.detail_buttons)[1]].isChecked()  # the default
    dialog.lead.setValue(15)
    dialog.repeat.setValue(36)
    diary.set_settings(dialog.values())
    assert diary.setting("reminders.lead_minutes") == "15"
    assert diary.setting("doses.repeat_hours") == "36"
    with pytest.raises(ValidationError):
        diary.set_settings({"reminders.detail": "everything"})
    assert diary.setting("reminders.detail") == "time"


def test_start_at_login_writes_an_autostart_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.life import autostart

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    if not autostart.supported():
        pytest.skip("XDG autostart is for Linux")
    diary = tmp_path / "my diary.dosebook"
    autostart.set_enabled(True, diary)
    entry = tmp_path / "autostart" / autostart.ENTRY_NAME
    text = entry.read_text()
    assert "--tray" in text and f'"{diary}"' in text
    assert (entry.stat().st_mode & 0o077) == 0
    assert autostart.is_enabled()
    autostart.set_enabled(False, diary)
    assert not entry.exists()
