"""The warning signs the report prints: the same rules, thresholds and snoozes as the banners."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.report.options import ReportWarning
from app.rules import evaluate_snapshot

if TYPE_CHECKING:
    from app.store.diary import Diary


def active_warnings(diary: Diary, as_of: date | None = None) -> list[ReportWarning]:
    """Warnings the banners show now, or as of a day (snoozed and dismissed ones left out)."""
    shown = evaluate_snapshot(diary.snapshot(as_of)).shown
    return [
        ReportWarning(
            severity=w.severity,
            title=w.title,
            message=w.message,
            evidence=tuple(w.evidence),
            source=w.source,
        )
        for w in shown
    ]
