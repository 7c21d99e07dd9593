"""Lossless JSON export and all-or-nothing import; CSV export for spreadsheets.

The JSON format is documented in docs/export-format.md. Every table is written row by row with
its own column names, so an export imported into an empty diary and exported again is identical.
"""

from __future__ import annotations

import csv
import json
import math
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from app.domain.errors import ValidationError
from app.store.schema import models as m

FORMAT = "dosebook-export"
VERSION = 1

# Order matters: rows are inserted in this order so references resolve.
TABLES: list[tuple[str, type]] = [
    ("settings", m.SettingRow),
    ("profile", m.ProfileRow),
    ("zones", m.ZoneRow),
    ("lab_tests", m.LabTestRow),
    ("monitoring_groups", m.MonitoringRow),
    ("protocols", m.ProtocolRow),
    ("vials", m.VialRow),
    ("injections", m.InjectionRow),
    ("site_reactions", m.SiteReactionRow),
    ("diary_entries", m.DiaryEntryRow),
    ("lab_panels", m.LabPanelRow),
    ("lab_results", m.LabResultRow),
    ("rule_states", m.RuleStateRow),
]
# Tables the seeds fill in every diary: an import updates these rows instead of refusing.
SEEDED = {"zones", "lab_tests", "monitoring_groups", "settings", "profile"}


def _columns(model: type) -> list[sa.Column]:
    return list(model.__table__.columns)


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def export_document(session: Session, schema_revision: str) -> dict[str, Any]:
    """The whole diary as a JSON-ready dict."""
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION, "schema": schema_revision}
    for name, model in TABLES:
        cols = _columns(model)
        pk = [c for c in cols if c.primary_key]
        rows = session.exec(select(model).order_by(*pk)).all()
        doc[name] = [{c.name: _to_json(getattr(r, c.name)) for c in cols} for r in rows]
    return doc


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


class _Reader:
    """Checks one value against its column type; collects the first problem with its place."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, msg: str) -> ValidationError:
        return ValidationError(f"The import file is not valid at {self.where}: {msg}")

    def value(self, col: sa.Column, raw: Any) -> Any:
        if raw is None:
            if not col.nullable and not col.primary_key:
                raise self.fail(f"'{col.name}' cannot be empty")
            return None
        kind = col.type.impl if isinstance(col.type, sa.TypeDecorator) else col.type
        if isinstance(kind, sa.Boolean):
            if not isinstance(raw, bool):
                raise self.fail(f"'{col.name}' must be true or false")
            return raw
        if isinstance(kind, sa.Integer):
            if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) > 2**62:
                raise self.fail(f"'{col.name}' must be a whole number")
            return raw
        if isinstance(kind, sa.Float):
            if isinstance(raw, bool) or not isinstance(raw, int | float):
                raise self.fail(f"'{col.name}' must be a number")
            if not math.isfinite(raw) or abs(raw) > 1e15:
                raise self.fail(f"'{col.name}' must be an ordinary number")
            return float(raw)
        if isinstance(kind, sa.DateTime):
            try:
                parsed = datetime.fromisoformat(raw) if isinstance(raw, str) else None
            except ValueError:
                parsed = None
            if parsed is None or parsed.tzinfo is None:
                raise self.fail(f"'{col.name}' must be a date and time with a UTC offset")
            return parsed
        if isinstance(kind, sa.Date):
            try:
                return date.fromisoformat(raw) if isinstance(raw, str) and len(raw) == 10 else None
            except ValueError:
                pass
            raise self.fail(f"'{col.name}' must be a date like 2026-03-01")
        if not isinstance(raw, str) or len(raw) > 100_000 or "\x00" in raw:
            raise self.fail(f"'{col.name}' must be text")
        return raw


def parse_document(doc: Any) -> dict[str, list[dict[str, Any]]]:
    """Validate the whole document before anything is written; returns typed rows per table."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError("This file is not a Dosebook export.")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValidationError("The export has no version number.")
    if version > VERSION:
        raise ValidationError(
            f"This export was written by a newer Dosebook (format {version}); update Dosebook."
        )
    parsed: dict[str, list[dict[str, Any]]] = {}
    for name, model in TABLES:
        rows = doc.get(name, [])
        if not isinstance(rows, list):
            raise ValidationError(f"The import file is not valid at {name}: expected a list.")
        cols = _columns(model)
        names = {c.name for c in cols}
        out = []
        for i, raw in enumerate(rows):
            reader = _Reader(f"{name}[{i}]")
            if not isinstance(raw, dict):
                raise reader.fail("expected an object")
            unknown = set(raw) - names
            if unknown:
                raise reader.fail(f"unknown field '{sorted(unknown)[0]}'")
            row = {}
            for c in cols:
                if c.name not in raw:
                    if c.primary_key and isinstance(c.type, sa.Integer):
                        raise reader.fail(f"'{c.name}' is missing")
                    required = not c.nullable and c.default is None and not c.primary_key
                    if required and c.name not in ("created_at", "updated_at"):
                        raise reader.fail(f"'{c.name}' is missing")
                    continue
                row[c.name] = reader.value(c, raw[c.name])
            out.append(row)
        parsed[name] = out
    return parsed


def import_rows(session: Session, parsed: dict[str, list[dict[str, Any]]]) -> int:
    """Write validated rows in the caller's transaction. The target must hold no diary data."""
    for name, model in TABLES:
        if name in SEEDED:
            continue
        if session.exec(select(sa.func.count()).select_from(model)).one():
            raise ValidationError(
                "This diary already has data. Import into a new, empty diary "
                "(create one with 'dosebook new')."
            )
    count = 0
    for name, model in TABLES:
        pk = [c.name for c in _columns(model) if c.primary_key]
        for row in parsed[name]:
            existing = session.get(model, tuple(row[k] for k in pk)) if name in SEEDED else None
            if existing is not None:
                for k, v in row.items():
                    setattr(existing, k, v)
                session.add(existing)
            else:
                session.add(model(**row))
            count += 1
        session.flush()
    return count


# ----- CSV -------------------------------------------------------------------------------------

CSV_TABLES = {
    "injections.csv": m.InjectionRow,
    "site_reactions.csv": m.SiteReactionRow,
    "vials.csv": m.VialRow,
    "protocols.csv": m.ProtocolRow,
    "diary.csv": m.DiaryEntryRow,
    "lab_panels.csv": m.LabPanelRow,
    "lab_results.csv": m.LabResultRow,
}


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    """A cell for a spreadsheet: text that starts like a formula is kept as text (a leading ')."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return _to_json(value)


def export_csv(session: Session, folder: Path) -> list[Path]:
    """One CSV file per kind of record, in `folder` (created; existing files are not replaced)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, model in CSV_TABLES.items():
        target = folder / filename
        if target.exists():
            raise ValidationError(f"{target} already exists; choose an empty folder.")
        cols = _columns(model)
        pk = [c for c in cols if c.primary_key]
        with target.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow([c.name for c in cols])
            for r in session.exec(select(model).order_by(*pk)).all():
                writer.writerow([_csv_cell(getattr(r, c.name)) for c in cols])
        written.append(target)
    return written
