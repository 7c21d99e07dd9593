"""Checks on the person's profile, the body zones, settings and the banners' states."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.domain.checks.values import check_text
from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.records import Profile, Zone


def check_zone_name(name: str, field: str = "timezone") -> ZoneInfo:
    """The IANA zone called `name`, or a ValidationError that says it is unknown."""
    try:
        if not name or name != name.strip() or "\x00" in name:
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError(
            translate("Checks", "'{name}' is not a time zone this computer knows.").format(
                name=name
            ),
            field,
        ) from None


def check_profile(profile: Profile, this_year: int) -> None:
    if profile.birth_year is not None and not (
        isinstance(profile.birth_year, int) and 1900 <= profile.birth_year <= this_year
    ):
        raise ValidationError(
            translate("Checks", "The birth year does not look right; type four digits, e.g. 1980."),
            "birth_year",
        )
    if profile.timezone:
        check_zone_name(profile.timezone)
    check_text("name", profile.name)
    check_text("condition_notes", profile.condition_notes)
    check_text("allergies", profile.allergies)


def check_zone(zone: Zone) -> None:
    for field in ("id", "label", "area", "view", "side"):
        if not getattr(zone, field).strip():
            raise ValidationError(
                translate("Checks", "A body zone needs its {field}.").format(field=field), field
            )
    if zone.view not in ("front", "back"):
        raise ValidationError(
            translate("Checks", "'{view}' is not front or back.").format(view=zone.view), "view"
        )
    if zone.side not in ("left", "right"):
        raise ValidationError(
            translate("Checks", "'{side}' is not left or right.").format(side=zone.side), "side"
        )


def check_rule_id(rule_id: str) -> None:
    if not rule_id or "." in rule_id or rule_id != rule_id.strip():
        raise ValidationError(
            translate("Checks", "'{rule_id}' is not a rule id.").format(rule_id=rule_id), "rule_id"
        )


def check_snooze(until: datetime | None) -> None:
    if until is not None and until.tzinfo is None:
        raise ValidationError(
            translate("Checks", "A snooze needs a time with a time zone."), "snoozed_until"
        )
