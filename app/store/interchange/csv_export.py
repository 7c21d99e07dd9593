"""CSV export for spreadsheets: one file per kind of record, the columns of its table."""

from __future__ import annotations

import csv
import io
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.store.files.private import make_private_folder, write_private_text
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
    "medications.csv": "medication",
    "appointments.csv": "appointment",
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
    """One CSV file per kind of record, in `folder` (created 0700; existing files are not
    replaced). Each file is private (0600) and appears whole or not at all."""
    if folder.exists() and not folder.is_dir():
        raise ValidationError(
            translate("Store", "{folder} is not a folder; CSV files go into a folder.").format(
                folder=folder
            )
        )
    targets = {folder / filename: table for filename, table in CSV_TABLES.items()}
    for target in targets:
        if os.path.lexists(target):
            raise ValidationError(
                translate("Store", "{target} already exists; choose an empty folder.").format(
                    target=target
                )
            )
    make_private_folder(folder)
    written = []
    for target, table in targets.items():
        spec = TABLES[table]
        names = [*BOOKKEEPING, *spec.names]
        key = ", ".join(f'"{k}"' for k in spec.key)
        text = io.StringIO(newline="")
        writer = csv.writer(text)
        writer.writerow(names)
        for r in fetch(conn, table, order_by=key, stamps=True):
            writer.writerow([_csv_cell(getattr(r, n)) for n in names])
        written.append(write_private_text(target, text.getvalue(), replace=False))
    return written
