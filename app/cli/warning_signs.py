"""`dosebook warnings`: the warning signs the banners show, as text or JSON (docs/warnings-json.md)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING

from app.cli.keys import read_diary
from app.rules import Evaluation, WarningSign, evaluate_snapshot

if TYPE_CHECKING:
    from app.store.reading.reader import QuickReader

SYMBOLS = {"urgent": "‼", "warning": "⚠", "info": "ℹ"}
TALK = "Talk to your doctor about what you see here; Dosebook never diagnoses."


def diary_warnings(diary: QuickReader, as_of: date | None) -> Evaluation:
    """What the banners would show for this diary (or its reader) as of the day (default: now)."""
    return evaluate_snapshot(diary.snapshot(as_of))


def warning_text(warning: WarningSign) -> list[str]:
    """One warning as indented plain-text lines."""
    lines = [f"{SYMBOLS.get(warning.severity, '•')} {warning.severity.upper()}: {warning.title}"]
    lines.append(f"  {warning.message}")
    lines.extend(f"  - {item}" for item in warning.evidence)
    lines.append(f"  Source: {warning.source}")
    return lines


def cmd_warnings(args: argparse.Namespace) -> int:
    snapshot = read_diary(args.path, args.passphrase_stdin, lambda d: d.snapshot(args.as_of))
    result = evaluate_snapshot(snapshot)
    if args.json:
        print(json.dumps([w.as_json() for w in result.shown], indent=2, ensure_ascii=False))
        return 0
    print(f"Warnings as of {snapshot.as_of:%a %d %b %Y}: {len(result.shown)}")
    for warning in result.shown:
        print()
        print("\n".join(warning_text(warning)))
    if result.hidden:
        print()
        print(f"{len(result.hidden)} more snoozed or dismissed in the app.")
    if result.shown:
        print()
        print(TALK)
    return 0
