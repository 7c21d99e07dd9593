"""The lab catalogue and monitoring intervals: TOML (seeds/labs.toml) to records.

The seeds loader in the store reuses these functions, so the TOML layout is known in one place.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.domain.records import LabTest, MonitoringGroup

_TEXT_KEYS = ("code", "name", "group", "unit", "loinc", "abbrev", "si_unit")
_NUMBER_KEYS = (
    "low_male",
    "high_male",
    "low_female",
    "high_female",
    "plausible_low",
    "plausible_high",
    "wrong_unit_above",
)
# "low"/"high" are shorthand for a range that is the same for both sexes.
_SHORTHAND = {"low": ("low_male", "low_female"), "high": ("high_male", "high_female")}
_KNOWN_TEST_KEYS = {
    *_TEXT_KEYS,
    *_NUMBER_KEYS,
    *_SHORTHAND,
    "other_units",
    "never_convert",
    "qualitative",
    "user_defined",
}
_KNOWN_GROUP_KEYS = {"group", "min_months", "max_months", "source"}


class CatalogueError(ValueError):
    """The catalogue data has a mistake; the message names the entry and the field."""


def _read(source: Path | str | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(source, Mapping):
        return source
    try:
        return tomllib.loads(Path(source).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"{source}: not valid TOML ({error})") from error


def _number(entry: Mapping[str, Any], key: str, where: str) -> float | None:
    value = entry.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise CatalogueError(f"{where}: '{key}' must be a number")
    return float(value)


def _text(entry: Mapping[str, Any], key: str, where: str) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise CatalogueError(f"{where}: '{key}' must be text")
    return value


def _test(entry: Mapping[str, Any], index: int) -> LabTest:
    where = f"test {entry.get('code', index + 1)!s}"
    unknown = set(entry) - _KNOWN_TEST_KEYS
    if unknown:
        raise CatalogueError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for key in ("code", "name", "group"):
        if not _text(entry, key, where).strip():
            raise CatalogueError(f"{where}: '{key}' is required")
    if "unit" not in entry:
        raise CatalogueError(f"{where}: 'unit' is required (use \"\" for a qualitative test)")
    numbers = {key: _number(entry, key, where) for key in _NUMBER_KEYS}
    for short, (male, female) in _SHORTHAND.items():
        value = _number(entry, short, where)
        if value is not None:
            numbers[male] = numbers[male] if numbers[male] is not None else value
            numbers[female] = numbers[female] if numbers[female] is not None else value
    other_units = entry.get("other_units", {})
    if not isinstance(other_units, Mapping):
        raise CatalogueError(f"{where}: 'other_units' must map a unit to a factor")
    factors = {unit: _number(other_units, unit, where) for unit in other_units}
    if any(not factor for factor in factors.values()):
        raise CatalogueError(f"{where}: every factor in 'other_units' must be a non-zero number")
    never = entry.get("never_convert", [])
    if not isinstance(never, list) or not all(isinstance(unit, str) for unit in never):
        raise CatalogueError(f"{where}: 'never_convert' must be a list of units")
    return LabTest(
        code=_text(entry, "code", where),
        name=_text(entry, "name", where),
        group=_text(entry, "group", where),
        unit=_text(entry, "unit", where),
        loinc=_text(entry, "loinc", where),
        abbrev=_text(entry, "abbrev", where),
        qualitative=bool(entry.get("qualitative", False)),
        other_units={unit: float(factor) for unit, factor in factors.items() if factor},
        never_convert=tuple(never),
        user_defined=bool(entry.get("user_defined", False)),
        si_unit=_text(entry, "si_unit", where),
        **numbers,
    )


def load_catalogue(source: Path | str | Mapping[str, Any]) -> list[LabTest]:
    """The lab tests in a catalogue TOML file (path) or its already-parsed dict, in file order."""
    data = _read(source)
    tests = [_test(entry, index) for index, entry in enumerate(data.get("test", []))]
    seen: set[str] = set()
    for test in tests:
        if test.code in seen:
            raise CatalogueError(f"test {test.code}: the code is used twice")
        seen.add(test.code)
    return tests


def load_monitoring_groups(source: Path | str | Mapping[str, Any]) -> list[MonitoringGroup]:
    """How often each group of tests is due, from the same TOML file (path) or dict."""
    groups = []
    for index, entry in enumerate(_read(source).get("monitoring", [])):
        where = f"monitoring {entry.get('group', index + 1)!s}"
        unknown = set(entry) - _KNOWN_GROUP_KEYS
        if unknown:
            raise CatalogueError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        low, high = entry.get("min_months"), entry.get("max_months")
        if not (isinstance(low, int) and isinstance(high, int)) or isinstance(low, bool):
            raise CatalogueError(f"{where}: 'min_months' and 'max_months' must be whole months")
        if not 0 < low <= high:
            raise CatalogueError(f"{where}: months must be positive, and min no more than max")
        group = _text(entry, "group", where)
        if not group.strip():
            raise CatalogueError(f"{where}: 'group' is required")
        groups.append(MonitoringGroup(group, low, high, _text(entry, "source", where)))
    return groups


def find_test(tests: list[LabTest], code: str) -> LabTest | None:
    """The catalogue entry with this code, or None."""
    return next((test for test in tests if test.code == code), None)
