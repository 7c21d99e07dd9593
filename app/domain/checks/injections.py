"""Checks on courses, vials, injections and site reactions before any of them is saved."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from app.domain.checks.values import check_aware, check_number, check_text
from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.records import Injection, Protocol, SiteReaction, Vial

REACTION_KINDS = (
    "redness",
    "swelling",
    "pain",
    "itching",
    "lump",
    "bruise",
    "open_sore",  # these two are grade 3 by definition (SEVERE_REACTION_KINDS)
    "dead_skin",
    "other",
)
MAX_DOSE = 1_000_000.0  # no unit makes a bigger number sensible; above it, a slip of the keys
MAX_VOLUME_ML = 10.0
MAX_WINDOW_HOURS = 72.0


def check_protocol(p: Protocol) -> None:
    if not p.product.strip():
        raise ValidationError(translate("Checks", "Give the product a name."), "product")
    check_text("product", p.product)
    if isinstance(p.dose, bool) or not isinstance(p.dose, int | float) or not p.dose > 0:
        raise ValidationError(translate("Checks", "The dose must be more than zero."), "dose")
    check_number(p.dose, "dose", "dose", 0, MAX_DOSE)
    if not p.dose_unit.strip():
        raise ValidationError(
            translate("Checks", "Choose the dose unit (for example mg)."), "dose_unit"
        )
    if not p.route.strip():
        raise ValidationError(
            translate("Checks", "Choose the route (for example subcutaneous)."), "route"
        )
    if p.every_n_days is not None and not 1 <= p.every_n_days <= 365:
        raise ValidationError(
            translate("Checks", "'Every N days' must be between 1 and 365."), "every_n_days"
        )
    if bool(p.weekdays) == bool(p.every_n_days):
        raise ValidationError(
            translate(
                "Checks", "Choose weekdays or 'every N days' for the schedule (one of them)."
            ),
            "weekdays",
        )
    if any(isinstance(d, bool) or d not in range(7) for d in p.weekdays):
        raise ValidationError(
            translate("Checks", "Weekdays run from Monday (0) to Sunday (6)."), "weekdays"
        )
    if len(set(p.weekdays)) != len(p.weekdays):
        raise ValidationError(translate("Checks", "Each weekday can be chosen once."), "weekdays")
    for field, day in (
        ("planned_end", p.planned_end),
        ("paused_from", p.paused_from),
        ("ended_on", p.ended_on),
    ):
        if day is not None and day < p.start:
            message = {
                "planned_end": translate("Checks", "The planned end is before the start."),
                "paused_from": translate("Checks", "The pause is before the start."),
                "ended_on": translate("Checks", "The end is before the start."),
            }[field]
            raise ValidationError(message, field)
    if (
        isinstance(p.window_hours, bool)
        or not isinstance(p.window_hours, int | float)
        or not 0 < p.window_hours <= MAX_WINDOW_HOURS
    ):
        raise ValidationError(
            translate("Checks", "The on-time window must be between 0 and {hours:g} hours.").format(
                hours=MAX_WINDOW_HOURS
            ),
            "window_hours",
        )


def check_vial(v: Vial) -> None:
    if not v.product.strip():
        raise ValidationError(translate("Checks", "Give the vial's product a name."), "product")
    check_aware(v.reconstituted_at, "reconstitution", "reconstituted_at")
    for field, what, value in (
        ("strength_mg", translate("Checks", "strength"), v.strength_mg),
        ("diluent_ml", translate("Checks", "diluent volume"), v.diluent_ml),
        ("beyond_use_hours", translate("Checks", "beyond-use time"), v.beyond_use_hours),
    ):
        if value is not None and not (isinstance(value, int | float) and value > 0):
            raise ValidationError(
                translate("Checks", "The vial's {what} must be more than zero.").format(what=what),
                field,
            )
        check_number(
            value, field, translate("Checks", "vial's {what}").format(what=what), 0, MAX_DOSE
        )


def zone_name_of(when: datetime, what: str = "injection") -> str:
    """The IANA name of a time's zone ("UTC" for a plain UTC time)."""
    key = getattr(when.tzinfo, "key", None)
    if key:
        return key
    offset = when.utcoffset()
    if offset is not None and offset.total_seconds() == 0:
        return "UTC"
    raise ValidationError(
        translate(
            "Checks", "The {what} time needs a named time zone (for example Europe/Berlin)."
        ).format(what=what),
        "tz",
    )


def check_injection(i: Injection, zone_ids: Collection[str]) -> None:
    check_aware(i.taken_at, "injection", "taken_at_utc")
    zone_name_of(i.taken_at)
    if isinstance(i.dose, bool) or not isinstance(i.dose, int | float) or not i.dose > 0:
        raise ValidationError(translate("Checks", "The dose must be more than zero."), "dose")
    check_number(i.dose, "dose", "dose", 0, MAX_DOSE)
    if not i.dose_unit.strip():
        raise ValidationError(
            translate("Checks", "Choose the dose unit (for example mg)."), "dose_unit"
        )
    if i.zone_id not in zone_ids:
        raise ValidationError(
            translate("Checks", "Pick the injection site on the body map."), "zone_id"
        )
    check_number(i.volume_ml, "volume_ml", "volume", 0, MAX_VOLUME_ML, "mL")
    check_aware(i.counts_for, "scheduled dose", "counts_for_utc")
    if i.counts_for is not None and i.extra:
        raise ValidationError(
            translate(
                "Checks", "A dose counts either for a scheduled dose or as an extra one, not both."
            ),
            "counts_for_utc",
        )
    if i.counts_for is not None and i.protocol_id is None:
        raise ValidationError(
            translate(
                "Checks", "Only a dose of a course can count for one of its scheduled doses."
            ),
            "counts_for_utc",
        )


def check_reaction(r: SiteReaction, zone_ids: Collection[str]) -> None:
    if isinstance(r.grade, bool) or r.grade not in (1, 2, 3):
        raise ValidationError(translate("Checks", "Grade the reaction 1, 2 or 3."), "grade")
    if r.kind not in REACTION_KINDS:
        raise ValidationError(
            translate("Checks", "Choose what the reaction looks like from the list."), "kind"
        )
    if r.zone_id not in zone_ids:
        raise ValidationError(
            translate("Checks", "Pick the zone where the reaction is."), "zone_id"
        )
    check_aware(r.observed_at, "reaction", "observed_at_utc")
    check_aware(r.resolved_at, "settled", "resolved_at_utc")
    if r.resolved_at and r.resolved_at < r.observed_at:
        raise ValidationError(
            translate("Checks", "The reaction cannot have settled before it was seen."),
            "resolved_at_utc",
        )
