"""Load the seeds (zones, lab catalogue, monitoring groups) on every open.

New entries are added and seed labels refreshed; a row the user edited is never overwritten.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from app.paths import seed_path
from app.store.schema.tables import TABLES
from app.store.writing.tx import Tx


def read_seed(name: str, folder: Path | None = None) -> dict[str, Any]:
    path = (folder / name) if folder else seed_path(name)
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _lab_fields(item: dict[str, Any], order: int) -> dict[str, Any]:
    low, high = item.get("low"), item.get("high")
    return {
        "name": item["name"],
        "group": item["group"],
        "unit": item.get("unit", ""),
        "loinc": item.get("loinc", ""),
        "abbrev": item.get("abbrev", ""),
        "qualitative": bool(item.get("qualitative", False)),
        "other_units": json.dumps(item.get("other_units", {}), sort_keys=True),
        "never_convert": ",".join(item.get("never_convert", [])),
        "low_male": item.get("low_male", low),
        "high_male": item.get("high_male", high),
        "low_female": item.get("low_female", low),
        "high_female": item.get("high_female", high),
        "plausible_low": item.get("plausible_low"),
        "plausible_high": item.get("plausible_high"),
        "wrong_unit_above": item.get("wrong_unit_above"),
        "si_unit": item.get("si_unit", ""),
        "sort_order": order,
    }


def _existing(tx: Tx, table: str) -> dict[Any, Any]:
    """Every row of `table` by its key, in one query (not one per seed entry)."""
    (key,) = TABLES[table].key
    return {getattr(row, key): row for row in tx.rows(table)}


def _upsert(tx: Tx, table: str, row: Any, fields: dict[str, Any]) -> bool:
    if row is None:
        tx.insert(table, fields)
        return True
    if getattr(row, "user_edited", False):
        return False
    changed = {name: value for name, value in fields.items() if getattr(row, name) != value}
    if changed:
        (key,) = TABLES[table].key
        tx.update(table, getattr(row, key), changed)
    return bool(changed)


def apply_seeds(tx: Tx, folder: Path | None = None) -> int:
    """Add or refresh seed rows; returns how many rows were added or refreshed."""
    touched = 0
    zone_rows, lab_rows = _existing(tx, "zone"), _existing(tx, "lab_test")
    group_rows = _existing(tx, "monitoring_group")
    zones = read_seed("zones.toml", folder)["zone"]
    for order, z in enumerate(zones):
        fields = {
            "id": z["id"],
            "label": z["label"],
            "area": z["area"],
            "view": z["view"],
            "side": z["side"],
            "sort_order": order,
        }
        touched += _upsert(tx, "zone", zone_rows.get(z["id"]), fields)
    labs = read_seed("labs.toml", folder)
    for order, item in enumerate(labs["test"]):
        fields = {"code": item["code"], **_lab_fields(item, order)}
        touched += _upsert(tx, "lab_test", lab_rows.get(item["code"]), fields)
    for g in labs.get("monitoring", []):
        fields = {
            "group": g["group"],
            "min_months": g["min_months"],
            "max_months": g["max_months"],
            "source": g.get("source", ""),
        }
        touched += _upsert(tx, "monitoring_group", group_rows.get(g["group"]), fields)
    return touched


def protocol_templates(folder: Path | None = None) -> list[dict[str, Any]]:
    return read_seed("protocols.toml", folder)["template"]
