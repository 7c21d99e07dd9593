"""Reminders while Dosebook runs, with or without its window: what is due, when to say so, and
what "Log now" and "Remind me in 30 min" do.

The plan is read from the open diary after every change (the next dose of each course, labs due,
the next appointment) and checked against the clock every 20 seconds. While the diary is locked
its key is gone, so the plan cannot be read again: what was planned is kept in memory only, as
bare times ("a dose is due at 20:00", never the product), and nothing is written to disk
(docs/reminders.md says why).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.reminders import (
    DETAIL_SETTING,
    ENABLED_SETTING,
    LEAD_SETTING,
    Detail,
    Reminder,
    appointment_reminder,
    dose_reminders,
    dose_words,
    labs_reminder,
)
from app.ui.life.notifications import LOG_NOW, SNOOZE, DesktopNotifier

if TYPE_CHECKING:
    from app.store.diary import Diary

SNOOZE_FOR = timedelta(minutes=30)
CHECK_MS = 20_000
Clock = Callable[[], datetime]


class ReminderService(QObject):
    """Keeps the plan, shows each reminder once when its time comes, and handles the answers."""

    log_requested = Signal(object, object)  # protocol id (or None), due time
    plan_changed = Signal()

    def __init__(
        self, notifier: DesktopNotifier, clock: Clock | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self._clock = clock
        self.diary: Diary | None = None
        self.tz = ZoneInfo("UTC")
        self.enabled = True
        self.detail = Detail.TIME
        self.plan: list[Reminder] = []
        self.locked = False
        self._shown: set[str] = set()
        self._snoozed: dict[str, Reminder] = {}
        notifier.action_chosen.connect(self._answer)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def now(self) -> datetime:
        return self._clock() if self._clock is not None else datetime.now(self.tz)

    # ----- the diary -------------------------------------------------------------------------

    def watch(self, diary: Diary | None) -> None:
        """Read the plan from `diary` now and after each change (None: nothing to read)."""
        if self.diary is not None:
            self.diary.unsubscribe(self._diary_changed)
        self.diary = diary
        self.locked = False
        if diary is not None:
            diary.subscribe(self._diary_changed)
        self.reload()

    def _diary_changed(self, _changes: object) -> None:
        self.reload()

    def _readable(self) -> bool:
        return self.diary is not None and self.diary.is_open

    def reload(self) -> None:
        """Plan again from the diary; a diary that has been closed (locked) keeps bare times."""
        if not self._readable():
            self._keep_bare_times()
            return
        diary = self.diary
        assert diary is not None
        self.tz = diary.timezone()
        self.enabled = diary.setting(ENABLED_SETTING, "on") != "off"
        self.detail = Detail.from_setting(diary.setting(DETAIL_SETTING, Detail.TIME.value))
        lead_text = diary.setting(LEAD_SETTING, "0")
        lead = int(lead_text) if lead_text.isdigit() else 0
        now = self.now()
        plan = dose_reminders(
            diary.protocols(), diary.injections(), self.tz, now, lead, self.detail
        )
        today = now.astimezone(self.tz).date()
        labs = labs_reminder(diary.labs_due(today), self.tz, today, self.detail)
        from app.store.interchange.ics import appointment_times

        appointment = appointment_reminder(appointment_times(diary), self.tz, now, self.detail)
        self.plan = [*plan, *(r for r in (labs, appointment) if r is not None)]
        planned = {r.key for r in self.plan}
        self._snoozed = {k: r for k, r in self._snoozed.items() if k in planned}  # taken since
        self.plan_changed.emit()
        self.check()

    def _keep_bare_times(self) -> None:
        """Locked: forget every word read from the diary; keep when, and that a dose is due."""
        if self.locked:
            return
        self.locked = True
        bare = Detail.NONE if self.detail is Detail.NONE else Detail.TIME
        self.plan = [
            replace(r, body=dose_words(bare, None, r.due_at, self.tz))
            for r in self.plan
            if r.kind == "dose"
        ]
        self._snoozed = {
            key: replace(r, body=dose_words(bare, None, r.due_at, self.tz))
            for key, r in self._snoozed.items()
            if r.kind == "dose"
        }
        self.plan_changed.emit()

    # ----- the clock -------------------------------------------------------------------------

    def next_reminder(self) -> Reminder | None:
        """The next dose reminder not yet shown (for the tray's line)."""
        pending = [r for r in self.plan if r.kind == "dose"]
        return min(pending, key=lambda r: r.due_at) if pending else None

    def check(self) -> None:
        """Show every reminder whose time has come and that was not shown yet."""
        if not self._readable():
            self._keep_bare_times()
        if not self.enabled:
            return
        now = self.now()
        due = [(r.key, r) for r in self.plan if r.key not in self._snoozed]
        due += [(r.key + "+snoozed", r) for r in self._snoozed.values()]
        for shown_key, reminder in due:
            if reminder.at > now or shown_key in self._shown:
                continue
            self._shown.add(shown_key)
            if shown_key != reminder.key:
                self._snoozed.pop(reminder.key, None)
            self.notifier.notify(reminder.key, reminder.title, reminder.body)

    # ----- the answers -----------------------------------------------------------------------

    def _answer(self, key: str, action: str) -> None:
        reminder = next((r for r in self.plan if r.key == key), None)
        if reminder is None:
            return
        if action == SNOOZE:
            self._shown.discard(key + "+snoozed")
            self._snoozed[key] = replace(reminder, at=self.now() + SNOOZE_FOR)
        elif action == LOG_NOW and reminder.kind == "dose":
            self.log_requested.emit(reminder.protocol_id, reminder.due_at)
