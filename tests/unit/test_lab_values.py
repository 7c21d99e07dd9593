"""Typing a result as printed on a report: what is accepted, what it means, and what is asked."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.labs import LabInputError, ParsedValue, parse_value

ACCEPTED = [
    # text, value, comparator, qualitative, unit
    ("5.2", 5.2, "", "", ""),
    ("5,2", 5.2, "", "", ""),
    (" 130 ", 130.0, "", "", ""),
    ("0,125", 0.125, "", "", ""),
    ("1,234.5", 1234.5, "", "", ""),
    ("1.234,5", 1234.5, "", "", ""),
    ("12 345", 12345.0, "", "", ""),
    ("<20", 20.0, "<", "", ""),
    ("< 20", 20.0, "<", "", ""),
    ("<=0.5", 0.5, "<=", "", ""),
    ("≤0.5", 0.5, "<=", "", ""),
    (">=60", 60.0, ">=", "", ""),
    (">1.7E8", 1.7e8, ">", "", ""),
    ("1.7e+08", 1.7e8, "", "", ""),
    ("1.7x10^8", 1.7e8, "", "", ""),
    ("1.7 × 10^8", 1.7e8, "", "", ""),
    ("1.7×10⁸", 1.7e8, "", "", ""),
    ("2.5×10⁻³", 0.0025, "", "", ""),
    ("below 20", 20.0, "<", "", ""),
    ("−3", -3.0, "", "", ""),
    ("not detected", None, "", "not detected", ""),
    ("Not Detected", None, "", "not detected", ""),
    ("undetectable", None, "", "not detected", ""),
    ("Target not detected", None, "", "not detected", ""),
    ("detected", None, "", "detected", ""),
    ("detected, below 20", 20.0, "<", "detected", ""),
    ("Detected (<20)", 20.0, "<", "detected", ""),
    ("<20, not detected", 20.0, "<", "not detected", ""),
    ("positive", None, "", "positive", ""),
    ("POS", None, "", "positive", ""),
    ("positive (COI 12.3)", 12.3, "", "positive", ""),
    ("negative", None, "", "negative", ""),
    ("neg.", None, "", "negative", ""),
    ("-", None, "", "negative", ""),
    ("reactive", None, "", "reactive", ""),
    ("non-reactive", None, "", "non-reactive", ""),
    ("Nonreactive", None, "", "non-reactive", ""),
    ("trace", None, "", "trace", ""),
    ("equivocal", None, "", "equivocal", ""),
    ("<20 IU/mL", 20.0, "<", "", "[IU]/mL"),
    ("5.2 ×10³/µL", 5.2, "", "", "10*3/uL"),
    ("130 g/L", 130.0, "", "", "g/L"),
    ("1.7 x 10^8 copies/mL", 1.7e8, "", "", "{copies}/mL"),
]


@pytest.mark.parametrize(("text", "value", "comparator", "qualitative", "unit"), ACCEPTED)
def test_results_as_printed_are_read(
    text: str, value: float | None, comparator: str, qualitative: str, unit: str
) -> None:
    parsed = parse_value(text)
    assert parsed == ParsedValue(value, comparator, qualitative, text, unit)


def test_the_original_text_is_kept_exactly() -> None:
    assert parse_value("  Detected, below 20 ").text == "  Detected, below 20 "


@pytest.mark.parametrize("text", ["5..2", "abc", "5.2 H", "1.2.3", "<", "5,2,1", "20 20", "x10^3"])
def test_unreadable_results_get_a_plain_message(text: str) -> None:
    with pytest.raises(LabInputError) as caught:
        parse_value(text)
    assert caught.value.message == (
        f"Could not read '{text}' as a number. Type it as printed, e.g. 5.2, <20 or not detected."
    )


def test_the_exact_message_from_the_brief() -> None:
    with pytest.raises(LabInputError, match=r"Could not read '5\.\.2' as a number\. Type it"):
        parse_value("5..2")


def test_a_comma_that_could_be_thousands_or_decimals_is_asked_not_guessed() -> None:
    with pytest.raises(LabInputError) as caught:
        parse_value("1,500")
    assert (
        caught.value.message
        == "'1,500' could mean 1500 or 1.5. Type it without the comma: 1500 or 1.5."
    )


def test_empty_text_asks_for_a_value() -> None:
    with pytest.raises(LabInputError, match="Type the result as printed"):
        parse_value("   ")


def test_a_number_too_large_to_keep_is_refused_plainly() -> None:
    with pytest.raises(LabInputError, match="too large"):
        parse_value("1e99999")


def test_very_long_text_is_refused_plainly() -> None:
    with pytest.raises(LabInputError, match="too long"):
        parse_value("5" * 500)


@given(st.text(max_size=80))
def test_any_text_is_read_or_explained_never_crashes(text: str) -> None:
    try:
        parsed = parse_value(text)
    except LabInputError as error:
        assert error.message
        assert "\n" not in error.message
    else:
        assert parsed.text == text
        assert parsed.comparator in ("", "<", ">", "<=", ">=")
        assert parsed.value is not None or parsed.qualitative


@given(st.text(alphabet="0123456789.,<>=-+ eExX*^×⁰¹²³⁴⁵⁶⁷⁸⁹⁻µuLgd/", max_size=30))
def test_number_like_text_is_read_or_explained_never_crashes(text: str) -> None:
    try:
        parsed = parse_value(text)
    except LabInputError as error:
        assert error.message
    else:
        assert parsed.value is None or parsed.value == parsed.value  # never NaN


@given(st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False))
def test_a_plain_number_reads_back_as_itself(number: float) -> None:
    text = repr(number)
    assert parse_value(text).value == number
    assert parse_value("<" + text).comparator == "<"
