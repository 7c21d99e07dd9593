"""`dosebook warnings`: the warning signs the banners show, as text or JSON (docs/warnings-json.md)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING

from app.cli.keys import read_diary
from app.domain.i18n import translate
from app.domain.wording import weekday_day
from app.rules import Evaluation, WarningSign, evaluate_snapshot

if TYPE_CHECKING:
    from app.store.reading.reader import QuickReader

SYMBOLS = {"urgent": "‼", "warning": "⚠", "info": "ℹ"}


def severity_word(severity: str) -> str:
    """URGENT, WARNING, INFO in the active language (the JSON keeps the English id)."""
    words = {
        "urgent": translate("Warnings", "URGENT"),
        "warning": translate("Warnings", "WARNING"),
        "info": translate("Warnings", "INFO"),
    }
    return words.get(severity, severity.upper())


def diary_warnings(diary: QuickReader, as_of: date | None) -> Evaluation:
    """What the banners would show for this diary (or its reader) as of the day (default: now)."""
    return evaluate_snapshot(diary.snapshot(as_of))


def warning_text(warning: WarningSign) -> list[str]:
    """One warning as indented plain-text lines."""
    symbol = SYMBOLS.get(warning.severity, "•")
    #: A warning's first line on the command line: "WARNING: Liver test above its range".
    heading = translate("Warnings", "{severity}: {title}")
    lines = [
        f"{symbol} " + heading.format(severity=severity_word(warning.severity), title=warning.title)
    ]
    lines.append(f"  {warning.message}")
    lines.extend(f"  - {item}" for item in warning.evidence)
    lines.append("  " + translate("Warnings", "Source: {source}").format(source=warning.source))
    return lines


def cmd_warnings(args: argparse.Namespace) -> int:
    snapshot = read_diary(args.path, args.passphrase_stdin, lambda d: d.snapshot(args.as_of))
    result = evaluate_snapshot(snapshot)
    if args.json:
        print(json.dumps([w.as_json() for w in result.shown], indent=2, ensure_ascii=False))
        return 0
    as_of = weekday_day(snapshot.as_of, date.min)
    print(translate("Warnings", "Warnings as of {day}: {n}").format(day=as_of, n=len(result.shown)))
    for warning in result.shown:
        print()
        print("\n".join(warning_text(warning)))
    if result.hidden:
        print()
        n = len(result.hidden)
        if n == 1:
            print(translate("Warnings", "1 more snoozed or dismissed in the app."))
        else:
            print(translate("Warnings", "{n} more snoozed or dismissed in the app.").format(n=n))
    if result.shown:
        print()
        print(
            translate(
                "Warnings", "Talk to your doctor about what you see here; Dosebook never diagnoses."
            )
        )
    return 0
