"""CSV export for spreadsheets: one file per kind of record, the columns of its table."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from app.domain.errors import ValidationError
from app.store.reading.rows import fetch
from app.store.schema.tables import BOOKKEEPING, TABLES

CSV_TABLES = {
    "injections.csv": "injection",
    "site_reactions.csv": "site_reaction",
    "vials.csv": "vial",
    "protocols.csv": "protocol",
    "diary.csv": "diary_entry",
    "lab_panels.csv": "lab_panel",
    "lab_results.csv": "lab_result",
}

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    """A cell for a spreadsheet: text that starts like a formula is kept as text (a leading ')."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def export_csv(conn: sqlcipher3.Connection, folder: Path) -> list[Path]:
    """One CSV file per kind of record, in `folder` (created; existing files are not replaced)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, table in CSV_TABLES.items():
        target = folder / filename
        if target.exists():
            raise ValidationError(f"{target} already exists; choose an empty folder.")
        spec = TABLES[table]
        names = [*BOOKKEEPING, *spec.names]
        key = ", ".join(f'"{k}"' for k in spec.key)
        with target.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(names)
            for r in fetch(conn, table, order_by=key, stamps=True):
                writer.writerow([_csv_cell(getattr(r, n)) for n in names])
        written.append(target)
    return written
