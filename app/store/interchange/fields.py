"""One row of an import file read field by field, exactly as its column is declared.

Nothing becomes empty silently: "20270201", "2027-3-9" and "soon" are not dates, a time needs its
UTC offset, a number must be finite and ordinary, text must be text.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.domain.checks.values import MAX_NUMBER, check_value
from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.store.schema.tables import BOOKKEEPING, Col, Table

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$"
)
MAX_INT = 2**62


@dataclass(frozen=True)
class Location:
    """Where a row sits in the file: "protocols[0]"."""

    list_name: str
    index: int

    def fail(self, field: str, message: str) -> ValidationError:
        at = f"{self.list_name}[{self.index}]" + (f".{field}" if field else "")
        return ValidationError(f"{at}: {message}", field)


def _shown(raw: Any) -> str:
    text = json_repr(raw)
    return text if len(text) <= 40 else text[:37] + "…"


def json_repr(raw: Any) -> str:
    if isinstance(raw, str):
        return f"'{raw}'"
    if raw is True or raw is False:
        return "true" if raw else "false"
    return "null" if raw is None else str(raw)


def read_value(col: Col, raw: Any, where: Location) -> Any:
    """The Python value of one field, or the reason it cannot be one."""
    name, kind = col.name, col.kind
    if raw is None:
        if not col.nullable:
            if kind == "text" and col.default == "":
                # "" is how this field says "none" (weekdays of an every-N-days course)
                raise where.fail(name, translate("Import", 'cannot be null; write "" for none'))
            raise where.fail(name, translate("Import", "cannot be empty"))
        return None
    if kind == "bool":
        if not isinstance(raw, bool):
            raise where.fail(
                name, translate("Import", "{value} is not true or false").format(value=_shown(raw))
            )
        return raw
    if kind == "int":
        if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) > MAX_INT:
            raise where.fail(
                name, translate("Import", "{value} is not a whole number").format(value=_shown(raw))
            )
        return raw
    if kind == "float":
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise where.fail(
                name, translate("Import", "{value} is not a number").format(value=_shown(raw))
            )
        if not math.isfinite(raw) or abs(raw) > MAX_NUMBER:
            raise where.fail(
                name,
                translate("Import", "{value} is not an ordinary number").format(value=_shown(raw)),
            )
        return float(raw)
    if kind == "date":
        if isinstance(raw, str) and _DATE.match(raw):
            try:
                return date.fromisoformat(raw)
            except ValueError:
                pass
        raise where.fail(
            name,
            translate("Import", "{value} is not a date like 2026-03-01").format(value=_shown(raw)),
        )
    if kind == "datetime":
        if isinstance(raw, str) and _DATETIME.match(raw):
            try:
                return datetime.fromisoformat(raw.replace("Z", "+00:00"))
            except ValueError:
                pass
        raise where.fail(
            name,
            translate(
                "Import",
                "{value} is not a date and time with a UTC offset (2026-03-01T20:00:00+01:00)",
            ).format(value=_shown(raw)),
        )
    if not isinstance(raw, str):
        raise where.fail(name, translate("Import", "{value} is not text").format(value=_shown(raw)))
    if kind == "blob":
        try:
            return base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError):
            raise where.fail(name, translate("Import", "is not a file encoded in base64")) from None
    return raw


def read_row(table: Table, raw: Any, where: Location) -> dict[str, Any]:
    """Every field of one row as a Python value; defaults for fields left out."""
    if not isinstance(raw, dict):
        raise where.fail("", translate("Import", "expected an object with the record's fields"))
    known = set(table.names) | set(BOOKKEEPING)
    unknown = sorted(set(raw) - known)
    if unknown:
        raise where.fail(unknown[0], translate("Import", "unknown field"))
    row: dict[str, Any] = {}
    for name in BOOKKEEPING:
        if name in raw:
            row[name] = read_value(Col(name, "datetime"), raw[name], where)
    for col in table.columns:
        if col.name in raw:
            row[col.name] = read_value(col, raw[col.name], where)
        elif col.default is not None:
            row[col.name] = col.default
        elif col.nullable:
            row[col.name] = None
        else:
            raise where.fail(col.name, translate("Import", "is missing"))
    for name, value in row.items():
        if isinstance(value, bytes):
            continue  # a file: its own check (check_attachment) looks at it
        try:
            check_value(name, value)
        except ValidationError as err:
            raise where.fail(name, str(err)) from None
    return row
