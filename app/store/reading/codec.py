"""How each kind of column is stored in the file, and read back.

The format is the one SQLAlchemy wrote for the diaries made before the store dropped the ORM, so
every existing file reads unchanged: times as "YYYY-MM-DD HH:MM:SS.ffffff" in UTC without an
offset, days as ISO dates, booleans as 0/1.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from app.store.schema.tables import Kind

_STAMP = "%Y-%m-%d %H:%M:%S.%f"


def encode_datetime(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("a time without a time zone cannot be stored")
    return value.astimezone(UTC).strftime(_STAMP)


def decode_datetime(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _encode_date(value: date) -> str:
    if isinstance(value, datetime):
        raise ValueError("a day was expected, not a time")
    return value.isoformat()


_ENCODE: dict[Kind, Callable[[Any], Any]] = {
    "int": int,
    "float": float,
    "text": str,
    "bool": lambda v: 1 if v else 0,
    "date": _encode_date,
    "datetime": encode_datetime,
    "blob": bytes,
}

# None means the stored value is already the Python value (int, text).
DECODE: dict[Kind, Callable[[Any], Any] | None] = {
    "int": None,
    "float": float,
    "text": None,
    "bool": bool,
    "date": date.fromisoformat,
    "datetime": decode_datetime,
    "blob": None,
}


def encode(kind: Kind, value: Any) -> Any:
    return None if value is None else _ENCODE[kind](value)


def decode(kind: Kind, raw: Any) -> Any:
    fn = DECODE[kind]
    return raw if raw is None or fn is None else fn(raw)
