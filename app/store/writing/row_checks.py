"""A last check on every row a write is about to save, whichever form or import it came from.

The facade's own checks know the meaning of each field; this one only refuses what no field may
hold, so a bad value is a message instead of a crash later on (an export that cannot be read back,
a date that overflows, text with NUL bytes that the JSON import refuses).
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlmodel import Session

from app.domain.errors import ValidationError

MAX_TEXT = 100_000  # the JSON import's limit: what is saved can always be imported again
MAX_NUMBER = 1e15
FIRST_YEAR, LAST_YEAR = 1900, 2200


def _label(name: str) -> str:
    return name.replace("_utc", "").replace("_", " ")


def check_value(name: str, value: Any) -> None:
    """Raise ValidationError when `value` cannot be saved in any field."""
    label = _label(name)
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise ValidationError(
                f"The {label} field is too long ({len(value):,} characters; at most {MAX_TEXT:,})."
            )
        if "\x00" in value:
            raise ValidationError(f"The {label} field holds a character that cannot be saved.")
        return
    if isinstance(value, int | float):
        if not math.isfinite(value) or abs(value) > MAX_NUMBER:
            raise ValidationError(f"The {label} field must be an ordinary number.")
        return
    if isinstance(value, date | datetime) and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            f"The {label} field must be a date between {FIRST_YEAR} and {LAST_YEAR}."
        )


def check_row(row: object) -> None:
    for attr in inspect(row).mapper.column_attrs:
        check_value(attr.key, getattr(row, attr.key))


def guard(session: Session) -> None:
    """Check every new or changed row before each flush of this session."""

    @event.listens_for(session, "before_flush")
    def _before_flush(sess: Session, _ctx: object, _instances: object) -> None:
        for row in list(sess.new) + list(sess.dirty):
            check_row(row)
