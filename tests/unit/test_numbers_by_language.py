"""Numbers typed and shown in the person's language: "0,9" in German is 0.9, and so is "0.9";
a figure that could be off by a thousand is asked, never guessed."""

from __future__ import annotations

import pytest

from app.domain.i18n.numbers import decimal_mark, figure, localize
from app.domain.labs import LabInputError, parse_range, parse_value
from tests.support.languages import speaking


@pytest.mark.parametrize(
    ("typed", "value"),
    [("0,9", 0.9), ("0.9", 0.9), ("1,500", 1.5), ("12.5", 12.5), ("2.500,5", 2500.5),
     ("1.234.567", 1234567), ("<0,5", 0.5), ("5,2 ×10^3", 5200), ("12 345,6", 12345.6)],
)  # fmt: skip
def test_german_reads_the_comma_as_the_decimal_mark(typed: str, value: float) -> None:
    with speaking("de"):
        assert parse_value(typed).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("typed", "value"),
    [("0,9", 0.9), ("1.500", 1.5), ("2,500.5", 2500.5), ("1,234,567", 1234567)],
)
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_english_and_chinese_read_the_point_as_the_decimal_mark(
    typed: str, value: float, language: str
) -> None:
    with speaking(language):
        assert parse_value(typed).value == pytest.approx(value)


def test_a_figure_that_could_be_thousands_is_asked_in_each_language() -> None:
    with speaking("de"), pytest.raises(LabInputError) as german:
        parse_value("1.500")
    assert "1500" in german.value.message and "1,5" in german.value.message
    with pytest.raises(LabInputError) as english:
        parse_value("1,500")
    assert "1500" in english.value.message and "1.5" in english.value.message
    with speaking("de"), pytest.raises(LabInputError):
        parse_value("1,234,567")  # commas do not group in German


def test_a_printed_range_reads_with_the_languages_mark() -> None:
    with speaking("de"):
        assert parse_range("3,5–5,0")[:2] == (3.5, 5.0)
        # "150.000" could be 150 to someone used to points: kept as printed, not read
        assert parse_range("150.000–400.000") == (None, None, "150.000–400.000")
        assert parse_range("1.500.000–4.000.000")[:2] == (1_500_000, 4_000_000)


def test_figures_show_the_languages_marks() -> None:
    assert figure(1.6) == "1.6"
    assert localize(f"{2500000.5:,.1f}") == "2,500,000.5"
    with speaking("de"):
        assert decimal_mark() == ","
        assert figure(1.6) == "1,6"
        assert figure(37.25, 1) == "37,2"
        assert localize(f"{2500000.5:,.1f}") == "2.500.000,5"
    with speaking("zh_CN"):
        assert figure(0.25) == "0.25"
