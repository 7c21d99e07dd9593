"""The report's defaults for one diary: its dates (from the last appointment, or as the
Settings screen chose) and paper, read from the diary's settings.

`coming_appointment` (the appointment a report is for) lives in `data`, which gathers it."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from app.domain.person import last_appointment
from app.report.data import coming_appointment, first_record_day
from app.report.options import DEFAULT_MONTHS, PAPERS, default_range

if TYPE_CHECKING:
    from app.store.diary import Diary

PAPER_KEY = "report.paper"
PERIOD_KEY = "report.period"
MONTHS_KEY = "report.months"


def report_range(diary: Diary, today: date) -> tuple[date, date]:
    """The default first and last day of a report made on `today`."""
    tz = diary.timezone()
    before = last_appointment(diary.appointments(), datetime.combine(today, time(0), tz))
    months = diary.setting(MONTHS_KEY)
    return default_range(
        today,
        diary.last_report_day(),
        first_record_day(diary),
        last_appointment=before.at.astimezone(tz).date() if before else None,
        period=diary.setting(PERIOD_KEY, "since_last_appointment"),
        months=int(months) if months.isdigit() else DEFAULT_MONTHS,
    )


def report_paper(diary: Diary, fallback: str) -> str:
    """The paper chosen in Settings, else `fallback` (the locale's usual size)."""
    chosen = diary.setting(PAPER_KEY)
    return chosen if chosen in PAPERS else fallback


__all__ = ["coming_appointment", "report_paper", "report_range"]
