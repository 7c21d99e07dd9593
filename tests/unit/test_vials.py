"""How much to draw from a vial, what is left in it, and the notes shown about it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.records import Vial
from app.domain.vials import (
    dose_in_mg,
    format_volume,
    remaining_mg,
    vial_problems,
    volume_to_draw_ml,
)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 10, 20, 0, tzinfo=BERLIN)
TA1_VIAL = Vial(id=1, product="Thymosin Alpha-1", strength_mg=1.6, diluent_ml=1.0)
MULTI_DOSE = Vial(id=2, product="Thymosin Alpha-1", strength_mg=5.0, diluent_ml=2.5)


@pytest.mark.parametrize(
    ("dose", "unit", "vial", "shown"),
    [
        (1.6, "mg", TA1_VIAL, "1.00 mL"),
        (800, "µg", TA1_VIAL, "0.50 mL"),
        (800, "μg", TA1_VIAL, "0.50 mL"),  # Greek mu typed instead of the micro sign
        (800, "mcg", TA1_VIAL, "0.50 mL"),
        (1.6, "mg", MULTI_DOSE, "0.80 mL"),
        (0.25, "mg", MULTI_DOSE, "0.13 mL"),  # 0.125 mL rounds half up
    ],
)
def test_volume_to_draw(dose: float, unit: str, vial: Vial, shown: str) -> None:
    volume = volume_to_draw_ml(dose, unit, vial)
    assert volume is not None
    assert format_volume(volume) == shown


def test_exact_volume_for_a_full_ta1_dose() -> None:
    assert volume_to_draw_ml(1.6, "mg", TA1_VIAL) == pytest.approx(1.0)
    assert volume_to_draw_ml(800, "µg", TA1_VIAL) == pytest.approx(0.5)


def test_no_volume_without_a_concentration_or_a_mass_unit() -> None:
    assert volume_to_draw_ml(1.6, "mg", replace(TA1_VIAL, diluent_ml=None)) is None
    assert volume_to_draw_ml(1.6, "mg", replace(TA1_VIAL, strength_mg=None)) is None
    assert volume_to_draw_ml(10, "IU", TA1_VIAL) is None


def test_a_dose_in_millilitres_is_its_own_volume() -> None:
    assert volume_to_draw_ml(0.3, "mL", Vial(id=3, product="Testosterone cypionate")) == 0.3


def test_dose_units_convert_to_milligrams() -> None:
    assert dose_in_mg(1600, "mcg") == pytest.approx(1.6)
    assert dose_in_mg(1.6, " mg ") == pytest.approx(1.6)
    assert dose_in_mg(5, "units") is None


def test_remaining_in_a_multi_dose_vial() -> None:
    assert remaining_mg(MULTI_DOSE, [(1.6, "mg"), (800, "µg")]) == pytest.approx(2.6)
    assert remaining_mg(MULTI_DOSE, [(1.0, "mL")]) == pytest.approx(3.0)  # 1 mL at 2 mg/mL
    assert remaining_mg(MULTI_DOSE, []) == pytest.approx(5.0)


def test_remaining_never_goes_below_zero() -> None:
    assert remaining_mg(TA1_VIAL, [(1.6, "mg"), (0.1, "mg")]) == 0.0


def test_remaining_unknown_when_it_cannot_be_worked_out() -> None:
    assert remaining_mg(replace(MULTI_DOSE, strength_mg=None), [(1.6, "mg")]) is None
    assert remaining_mg(MULTI_DOSE, [(10, "IU")]) is None


@given(st.floats(min_value=0, max_value=100, allow_nan=False))
def test_formatted_volume_has_two_decimals_and_is_within_half_a_hundredth(ml: float) -> None:
    shown = format_volume(ml)
    number, unit = shown.split(" ")
    assert unit == "mL" and len(number.split(".")[1]) == 2
    assert abs(float(number) - ml) <= 0.005 + 1e-9


# --- problems -------------------------------------------------------------------------------


def test_a_fresh_vial_has_no_problems() -> None:
    fresh = replace(
        TA1_VIAL,
        expiry=date(2027, 1, 31),
        reconstituted_at=NOW - timedelta(hours=2),
        beyond_use_hours=24,
    )
    assert vial_problems(fresh, NOW) == []


def test_expired_only_after_the_expiry_day() -> None:
    on_the_day = replace(TA1_VIAL, expiry=date(2026, 3, 10))
    assert vial_problems(on_the_day, NOW) == []
    (message,) = vial_problems(replace(TA1_VIAL, expiry=date(2026, 3, 9)), NOW)
    assert message == "The expiry date printed on this vial (9 Mar 2026) has passed."


def test_past_its_beyond_use_time() -> None:
    mixed = replace(TA1_VIAL, reconstituted_at=NOW - timedelta(hours=30), beyond_use_hours=24)
    (message,) = vial_problems(mixed, NOW)
    assert (
        message == "This vial was mixed 30 hours ago, longer than its beyond-use time of 24 hours."
    )
    just_inside = replace(mixed, reconstituted_at=NOW - timedelta(hours=24))
    assert vial_problems(just_inside, NOW) == []


def test_beyond_use_counts_real_hours_across_time_zones() -> None:
    mixed_in_new_york = datetime(2026, 3, 10, 0, 0, tzinfo=ZoneInfo("America/New_York"))
    # New York is already on summer time on 10 March and Berlin is not: midnight there is
    # 05:00 in Berlin, 15 hours before NOW.
    vial = replace(TA1_VIAL, reconstituted_at=mixed_in_new_york, beyond_use_hours=12)
    (message,) = vial_problems(vial, NOW)
    assert "mixed 15 hours ago" in message


def test_frozen_and_thawed_is_mentioned() -> None:
    (message,) = vial_problems(replace(TA1_VIAL, frozen_thawed=True), NOW)
    assert "frozen and thawed" in message


def test_several_problems_are_all_listed() -> None:
    old = replace(
        MULTI_DOSE,
        expiry=date(2025, 12, 31),
        reconstituted_at=NOW - timedelta(days=40),
        beyond_use_hours=28 * 24,
        frozen_thawed=True,
    )
    problems = vial_problems(old, NOW)
    assert len(problems) == 3
    assert "mixed 40 days ago" in problems[1] and "28 days" in problems[1]


def test_beyond_use_counts_real_hours_across_a_dst_change() -> None:
    # Saturday 20:00 to Sunday 20:00 on 28-29 March 2026 in Berlin is only 23 real hours.
    mixed = replace(
        TA1_VIAL,
        reconstituted_at=datetime(2026, 3, 28, 20, 0, tzinfo=BERLIN),
        beyond_use_hours=23.5,
    )
    assert vial_problems(mixed, datetime(2026, 3, 29, 20, 0, tzinfo=BERLIN)) == []
    assert vial_problems(mixed, datetime(2026, 3, 29, 20, 31, tzinfo=BERLIN)) != []
