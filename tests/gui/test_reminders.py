"""Reminders on a real notification server: the clock reaches the dose time, the notification
arrives on the bus with no more than the person chose, and "Log now" opens the log dialog for
that dose; "Remind me in 30 min" brings it back 30 minutes later; a locked diary keeps only the
time."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from app.domain.records import Profile, Protocol
from app.store.diary import Diary
from app.ui.life.notifications import DesktopNotifier
from app.ui.life.reminders import ReminderService
from app.ui.main_window import MainWindow
from tests.support.notification_bus import NotificationBus, notification_bus

BERLIN = ZoneInfo("Europe/Berlin")
BEFORE = datetime(2026, 11, 16, 19, 30, tzinfo=BERLIN)  # a Monday; the dose is due at 20:00
DUE = datetime(2026, 11, 16, 20, 0, tzinfo=BERLIN)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[NotificationBus]:
    yield from notification_bus(tmp_path, monkeypatch)


@pytest.fixture
def diary(tmp_path: Path, fast_key) -> Iterator[Diary]:
    d = Diary.create_with_key(tmp_path / "d.dosebook", fast_key)
    d.save_profile(Profile(timezone="Europe/Berlin"))
    d.save_protocol(
        Protocol(None, "Thymosin Alpha-1", 1.6, "mg", weekdays=(0, 3), start=date(2026, 11, 2))
    )
    yield d
    if d.is_open:
        d.close()


def notifications(bus: NotificationBus) -> list[str]:
    """The body of every Notify call the monitor saw."""
    lines = bus.seen().splitlines()
    bodies = []
    for i, line in enumerate(lines):
        if "member=Notify" in line:
            strings = [x.strip() for x in lines[i + 1 : i + 6] if x.strip().startswith("string")]
            bodies.append(strings[-1].removeprefix("string ").strip('"'))
    return bodies


def notify_strings(bus: NotificationBus) -> list[str]:
    """Every string argument of every Notify call (app name, summary, body, action labels)."""
    said, inside = [], False
    for line in bus.seen().splitlines():
        if line.startswith(("method call", "signal", "method return", "error")):
            inside = "member=Notify" in line
        elif inside and line.strip().startswith("string"):
            said.append(line.strip().removeprefix("string ").strip('"'))
    return said


def test_the_dose_time_brings_a_private_notification_and_log_now_opens_that_dose(
    qtbot: QtBot, bus: NotificationBus, diary: Diary
) -> None:
    clock = Clock(BEFORE)
    window = MainWindow(diary)
    qtbot.addWidget(window)
    notifier = DesktopNotifier()
    assert notifier.start() and notifier.on_bus
    service = ReminderService(notifier, clock)
    service.watch(diary)
    opened: list = []

    def log_now(protocol_id, due) -> None:  # noqa: ANN001 - what the tray does, on this window
        tab = window.tab(0)
        opened.append(tab.open_log_dialog(diary.protocol(protocol_id), clock.now))

    service.log_requested.connect(log_now)
    service.check()
    qtbot.wait(300)
    assert notifications(bus) == []  # half an hour early: nothing yet

    clock.now = DUE
    service.check()
    qtbot.waitUntil(lambda: notifications(bus) == ["A dose is due at 20:00"], timeout=10_000)
    said = notify_strings(bus)
    assert not [text for text in said if "Thymosin" in text or "1.6" in text], said
    assert "Remind me in 30 min" in bus.seen() and "Log now" in bus.seen()
    service.check()  # shown once, not again
    qtbot.wait(300)
    assert len(notifications(bus)) == 1

    bus.dunstctl("action", "0")  # the person clicks it: the server sends ActionInvoked
    qtbot.waitUntil(lambda: bool(opened) and opened[0].isVisible(), timeout=10_000)
    dialog = opened[0]
    assert dialog.protocol_box.currentText() == "Thymosin Alpha-1"
    assert dialog.counts_as.dose is not None and dialog.counts_as.dose.due_at == DUE
    assert "ActionInvoked" in bus.seen()
    notifier.stop()


def test_remind_me_in_30_min_and_a_locked_diary(
    qtbot: QtBot, bus: NotificationBus, diary: Diary
) -> None:
    diary.set_setting("reminders.detail", "full")
    clock = Clock(DUE)
    notifier = DesktopNotifier()
    assert notifier.start()
    service = ReminderService(notifier, clock)
    service.watch(diary)
    qtbot.waitUntil(
        lambda: notifications(bus) == ["Thymosin Alpha-1 1.6 mg is due at 20:00"], timeout=10_000
    )
    qtbot.waitUntil(lambda: bool(notifier._ids), timeout=5_000)  # noqa: SLF001 - the server's id
    (notification_id,) = notifier._ids  # noqa: SLF001
    # The server's "Remind me in 30 min" button, sent as the server sends it.
    subprocess.run(
        [
            "gdbus",
            "emit",
            "--session",
            "--object-path",
            "/org/freedesktop/Notifications",
            "--signal",
            "org.freedesktop.Notifications.ActionInvoked",
            str(notification_id),
            "snooze",
        ],
        env=bus.env(),
        check=True,
        timeout=20,
    )
    qtbot.wait(500)
    service.check()
    assert len(notifications(bus)) == 1
    diary.close()  # locked: the key is gone; only the time stays, in memory
    clock.now = DUE + timedelta(minutes=31)
    service.check()
    qtbot.waitUntil(lambda: len(notifications(bus)) == 2, timeout=10_000)
    assert notifications(bus)[1] == "A dose is due at 20:00"
    assert service.locked
    notifier.stop()
