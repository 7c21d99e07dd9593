"""The range is what the person typed: no grade from a guess, ranges converted exactly or not at
all, and a range in another unit than its result refused wherever it comes from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.checks import check_result
from app.domain.errors import ValidationError
from app.domain.labs import Flag, load_catalogue
from app.domain.labs.entry import (
    convert_range_text,
    default_range_text,
    read_row,
    result_grade,
    unit_choices,
)
from app.domain.records import LabPanel, LabResult, Sex
from app.paths import seed_path
from app.store.diary import Diary

BY_CODE = {t.code: t for t in load_catalogue(seed_path("labs.toml"))}
CODES = set(BY_CODE)


def test_bilirubin_in_micromoles_with_its_own_range_is_in_range_and_not_graded() -> None:
    reading = read_row(BY_CODE["bili"], "15", "µmol/L", "3–21")
    assert reading.flag == Flag.NORMAL and reading.grade is None
    assert reading.result is not None and reading.result.unit == "umol/L"


def test_without_a_typed_range_there_is_no_flag_and_no_grade() -> None:
    # Before, the catalogue's 0.1–1 mg/dL stood in the box: 15 µmol/L read as grade 4.
    reading = read_row(BY_CODE["bili"], "15", "µmol/L", "")
    assert reading.flag == Flag.UNKNOWN and reading.grade is None
    # Hb 75 g/L is a severe anaemia: a grade is given only against the lab's own range.
    assert read_row(BY_CODE["hgb"], "75", "g/L", "").grade is None
    graded = read_row(BY_CODE["hgb"], "75", "g/L", "135–175")
    assert graded.flag == Flag.LOW and graded.grade == 3


def test_a_range_printed_in_another_unit_cannot_be_kept() -> None:
    reading = read_row(BY_CODE["bili"], "15", "µmol/L", "0.1–1.0 mg/dL")
    assert reading.result is None
    assert "in mg/dL but the result is in µmol/L" in reading.message
    same = read_row(BY_CODE["bili"], "15", "µmol/L", "3–21 µmol/L")
    assert same.flag == Flag.NORMAL


def test_the_domain_check_refuses_a_range_in_another_unit_whoever_saves_it(
    tmp_path: Path, fast_key
) -> None:
    bad = LabResult(
        None, "bili", 15.0, "umol/L", text="15", range_low=0.1, range_high=1.0,
        range_text="0.1–1 mg/dL",
    )  # fmt: skip
    with pytest.raises(ValidationError, match="in mg/dL but the result is in µmol/L"):
        check_result(bad, CODES)
    with Diary.create_with_key(tmp_path / "d.db", fast_key) as diary:
        with pytest.raises(ValidationError):
            diary.save_panel(
                LabPanel(None, date(2026, 3, 2), results=(bad,)), today=date(2026, 3, 2)
            )
        assert diary.panels() == []


def test_where_a_range_came_from_must_be_known() -> None:
    result = LabResult(None, "alt", 30.0, "U/L", text="30", range_source="guessed")
    with pytest.raises(ValidationError, match="where a range comes from"):
        check_result(result, CODES)


@pytest.mark.parametrize(
    ("code", "text", "from_unit", "to_unit", "expected"),
    [
        ("bili", "0.1–1.0", "mg/dL", "umol/L", "1.71–17.1"),
        ("bili", "3–21", "umol/L", "mg/dL", "0.175–1.23"),
        ("hgb", "13.5–17.5", "g/dL", "g/L", "135–175"),
        ("alt", "7–55", "U/L", "ukat/L", "0.117–0.917"),
        ("alt", "0.15–0.75", "ukat/L", "U/L", "9–45"),  # exactly 1/60
        ("il6", "<6.4", "pg/mL", "ng/L", "<6.4"),
        ("wbc", "4.5–11", "10*3/uL", "10*9/L", "4.5–11"),
    ],
)
def test_a_typed_range_is_converted_with_the_exact_factor(
    code: str, text: str, from_unit: str, to_unit: str, expected: str
) -> None:
    assert convert_range_text(BY_CODE[code], text, from_unit, to_unit) == expected


def test_a_range_that_cannot_be_converted_exactly_is_not_converted() -> None:
    hbv = BY_CODE["hbvdna"]
    assert convert_range_text(hbv, "<20", "[IU]/mL", "{copies}/mL") is None  # assay-dependent
    assert convert_range_text(BY_CODE["hgb"], "13–17", "g/dL", "mmol/dL?") is None
    assert convert_range_text(BY_CODE["hbsag"], "negative", "", "") == "negative"
    assert convert_range_text(BY_CODE["hgb"], "normal", "g/dL", "g/L") is None


def test_the_usual_range_hint_is_given_in_the_row_unit_or_not_at_all() -> None:
    assert default_range_text(BY_CODE["bili"], Sex.MALE, "umol/L") == "1.71–17.1"
    assert default_range_text(BY_CODE["hgb"], Sex.FEMALE, "g/L") == "120–160"
    assert default_range_text(BY_CODE["hgb"], Sex.FEMALE, "g/dL") == "12–16"
    assert default_range_text(BY_CODE["hbvdna"], Sex.MALE, "{copies}/mL") == ""


def test_the_unit_system_chooses_the_first_unit_offered() -> None:
    assert unit_choices(BY_CODE["hgb"], "conventional")[0] == ("g/dL", "g/dL")
    assert unit_choices(BY_CODE["hgb"], "si")[0] == ("g/L", "g/L")
    assert unit_choices(BY_CODE["wbc"], "si")[0] == ("×10⁹/L", "10*9/L")
    assert unit_choices(BY_CODE["hbvdna"], "si")[0] == ("IU/mL", "[IU]/mL")


def test_a_saved_result_without_a_range_has_no_grade() -> None:
    result = LabResult(None, "plt", 20.0, "10*3/uL", text="20")
    assert result_grade(BY_CODE["plt"], result) is None
    ranged = LabResult(None, "plt", 20.0, "10*3/uL", text="20", range_low=150, range_high=450)
    assert result_grade(BY_CODE["plt"], ranged) == 4
