"""Checks on a diary entry before it is saved, and the tidying of what was typed.

A blocking problem must be fixed before saving (a rating of 12, a temperature of 3.75). A
non-blocking one is a question the form asks first (an entry dated in the future); the person
may save anyway. Messages are plain English; `code` lets the screens pick a translation.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from app.domain import wording
from app.domain.checks.values import check_text
from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.records import DiaryEntry
from app.domain.symptoms import SITE_DISCOMFORT, normalize_symptoms, symptom_problem

RATING_FIELDS: tuple[str, ...] = ("energy", "fatigue", "wellbeing")
RATING_MIN = 0
RATING_MAX = 10

# A body temperature anyone could measure and live to type in; outside it, a slip of the keys.
TEMPERATURE_MIN_C = 34.0
TEMPERATURE_MAX_C = 43.0

# Values that, read as °F, land near the body range above (89.6 °F = 32 °C, 113 °F = 45 °C).
_FAHRENHEIT_MIN = 89.6
_FAHRENHEIT_MAX = 113.0

DEFAULT_SICKNESS_KIND = "other"

_RATING_LABELS = {"energy": "Energy", "fatigue": "Fatigue", "wellbeing": "Well-being"}


@dataclass(frozen=True)
class EntryProblem:
    """Something about an entry the form should show next to `field`."""

    field: str
    message: str
    blocking: bool
    code: str = ""  # stable id for the screens: rating_range, temperature_typo, ...


def validate_entry(entry: DiaryEntry, today: date) -> list[EntryProblem]:
    """List what is wrong or worth asking about in an entry; empty when it can be saved as is."""
    problems: list[EntryProblem] = []
    if entry.day > today:
        problems.append(
            EntryProblem(
                field="day",
                message=(
                    f"This entry is for {format_day(entry.day, today)}, which is in the future. "
                    "Save it anyway?"
                ),
                blocking=False,
                code="future_day",
            )
        )
    for name in RATING_FIELDS:
        problem = _check_rating(name, getattr(entry, name))
        if problem is not None:
            problems.append(problem)
    if entry.temperature_c is not None:
        problem = _check_temperature(entry.temperature_c)
        if problem is not None:
            problems.append(problem)
    message = symptom_problem(entry.symptoms)
    if message is not None:
        problems.append(EntryProblem("symptoms", message, blocking=True, code="symptoms"))
    return problems


def can_save(problems: Iterable[EntryProblem]) -> bool:
    """True when none of the problems blocks saving (questions alone do not)."""
    return not any(problem.blocking for problem in problems)


def normalize_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tidy tags: split on commas, trim, lowercase, collapse spaces, drop empties and repeats."""
    seen: dict[str, None] = {}  # a dict keeps the order the person typed them in
    for raw in tags:
        for piece in raw.split(","):
            tag = " ".join(piece.split()).lower()
            if tag:
                seen.setdefault(tag, None)
    return tuple(seen)


def normalize_entry(entry: DiaryEntry) -> DiaryEntry:
    """Return the entry as it should be stored: tidy tags and symptoms, and a sick day without a
    kind is "other". Site discomfort typed as a symptom ticks the site box instead."""
    kind = " ".join(entry.sickness_kind.split()).lower()
    if entry.sick and not kind:
        kind = DEFAULT_SICKNESS_KIND
    symptoms = normalize_symptoms(entry.symptoms)
    site = entry.site_trouble or SITE_DISCOMFORT in symptoms
    symptoms = tuple(s for s in symptoms if s != SITE_DISCOMFORT)
    return replace(
        entry,
        sickness_kind=kind,
        tags=normalize_tags(entry.tags),
        symptoms=symptoms,
        site_trouble=site,
    )


def format_day(day: date, today: date) -> str:
    """A short day for messages, "26 Nov", with the year only when it is not this year's."""
    return wording.day(day, today)


def _check_rating(name: str, value: float | None) -> EntryProblem | None:
    if value is None:
        return None
    label = _RATING_LABELS[name]
    if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
        return EntryProblem(
            field=name,
            message=f"{label} is a whole number from {RATING_MIN} to {RATING_MAX}.",
            blocking=True,
            code="rating_whole",
        )
    if not RATING_MIN <= value <= RATING_MAX:
        return EntryProblem(
            field=name,
            message=f"{label} goes from {RATING_MIN} to {RATING_MAX}; {value:g} is outside that.",
            blocking=True,
            code="rating_range",
        )
    return None


def _check_temperature(value: float) -> EntryProblem | None:
    if math.isfinite(value) and TEMPERATURE_MIN_C <= value <= TEMPERATURE_MAX_C:
        return None
    if math.isfinite(value) and _FAHRENHEIT_MIN <= value <= _FAHRENHEIT_MAX:
        celsius = fahrenheit_to_celsius(value)
        return EntryProblem(
            field="temperature_c",
            message=(
                f"{value:g} looks like degrees Fahrenheit. Please enter the temperature in °C: "
                f"{value:g} °F is {celsius:.1f} °C."
            ),
            blocking=True,
            code="temperature_fahrenheit",
        )
    shown = f"{value:g}" if math.isfinite(value) else str(value)
    return EntryProblem(
        field="temperature_c",
        message=(
            f"Temperature {shown} °C looks like a typo. A body temperature is between "
            f"{TEMPERATURE_MIN_C:g} and {TEMPERATURE_MAX_C:g} °C."
        ),
        blocking=True,
        code="temperature_typo",
    )


def fahrenheit_to_celsius(value: float) -> float:
    """Convert °F to °C."""
    return (value - 32.0) * 5.0 / 9.0


SICKNESS_KINDS = ("cold", "flu", "stomach", "other")


def check_entry(e: DiaryEntry) -> None:
    """Blocking problems only; questions such as 'a date in the future' are the screen's to ask."""
    for problem in validate_entry(e, e.day):
        if problem.blocking:
            raise ValidationError(problem.message, problem.field)
    if e.sickness_kind and e.sickness_kind not in SICKNESS_KINDS:
        raise ValidationError(
            translate("Checks", "Choose cold, flu, stomach or other for the kind of sickness."),
            "sickness_kind",
        )
    for tag in e.tags:
        if not isinstance(tag, str) or "," in tag or not tag.strip():
            raise ValidationError(
                translate("Checks", "Tags cannot contain commas or be empty."), "tags"
            )
    check_text("notes", e.notes)
