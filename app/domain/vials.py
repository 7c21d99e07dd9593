"""Vial arithmetic and checks: how much liquid a recorded dose is, what is left, what needs a look.

This only converts what the person says they take into millilitres; it never proposes a dose.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from app.domain.i18n import translate
from app.domain.i18n.numbers import figure, localize
from app.domain.records import Vial
from app.domain.wording import long_day

# Mass units a dose can be written in, as a factor to milligrams. Both the micro sign (U+00B5)
# and the Greek mu (U+03BC) occur in typed text.
_TO_MG = {
    "mg": 1.0,
    "g": 1000.0,
    "µg": 0.001,
    "μg": 0.001,
    "mcg": 0.001,
    "ug": 0.001,
}
_VOLUME_UNITS = ("ml", "mL")


def dose_in_mg(dose: float, dose_unit: str) -> float | None:
    """The dose in milligrams, or None when its unit is not a mass (IU, mL, units)."""
    factor = _TO_MG.get(dose_unit.strip())
    return None if factor is None else dose * factor


def volume_to_draw_ml(dose: float, dose_unit: str, vial: Vial) -> float | None:
    """Millilitres holding `dose` at the vial's concentration; None when that cannot be known.

    A dose already written in mL is its own volume.
    """
    if dose_unit.strip() in _VOLUME_UNITS:
        return dose
    concentration = vial.concentration_mg_per_ml
    mg = dose_in_mg(dose, dose_unit)
    if concentration is None or mg is None:
        return None
    return mg / concentration


def remaining_mg(vial: Vial, drawn_doses: Iterable[tuple[float, str]]) -> float | None:
    """Milligrams left after the (dose, unit) draws, never below 0; None when it cannot be known.

    Unknown when the vial's strength is not recorded, or a draw is in a unit that cannot be
    turned into milligrams (mL needs the concentration; IU never converts).
    """
    if vial.strength_mg is None:
        return None
    concentration = vial.concentration_mg_per_ml
    left = vial.strength_mg
    for dose, unit in drawn_doses:
        mg = dose_in_mg(dose, unit)
        if mg is None and unit.strip() in _VOLUME_UNITS and concentration is not None:
            mg = dose * concentration
        if mg is None:
            return None
        left -= mg
    # Vials are filled with a little overfill, so drawing slightly more than the label is normal.
    return max(0.0, left)


def vial_problems(vial: Vial, now: datetime) -> list[str]:
    """Plain notes about this vial's dates and storage, empty when there is nothing to say."""
    problems: list[str] = []
    today = now.date()
    if vial.expiry is not None and vial.expiry < today:
        problems.append(
            translate("Vials", "The expiry date printed on this vial ({day}) has passed.").format(
                day=long_day(vial.expiry)
            )
        )
    if vial.reconstituted_at is not None and vial.beyond_use_hours is not None:
        # In UTC: adding hours to a local time in one zone would add wall-clock hours across DST.
        mixed = vial.reconstituted_at.astimezone(UTC)
        now_utc = now.astimezone(UTC)
        if mixed + timedelta(hours=vial.beyond_use_hours) < now_utc:
            problems.append(
                translate(
                    "Vials",
                    "This vial was mixed {elapsed} ago, longer than its beyond-use time of "
                    "{limit}.",
                ).format(elapsed=_elapsed(now_utc - mixed), limit=_hours(vial.beyond_use_hours))
            )
    if vial.frozen_thawed:
        problems.append(
            translate(
                "Vials",
                "This vial has been frozen and thawed. Storage guidance says to avoid "
                "freeze-thaw cycles; check with your pharmacist or doctor whether it can still "
                "be used.",
            )
        )
    return problems


def format_volume(ml: float) -> str:
    """A volume for display, to the nearest 0.01 mL (halves round up): '1.00 mL'."""
    rounded = Decimal(repr(ml)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return translate("Vials", "{volume} mL").format(volume=localize(str(rounded)))


def _hours(hours: float) -> str:
    """A beyond-use time in words: '24 hours', '28 days' (whole days from two days up)."""
    if hours >= 48 and hours % 24 == 0:
        return translate("Vials", "{n} days").format(n=figure(hours / 24))
    if hours == 1:
        return translate("Vials", "1 hour")
    return translate("Vials", "{n} hours").format(n=figure(hours))


def _elapsed(span: timedelta) -> str:
    """A rough, readable length of time: '30 hours', '5 days'."""
    hours = span.total_seconds() / 3600
    if hours < 48:
        return _hours(round(hours))
    return translate("Vials", "{n} days").format(n=int(hours // 24))
