"""Status section: for each monitoring group, the last date done and when the next labs are due."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.i18n import translate

if TYPE_CHECKING:
    from app.cli.status.command import StatusReport
    from app.store.reading.reader import QuickReader


def labs_section(diary: QuickReader, report: StatusReport) -> None:
    """Add `labs_due` (group, last_done, due_from, due_by, status) and one line per group."""
    items = diary.labs_due(report.as_of)
    report.fields["labs_due"] = [
        {
            "group": item.group,
            "last_done": item.last_done.isoformat() if item.last_done else None,
            "due_from": item.due_from.isoformat() if item.due_from else None,
            "due_by": item.due_by.isoformat() if item.due_by else None,
            "status": item.status.value,
        }
        for item in items
    ]
    if items:
        report.lines.append(translate("Status", "Labs:"))
        report.lines.extend(f"  {item.text}" for item in items)
