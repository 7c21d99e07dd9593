"""Lossless JSON export, and an all-or-nothing import through the same door as every screen.

The format is documented in docs/export-format.md. Every table is written row by row with its own
column names, so an export imported into an empty diary and exported again is identical. The
import reads each field exactly as its column declares (`fields`), turns each row into its record
and runs the domain's checks on it (`records`), and only then writes anything.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import sqlcipher3

from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.store.interchange.fields import Location, read_row
from app.store.interchange.records import DocumentContext, check_document
from app.store.reading.rows import fetch
from app.store.schema.tables import TABLES
from app.store.writing.tx import Tx

FORMAT = "dosebook-export"
# 2: diary entries list symptoms (schema 0003), injections what they count for (0004). A version-1
# document imports with no symptoms, and each dose matched by the schedule.
VERSION = 2

# JSON list name -> table. Order matters: rows are inserted in this order so references resolve.
LISTS: dict[str, str] = {
    "settings": "setting",
    "profile": "profile",
    "zones": "zone",
    "lab_tests": "lab_test",
    "monitoring_groups": "monitoring_group",
    "protocols": "protocol",
    "vials": "vial",
    "injections": "injection",
    "site_reactions": "site_reaction",
    "diary_entries": "diary_entry",
    "lab_panels": "lab_panel",
    "lab_results": "lab_result",
    "attachments": "attachment",
    "attachment_files": "attachment_file",
    "medications": "medication",
    "appointments": "appointment",
    "rule_states": "rule_state",
}
# Tables the seeds fill in every diary: an import updates these rows instead of refusing.
SEEDED = {"setting", "profile", "zone", "lab_test", "monitoring_group"}

Parsed = dict[str, list[dict[str, Any]]]  # table -> rows of Python values


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def export_document(conn: sqlcipher3.Connection, schema_revision: str) -> dict[str, Any]:
    """The whole diary as a JSON-ready dict."""
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION, "schema": schema_revision}
    for name, table in LISTS.items():
        key = ", ".join(f'"{k}"' for k in TABLES[table].key)
        rows = fetch(conn, table, order_by=key, stamps=True)
        doc[name] = [
            {"created_at": _to_json(r.created_at), "updated_at": _to_json(r.updated_at)}
            | {n: _to_json(getattr(r, n)) for n in TABLES[table].names}
            for r in rows
        ]
    return doc


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def parse_text(
    text_: str,
    context: DocumentContext,
    check_rule_setting: Callable[[str, str], None] | None = None,
) -> Parsed:
    """Check the whole document before anything is written; returns typed rows per table.

    Raises ValidationError naming the record, the field and what is wrong:
    "protocols[0].weekdays: '9,x' is not a list of weekdays 0–6".
    """
    try:
        doc = json.loads(text_)
    except (ValueError, RecursionError) as err:
        raise ValidationError(
            translate("Store", "The import file is not valid JSON ({err}).").format(err=err)
        ) from None
    return parse_document(doc, context, check_rule_setting)


def parse_document(
    doc: Any,
    context: DocumentContext,
    check_rule_setting: Callable[[str, str], None] | None = None,
) -> Parsed:
    """`parse_text` for a document already read (an export's dict, or a backup's contents)."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError(translate("Store", "This file is not a Dosebook export."))
    version = doc.get("version")
    if version is None:
        raise ValidationError(translate("Store", "The export has no version number."))
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValidationError(
            translate("Store", "version: {value} is not a whole number like 2.").format(
                value=json.dumps(version, ensure_ascii=False)
            )
        )
    if version > VERSION:
        raise ValidationError(
            translate(
                "Store",
                "This export was written by a newer Dosebook (format {version}); update Dosebook.",
            ).format(version=version)
        )
    unknown = set(doc) - set(LISTS) - {"format", "version", "schema"}
    if unknown:
        raise ValidationError(
            translate(
                "Store", "The import file has a part Dosebook does not know: '{value}'."
            ).format(value=sorted(unknown)[0])
        )
    parsed: Parsed = {}
    for name, table in LISTS.items():
        rows = doc.get(name, [])
        if not isinstance(rows, list):
            raise ValidationError(
                translate("Store", "{name}: expected a list of records.").format(name=name)
            )
        parsed[table] = [
            read_row(TABLES[table], raw, Location(name, i)) for i, raw in enumerate(rows)
        ]
    check_document(parsed, LISTS, context, check_rule_setting)
    return parsed


def import_rows(tx: Tx, parsed: Parsed) -> int:
    """Write checked rows in the caller's transaction. The target must hold no diary data."""
    for table in LISTS.values():
        if table not in SEEDED and tx.count(table):
            raise ValidationError(
                translate(
                    "Store",
                    "This diary already has data. Import into a new, empty diary (create one with 'dosebook new').",
                )
            )
    count = 0
    for table in LISTS.values():
        spec = TABLES[table]
        for row in parsed[table]:
            key = tuple(row[k] for k in spec.key)
            if table in SEEDED and tx.get(table, *key) is not None:
                (key_name,) = spec.key
                tx.update(table, row[key_name], {k: v for k, v in row.items() if k != key_name})
            else:
                tx.insert(table, row)
            count += 1
    return count
