"""CSV lab files: which column is which (remembered per file layout in the diary's settings),
then an import plan against this diary."""

from __future__ import annotations

import json

from app.domain.labfiles.csv_read import (
    CsvTable,
    guess_mapping,
    layout_signature,
    read_results,
)
from app.domain.labfiles.model import ImportPlan
from app.domain.labfiles.plan import build_plan
from app.domain.settings import CSV_MAP_PREFIX, check_setting
from app.store.reading.reads import Reads


def mapping_key(table: CsvTable) -> str:
    """The setting that remembers the mapping for files laid out like this one."""
    return CSV_MAP_PREFIX + layout_signature(table.headers)


def remembered_mapping(diary: Reads, table: CsvTable) -> dict[str, str] | None:
    """The mapping chosen last time for this layout, if its columns are all still there."""
    text = diary.setting(mapping_key(table))
    if not text:
        return None
    try:
        check_setting(mapping_key(table), text)
        mapping = json.loads(text)
    except (ValueError, TypeError):
        return None  # a damaged setting only loses the memory, never the import
    columns = {col for role, col in mapping.items() if role != "dates"}
    return mapping if columns <= set(table.headers) else None


def starting_mapping(diary: Reads, table: CsvTable) -> dict[str, str]:
    """Remembered for this layout, else guessed from the column names."""
    return remembered_mapping(diary, table) or guess_mapping(table.headers)


def mapping_setting(table: CsvTable, mapping: dict[str, str]) -> tuple[str, str]:
    """(key, value) to remember a mapping with, saved with the import itself."""
    return mapping_key(table), json.dumps(mapping, sort_keys=True, ensure_ascii=False)


def csv_plan(diary: Reads, table: CsvTable, mapping: dict[str, str]) -> ImportPlan:
    """What importing these rows would save: panels, duplicates left out."""
    tests = diary.lab_tests()
    return build_plan("CSV", read_results(table, mapping, tests), diary.panels(), tests)
