"""Status section: how many warning signs the banners show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.i18n import translate
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
            translate(
                "Status", "Warnings: {n} (most serious: {title}); see `dosebook warnings`"
            ).format(n=len(result.shown), title=worst.title)
        )
    else:
        report.lines.append(translate("Status", "Warnings: none"))
