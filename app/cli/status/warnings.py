"""Status section: how many warning signs the banners show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.rules import evaluate_snapshot

if TYPE_CHECKING:
    from app.cli.status.command import StatusReport
    from app.store.reading.reader import QuickReader


def warnings_section(diary: QuickReader, report: StatusReport) -> None:
    result = evaluate_snapshot(diary.snapshot(now=report.now))
    report.fields["warnings"] = len(result.shown)
    if result.shown:
        worst = result.shown[0]
        report.lines.append(
            f"Warnings: {len(result.shown)} (most serious: {worst.title}); see `dosebook warnings`"
        )
    else:
        report.lines.append("Warnings: none")
