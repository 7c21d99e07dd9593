"""Units: every factor in the seeds matches labs.md, aliases are safe, HBV copies never convert."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.labs import (
    find_test,
    from_chart_unit,
    known_units,
    load_catalogue,
    normalise_unit,
    pretty_unit,
    resolve_unit,
    to_chart_unit,
)
from app.domain.records import LabTest

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "labs.toml"
CATALOGUE = load_catalogue(SEEDS)


def _test(code: str) -> LabTest:
    test = find_test(CATALOGUE, code)
    assert test is not None
    return test


# From shared/domain/labs.md: test, chart unit, other unit, factor from the chart unit.
LABS_MD_FACTORS = [
    ("wbc", "10*3/uL", "10*9/L", 1.0),
    ("rbc", "10*6/uL", "10*12/L", 1.0),
    ("hgb", "g/dL", "g/L", 10.0),
    ("hgb", "g/dL", "mmol/L", 0.6206),
    ("hct", "%", "L/L", 0.01),
    ("plt", "10*3/uL", "10*9/L", 1.0),
    ("neut", "10*3/uL", "10*9/L", 1.0),
    ("lymph", "10*3/uL", "10*9/L", 1.0),
    ("alt", "U/L", "ukat/L", 1 / 60),
    ("ast", "U/L", "ukat/L", 1 / 60),
    ("alp", "U/L", "ukat/L", 1 / 60),
    ("bili", "mg/dL", "umol/L", 17.1),
    ("ggt", "U/L", "ukat/L", 1 / 60),
    ("alb", "g/dL", "g/L", 10.0),
    ("cd4", "/uL", "10*6/L", 1.0),
    ("cd8", "/uL", "10*6/L", 1.0),
    ("il6", "pg/mL", "ng/L", 1.0),
    ("igg", "mg/dL", "g/L", 0.01),
]


@pytest.mark.parametrize(("code", "unit", "other", "factor"), LABS_MD_FACTORS)
def test_seed_factors_match_labs_md(code: str, unit: str, other: str, factor: float) -> None:
    test = _test(code)
    assert test.unit == unit
    assert test.other_units[other] == factor


def test_every_seed_factor_is_covered_by_labs_md() -> None:
    seeded = {(t.code, other) for t in CATALOGUE for other in t.other_units}
    assert seeded == {(code, other) for code, _, other, _ in LABS_MD_FACTORS}


@pytest.mark.parametrize(
    ("code", "value", "unit", "expected"),
    [
        ("hgb", 130, "g/L", 13.0),
        ("hgb", 8.5, "mmol/L", 8.5 / 0.6206),
        ("hgb", 13.5, "g/dL", 13.5),
        ("bili", 17.1, "µmol/L", 1.0),
        ("bili", 34.2, "umol/L", 2.0),
        ("alt", 0.5, "µkat/L", 30.0),  # exactly 1/60: 0.5 µkat/L is 30 U/L
        ("alb", 42, "g/L", 4.2),
        ("igg", 10.5, "g/L", 1050.0),
        ("hct", 0.45, "L/L", 45.0),
        ("wbc", 6.1, "10^9/L", 6.1),
        ("wbc", 6.1, "×10³/µL", 6.1),
        ("wbc", 6.1, "x10E3/uL", 6.1),
        ("wbc", 6.1, "G/L", 6.1),
        ("plt", 210, "/nL", 210.0),
        ("cd4", 650, "cells/mm3", 650.0),
        ("cd4cd8", 1.4, "", 1.4),
        ("il6", 3.0, "ng/L", 3.0),
    ],
)
def test_values_are_converted_to_the_chart_unit(
    code: str, value: float, unit: str, expected: float
) -> None:
    assert to_chart_unit(_test(code), value, unit) == pytest.approx(expected, rel=1e-10)


def test_converted_values_carry_no_floating_point_noise() -> None:
    assert to_chart_unit(_test("hct"), 0.45, "L/L") == 45.0
    assert to_chart_unit(_test("alb"), 42, "g/L") == 4.2


def test_conversion_back_from_the_chart_unit() -> None:
    assert from_chart_unit(_test("hgb"), 13.0, "g/L") == 130.0
    assert from_chart_unit(_test("bili"), 1.0, "µmol/L") == 17.1
    assert from_chart_unit(_test("hbvdna"), 300.0, "copies/mL") is None


def test_hbv_dna_copies_are_never_converted_to_iu() -> None:
    hbv = _test("hbvdna")
    assert hbv.never_convert == ("{copies}/mL",)
    for unit in ("copies/mL", "copies/ml", "cp/mL", "{copies}/mL"):
        assert to_chart_unit(hbv, 1200, unit) is None
    assert to_chart_unit(hbv, 1200, "IU/mL") == 1200
    assert resolve_unit(hbv, "copies/ml") == "{copies}/mL"


@pytest.mark.parametrize(
    ("code", "unit"),
    [("hgb", "mg/L"), ("hgb", "furlongs"), ("alt", "mmol/L"), ("plt", "g/L"), ("hgb", "G/L")],
)
def test_unknown_or_unrelated_units_are_kept_not_converted(code: str, unit: str) -> None:
    assert to_chart_unit(_test(code), 12.0, unit) is None


def test_a_missing_unit_is_not_assumed_for_a_measured_test() -> None:
    assert to_chart_unit(_test("hgb"), 13.0, "") is None


def test_iu_per_litre_counts_as_units_per_litre_only_for_enzymes() -> None:
    assert to_chart_unit(_test("alt"), 40, "IU/L") == 40
    assert to_chart_unit(_test("ggt"), 40, "iu/l") == 40
    hormone = LabTest(code="tsh", name="TSH", group="Other", unit="m[IU]/L")
    assert to_chart_unit(hormone, 2.0, "U/L") is None


def test_giga_per_litre_is_not_grams_per_litre() -> None:
    assert normalise_unit("G/L") == "10*9/L"
    assert normalise_unit("g/L") == "g/L"
    assert normalise_unit("g/l") == "g/L"


def test_a_user_defined_unit_matches_its_own_spelling() -> None:
    a1c = LabTest(code="a1c", name="HbA1c", group="Other", unit="mmol/mol")
    assert to_chart_unit(a1c, 48, "mmol/mol") == 48
    assert to_chart_unit(a1c, 48, "mmol/L") is None


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("×10³/µL", "10*3/uL"),
        ("10*3/uL", "10*3/uL"),
        ("10^3/ul", "10*3/uL"),
        ("K/µL", "10*3/uL"),
        ("x10^9/L", "10*9/L"),
        ("10⁹/L", "10*9/L"),
        ("µL", None),
        ("U/l", "U/L"),
        ("IU/mL", "[IU]/mL"),
        ("μmol/L", "umol/L"),
        ("µkat/L", "ukat/L"),
        ("ratio", "{ratio}"),
        ("Tsd/µl", "10*3/uL"),  # German reports
        ("Mio/µl", "10*6/uL"),
        ("Gpt/l", "10*9/L"),
        ("Tpt/l", "10*12/L"),
    ],
)
def test_units_people_type_are_recognised(typed: str, code: str | None) -> None:
    assert normalise_unit(typed) == code


@pytest.mark.parametrize(
    ("ucum", "pretty"),
    [
        ("10*3/uL", "×10³/µL"),
        ("10*6/uL", "×10⁶/µL"),
        ("10*9/L", "×10⁹/L"),
        ("10*12/L", "×10¹²/L"),
        ("ukat/L", "µkat/L"),
        ("umol/L", "µmol/L"),
        ("[IU]/mL", "IU/mL"),
        ("{ratio}", "ratio"),
        ("/uL", "/µL"),
        ("U/L", "U/L"),
        ("g/dL", "g/dL"),
        ("{copies}/mL", "copies/mL"),
    ],
)
def test_units_are_shown_in_their_printed_form(ucum: str, pretty: str) -> None:
    assert pretty_unit(ucum) == pretty


def test_known_units_list_the_chart_unit_first() -> None:
    assert known_units(_test("hgb")) == ["g/dL", "g/L", "mmol/L"]
    assert known_units(_test("hbvdna")) == ["[IU]/mL", "{copies}/mL"]


def test_enzyme_units_convert_exactly_at_one_sixtieth() -> None:
    alt = _test("alt")
    assert to_chart_unit(alt, 1, "µkat/L") == 60.0
    assert from_chart_unit(alt, 60, "µkat/L") == 1.0
    assert from_chart_unit(alt, 55, "µkat/L") == pytest.approx(55 / 60, rel=1e-12)
