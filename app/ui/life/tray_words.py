"""Words of the tray icon, its menu and the reminders (one translation context)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from app.domain.wording import weekday_day

translate = QCoreApplication.translate

_CONTEXT = "Tray"


def when_words(moment: datetime, today: date) -> str:
    """'today 20:00', 'tomorrow 20:00', 'Thu 12 Mar 20:00'."""
    day = moment.date()
    at = f"{moment:%H:%M}"
    if day == today:
        return translate("Tray", "today {time}").format(time=at)
    if (day - today).days == 1:
        return translate("Tray", "tomorrow {time}").format(time=at)
    return f"{weekday_day(day)} {at}"
