"""What no field may hold, whatever the record: the last check before any value is written.

So a bad value is a message instead of a crash later on (an export that cannot be read back, a
date that overflows, text that cannot be encoded).
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime
from typing import Any

from app.domain.errors import ValidationError
from app.domain.i18n import translate

MAX_TEXT = 100_000  # the JSON import's limit too: what is saved can always be imported again
MAX_NUMBER = 1e15
FIRST_YEAR, LAST_YEAR = 1900, 2200


def _typed_fields() -> dict[str, str]:
    """The fields a person types into, by name, in the active language."""
    return {
        "notes": translate("Fields", "notes"),
        "product": translate("Fields", "product"),
        "lot": translate("Fields", "lot"),
        "name": translate("Fields", "name"),
        "abbrev": translate("Fields", "abbreviation"),
        "lab": translate("Fields", "lab"),
        "unit": translate("Fields", "unit"),
        "dose_unit": translate("Fields", "dose unit"),
        "needle": translate("Fields", "needle"),
        "storage_notes": translate("Fields", "storage"),
        "tags": translate("Fields", "tags"),
        "text": translate("Fields", "result"),
        "range_text": translate("Fields", "range"),
        "disabled_reason": translate("Fields", "reason"),
        "label": translate("Fields", "label"),
    }


def label(name: str) -> str:
    """A field's name in words ("notes" -> "notes"; others as named: "taken_at_utc" -> "taken
    at")."""
    return _typed_fields().get(name) or name.replace("_utc", "").replace("_", " ")


def _number(value: int) -> str:
    from app.domain.i18n.numbers import localize

    return localize(f"{value:,}")


def check_text(name: str, value: str) -> None:
    if len(value) > MAX_TEXT:
        raise ValidationError(
            translate(
                "Fields", "The {field} field is too long ({n} characters; at most {most})."
            ).format(field=label(name), n=_number(len(value)), most=_number(MAX_TEXT)),
            name,
        )
    if "\x00" in value:
        raise ValidationError(
            translate("Fields", "The {field} field holds a character that cannot be saved.").format(
                field=label(name)
            ),
            name,
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, e.g. from a damaged paste
        raise ValidationError(
            translate(
                "Fields", "The {field} field holds a broken character; retype that part."
            ).format(field=label(name)),
            name,
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
            raise ValidationError(
                translate("Fields", "The {field} field must be an ordinary number.").format(
                    field=label(name)
                ),
                name,
            )
        return
    if isinstance(value, date | datetime) and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            translate(
                "Fields", "The {field} field must be a date between {first} and {last}."
            ).format(field=label(name), first=FIRST_YEAR, last=LAST_YEAR),
            name,
        )


def check_fields(fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        check_value(name, value)


def check_aware(when: datetime | None, what: str, field: str) -> None:
    """A time that can be stored: with a time zone, and inside the years a diary can hold."""
    if when is None:
        return
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValidationError(
            translate("Fields", "The {what} time needs a time zone.").format(what=what), field
        )
    try:
        when.astimezone(UTC)
    except (ValueError, OverflowError):
        raise ValidationError(
            translate("Fields", "The {what} time is out of range.").format(what=what), field
        ) from None
    check_value(field, when)


def check_number(
    value: float | None, field: str, what: str, low: float, high: float, unit: str = ""
) -> None:
    """A number inside [low, high] (None passes: the field is optional)."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(
            translate("Fields", "The {what} must be an ordinary number.").format(what=what), field
        )
    if not low <= value <= high:
        from app.domain.i18n.numbers import figure

        unit = f" {unit}" if unit else ""
        raise ValidationError(
            translate("Fields", "The {what} must be between {low} and {high}{unit}.").format(
                what=what, low=figure(low), high=figure(high), unit=unit
            ),
            field,
        )
