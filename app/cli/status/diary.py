"""Status section: sick episodes in the last 90 days and how long they took to get over."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.diary import last_90_days_figures, sick_episodes
from app.domain.i18n import translate
from app.domain.i18n.numbers import figure

if TYPE_CHECKING:
    from app.cli.status.command import StatusReport
    from app.store.reading.reader import QuickReader


def diary_section(diary: QuickReader, report: StatusReport) -> None:
    """Episodes that started in the 90 days up to the report's day, and average recovery days."""
    entries = diary.entries(end=report.as_of)
    figures = last_90_days_figures(sick_episodes(entries), entries, report.as_of)
    average = figures.average_recovery_days
    report.fields["sick_episodes_90d"] = figures.count
    report.fields["average_recovery_days"] = None if average is None else round(average, 1)
    line = translate("Status", "Sick episodes in the last 90 days: {n}").format(n=figures.count)
    if figures.ongoing:
        line += translate("Status", " ({n} may still be going on)").format(n=figures.ongoing)
    if average is not None:
        line += translate("Status", "; average {days} days to recover").format(
            days=figure(average, 1, fixed=True)
        )
    if not entries:
        line = translate("Status", "No diary entries yet.")
    report.lines.append(line)
