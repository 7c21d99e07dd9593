"""Flags against the printed range, including "<" and ">" results and word results."""

from __future__ import annotations

import pytest

from app.domain.labs import (
    Flag,
    fhir_interpretation,
    flag_result,
    flag_symbol,
    lab_flag,
    qualitative_flag,
)
from app.domain.records import LabResult


@pytest.mark.parametrize(
    ("value", "comparator", "low", "high", "flag"),
    [
        (5.2, "", 4.5, 11.0, Flag.NORMAL),
        (4.5, "", 4.5, 11.0, Flag.NORMAL),
        (11.0, "", 4.5, 11.0, Flag.NORMAL),
        (4.4, "", 4.5, 11.0, Flag.LOW),
        (11.1, "", 4.5, 11.0, Flag.HIGH),
        (7.0, "", None, 6.4, Flag.HIGH),
        (3.0, "", None, 6.4, Flag.NORMAL),
        (59.0, "", 60.0, None, Flag.LOW),
        (5.0, "", None, None, Flag.UNKNOWN),
        (None, "", 4.5, 11.0, Flag.UNKNOWN),
        # Below a limit of quantitation.
        (20.0, "<", 0.0, 20.0, Flag.NORMAL),
        (20.0, "<", None, 20.0, Flag.NORMAL),
        (5.0, "<", 10.0, 50.0, Flag.LOW),
        (10.0, "<", 10.0, 50.0, Flag.LOW),
        (10.0, "<=", 10.0, 50.0, Flag.UNKNOWN),
        (20.0, "<", 10.0, 50.0, Flag.UNKNOWN),
        (100.0, "<", 0.0, 20.0, Flag.UNKNOWN),
        # Above a limit of quantitation.
        (1.7e8, ">", None, 20.0, Flag.HIGH),
        (20.0, ">", None, 20.0, Flag.HIGH),
        (20.0, ">=", None, 20.0, Flag.UNKNOWN),
        (90.0, ">", 60.0, None, Flag.NORMAL),
        (60.0, ">=", 60.0, None, Flag.NORMAL),
        (50.0, ">", 60.0, None, Flag.UNKNOWN),
        (5.0, ">", 0.0, 20.0, Flag.UNKNOWN),
    ],
)
def test_flags_with_and_without_comparators(
    value: float | None, comparator: str, low: float | None, high: float | None, flag: Flag
) -> None:
    assert lab_flag(value, comparator, low, high) == flag


def test_every_flag_reads_without_colour() -> None:
    assert flag_symbol(Flag.LOW) == "↓ L"
    assert flag_symbol(Flag.HIGH) == "↑ H"
    assert flag_symbol(Flag.NORMAL) == "✓"
    assert flag_symbol(Flag.UNKNOWN) == "?"
    assert len({flag_symbol(flag) for flag in Flag}) == len(Flag)


def test_fhir_interpretation_codes() -> None:
    assert [fhir_interpretation(f) for f in Flag] == ["L", "H", "N", "A", None]


@pytest.mark.parametrize(
    ("result", "expected", "flag"),
    [
        ("positive", "negative", Flag.ABNORMAL),
        ("Reactive", "non-reactive", Flag.ABNORMAL),
        ("detected, below 20", "not detected", Flag.ABNORMAL),
        ("trace", "negative", Flag.ABNORMAL),
        ("negative", "negative", Flag.NORMAL),
        ("Not detected", "not detected", Flag.NORMAL),
        ("non-reactive", "negative", Flag.NORMAL),
        ("reactive", "reactive", Flag.NORMAL),
        ("equivocal", "negative", Flag.UNKNOWN),
        ("positive", "", Flag.UNKNOWN),
        ("12.5", "negative", Flag.UNKNOWN),
    ],
)
def test_word_results_against_the_expected_word(result: str, expected: str, flag: Flag) -> None:
    assert qualitative_flag(result, expected) == flag


def test_a_stored_result_is_flagged_by_words_or_numbers() -> None:
    hbsag = LabResult(None, "hbsag", None, "", text="Positive", range_text="Negative")
    alt = LabResult(None, "alt", 80.0, "U/L", text="80", range_low=7, range_high=55)
    hbv = LabResult(None, "hbvdna", 20.0, "[IU]/mL", "<", "<20", range_high=20)
    assert flag_result(hbsag) == Flag.ABNORMAL
    assert flag_result(alt) == Flag.HIGH
    assert flag_result(hbv) == Flag.NORMAL
