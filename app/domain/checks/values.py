"""What no field may hold, whatever the record: the last check before any value is written.

So a bad value is a message instead of a crash later on (an export that cannot be read back, a
date that overflows, text that cannot be encoded).
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime
from typing import Any

from app.domain.errors import ValidationError

MAX_TEXT = 100_000  # the JSON import's limit too: what is saved can always be imported again
MAX_NUMBER = 1e15
FIRST_YEAR, LAST_YEAR = 1900, 2200


def label(name: str) -> str:
    """A field's name in words ("taken_at_utc" -> "taken at")."""
    return name.replace("_utc", "").replace("_", " ")


def check_text(name: str, value: str) -> None:
    if len(value) > MAX_TEXT:
        raise ValidationError(
            f"The {label(name)} field is too long ({len(value):,} characters; at most "
            f"{MAX_TEXT:,}).",
            name,
        )
    if "\x00" in value:
        raise ValidationError(
            f"The {label(name)} field holds a character that cannot be saved.", name
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, e.g. from a damaged paste
        raise ValidationError(
            f"The {label(name)} field holds a broken character; retype that part.", name
        ) from None


def check_value(name: str, value: Any) -> None:
    """Raise ValidationError when `value` cannot be saved in any field."""
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, str):
        check_text(name, value)
        return
    if isinstance(value, int | float):
        if not math.isfinite(value) or abs(value) > MAX_NUMBER:
            raise ValidationError(f"The {label(name)} field must be an ordinary number.", name)
        return
    if isinstance(value, date | datetime) and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            f"The {label(name)} field must be a date between {FIRST_YEAR} and {LAST_YEAR}.", name
        )


def check_fields(fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        check_value(name, value)


def check_aware(when: datetime | None, what: str, field: str) -> None:
    """A time that can be stored: with a time zone, and inside the years a diary can hold."""
    if when is None:
        return
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValidationError(f"The {what} time needs a time zone.", field)
    try:
        when.astimezone(UTC)
    except (ValueError, OverflowError):
        raise ValidationError(f"The {what} time is out of range.", field) from None
    check_value(field, when)


def check_number(
    value: float | None, field: str, what: str, low: float, high: float, unit: str = ""
) -> None:
    """A number inside [low, high] (None passes: the field is optional)."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(f"The {what} must be an ordinary number.", field)
    if not low <= value <= high:
        unit = f" {unit}" if unit else ""
        raise ValidationError(f"The {what} must be between {low:g} and {high:g}{unit}.", field)
