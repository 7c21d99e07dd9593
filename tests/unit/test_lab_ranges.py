"""Reference ranges as printed, and the catalogue's defaults by sex."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.labs import default_range, find_test, load_catalogue, parse_range
from app.domain.records import LabTest, Sex

CATALOGUE = load_catalogue(Path(__file__).resolve().parents[2] / "seeds" / "labs.toml")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("4.5-11.0", 4.5, 11.0),
        ("4.5 – 11.0", 4.5, 11.0),
        ("4.5 — 11.0", 4.5, 11.0),
        ("4,5-11,0", 4.5, 11.0),
        ("0.7 to 3.9", 0.7, 3.9),
        ("150 - 450 x10^3/uL", 150.0, 450.0),
        ("-2 - 2", -2.0, 2.0),
        ("<6.4", None, 6.4),
        ("< 6.4", None, 6.4),
        ("≤ 6.4", None, 6.4),
        ("up to 35", None, 35.0),
        (">60", 60.0, None),
        ("≥ 60", 60.0, None),
        ("", None, None),
        ("negative", None, None),
        ("Not detected", None, None),
        ("11.0-4.5", None, None),
        ("5", None, None),
        ("4.5-11.0 mostly", None, None),
    ],
)
def test_printed_ranges_are_read(text: str, low: float | None, high: float | None) -> None:
    assert parse_range(text) == (low, high, text.strip())


def test_a_text_range_is_kept_as_printed() -> None:
    assert parse_range("  Non-reactive ") == (None, None, "Non-reactive")


@given(st.text(max_size=60))
def test_any_range_text_is_kept_and_never_crashes(text: str) -> None:
    low, high, kept = parse_range(text)
    assert kept == text.strip()
    if low is not None and high is not None:
        assert low <= high


def _test(code: str) -> LabTest:
    test = find_test(CATALOGUE, code)
    assert test is not None
    return test


def test_default_range_follows_sex() -> None:
    hgb = _test("hgb")
    assert default_range(hgb, Sex.MALE) == (14.0, 17.0)
    assert default_range(hgb, Sex.FEMALE) == (12.0, 16.0)


def test_unknown_sex_gets_the_wider_union_of_both_ranges() -> None:
    assert default_range(_test("hgb"), Sex.UNKNOWN) == (12.0, 17.0)
    assert default_range(_test("hct"), Sex.UNKNOWN) == (36.0, 51.0)


def test_a_shared_range_is_the_same_for_everyone() -> None:
    for sex in Sex:
        assert default_range(_test("alt"), sex) == (7.0, 55.0)


def test_a_one_sided_default_stays_one_sided() -> None:
    assert default_range(_test("il6"), Sex.UNKNOWN) == (None, 6.4)
    assert default_range(_test("hbeag"), Sex.FEMALE) == (None, None)
