"""Reading a typed report row, and a test's history split into chartable series."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.labs import Flag, load_catalogue
from app.domain.labs.entry import default_range_text, read_row, unit_code
from app.domain.labs.entry import match_test as find_test
from app.domain.records import LabPanel, LabResult, Sex
from app.paths import seed_path
from app.store.diary import Diary
from app.ui.labs.series import charted_tests, history_of

TESTS = load_catalogue(seed_path("labs.toml"))
BY_CODE = {t.code: t for t in TESTS}


@pytest.mark.parametrize("typed", ["ALT", "alt", "1742-6", "Alanine aminotransferase"])
def test_a_test_is_found_by_abbreviation_loinc_or_name(typed: str) -> None:
    assert find_test(TESTS, typed) == BY_CODE["alt"]


def test_half_typed_names_find_nothing_yet() -> None:
    assert find_test(TESTS, "Alan") is None
    assert find_test(TESTS, "") is None


def test_ranges_start_from_the_catalogue_by_sex() -> None:
    assert default_range_text(BY_CODE["hgb"], Sex.MALE) == "14–17"
    assert default_range_text(BY_CODE["hgb"], Sex.FEMALE) == "12–16"
    assert default_range_text(BY_CODE["hgb"], Sex.UNKNOWN) == "12–17"
    assert default_range_text(BY_CODE["il6"], Sex.MALE) == "<6.4"
    assert default_range_text(BY_CODE["hbsag"], Sex.MALE) == "negative"


def test_picked_pretty_unit_is_stored_as_ucum_and_unknown_units_as_typed() -> None:
    wbc = BY_CODE["wbc"]
    assert unit_code(wbc, "×10³/µL") == "10*3/uL"
    assert unit_code(wbc, "G/L") == "10*9/L"
    assert unit_code(wbc, "cells per jar") == "cells per jar"


def test_a_high_alt_reads_as_high_with_its_ctcae_grade() -> None:
    reading = read_row(BY_CODE["alt"], "118", "U/L", "7–55")
    assert reading.flag == Flag.HIGH and reading.grade == 1
    assert reading.result is not None and reading.result.text == "118"
    assert read_row(BY_CODE["alt"], "170", "U/L", "7–55").grade == 2


def test_a_censored_value_keeps_its_text_and_comparator_and_has_no_grade() -> None:
    reading = read_row(BY_CODE["hbvdna"], "<20 IU/mL", "", "")
    result = reading.result
    assert result is not None
    assert (result.value, result.comparator, result.text, result.unit) == (
        20.0,
        "<",
        "<20 IU/mL",
        "[IU]/mL",
    )
    assert reading.grade is None


def test_a_one_sided_printed_range_is_kept_as_printed() -> None:
    result = read_row(BY_CODE["il6"], "7.1", "pg/mL", "< 6.4").result
    assert result is not None
    assert (result.range_low, result.range_high, result.range_text) == (None, 6.4, "< 6.4")


def test_words_are_compared_with_the_printed_words() -> None:
    assert read_row(BY_CODE["hbsag"], "positive", "", "negative").flag == Flag.ABNORMAL
    assert read_row(BY_CODE["hbsag"], "Negative", "", "negative").flag == Flag.NORMAL


def test_unreadable_values_give_a_message_not_a_result() -> None:
    reading = read_row(BY_CODE["alt"], "1,500", "U/L", "7–55")
    assert reading.result is None and "1500 or 1.5" in reading.message
    assert "Pick a test" in read_row(None, "5", "", "").message
    assert read_row(BY_CODE["alt"], "", "U/L", "7–55").result is None


def _panel(day: date, *results: LabResult) -> LabPanel:
    return LabPanel(id=None, collected_on=day, results=results)


def test_a_history_converts_with_exact_factors_and_keeps_unknown_units_apart() -> None:
    hgb = BY_CODE["hgb"]
    panels = [
        _panel(date(2026, 1, 5), LabResult(None, "hgb", 14.2, "g/dL", text="14.2",
                                           range_low=13.5, range_high=17.5)),
        _panel(date(2026, 4, 5), LabResult(None, "hgb", 130.0, "g/L", text="130",
                                           range_low=120, range_high=160)),
        _panel(date(2026, 7, 5), LabResult(None, "hgb", 8.1, "mmol/dL?", text="8.1")),
    ]  # fmt: skip
    history = history_of(hgb, panels)
    assert [(p.day, p.value) for p in history.main.points] == [
        (date(2026, 1, 5), 14.2),
        (date(2026, 4, 5), 13.0),
    ]
    # Each panel's printed range becomes a step of the band, in the chart unit.
    assert [(b.low, b.high) for b in history.main.bands] == [(13.5, 17.5), (12.0, 16.0)]
    (apart,) = history.apart
    assert apart.unit == "mmol/dL?" and [p.value for p in apart.points] == [8.1]
    assert "no exact factor" in apart.note


def test_hbv_dna_in_copies_is_never_converted_to_iu() -> None:
    hbv = BY_CODE["hbvdna"]
    panels = [
        _panel(date(2026, 1, 5), LabResult(None, "hbvdna", 1200.0, "[IU]/mL", text="1200")),
        _panel(date(2026, 4, 5), LabResult(None, "hbvdna", 5000.0, "copies/mL", text="5000")),
        _panel(date(2026, 7, 5), LabResult(None, "hbvdna", None, "", text="not detected",
                                           range_text="not detected")),
    ]  # fmt: skip
    history = history_of(hbv, panels)
    assert [p.value for p in history.main.points] == [1200.0]
    (copies,) = history.apart
    assert [p.value for p in copies.points] == [5000.0]
    assert "never converted" in copies.note
    assert [(w.text, w.flagged) for w in history.words] == [("not detected", False)]


def test_only_tests_with_results_are_offered_for_charts() -> None:
    panels = [_panel(date(2026, 1, 5), LabResult(None, "alt", 30.0, "U/L"))]
    assert [t.code for t in charted_tests(TESTS, panels)] == ["alt"]


def test_the_diary_says_which_labs_are_due(tmp_path: Path, fast_key) -> None:
    with Diary.create_with_key(tmp_path / "d.db", fast_key) as diary:
        diary.save_panel(
            _panel(date(2026, 3, 2), LabResult(None, "alt", 30.0, "U/L", text="30")),
            today=date(2026, 3, 2),
        )
        due = {item.group: item for item in diary.labs_due(date(2026, 7, 1))}
    assert [*due] == ["CBC", "Liver", "Immune"]
    liver = due["Liver"]
    assert (liver.last_done, liver.due_from, liver.due_by) == (
        date(2026, 3, 2),
        date(2026, 6, 2),
        date(2026, 9, 2),
    )
    assert liver.status == "due"
    assert due["CBC"].status == "never_done" and due["CBC"].last_done is None


def test_a_person_on_si_units_sees_the_history_in_si_units() -> None:
    hgb = BY_CODE["hgb"]
    panels = [
        _panel(date(2026, 1, 5), LabResult(None, "hgb", 14.2, "g/dL", text="14.2",
                                           range_low=13.5, range_high=17.5)),
        _panel(date(2026, 4, 5), LabResult(None, "hgb", 130.0, "g/L", text="130",
                                           range_low=120, range_high=160)),
    ]  # fmt: skip
    history = history_of(hgb, panels, "g/L")
    assert history.main.unit_label == "g/L"
    assert [p.value for p in history.main.points] == [142.0, 130.0]
    assert [(b.low, b.high) for b in history.main.bands] == [(135.0, 175.0), (120.0, 160.0)]
    # The value typed in g/L keeps its printed label; the converted one shows its number.
    assert [p.label for p in history.main.points] == ["", "130"]


@pytest.mark.parametrize(
    ("printed", "code"),
    [
        ("GPT", "alt"),
        ("GPT (ALT)", "alt"),
        ("GOT", "ast"),
        ("Bilirubin gesamt", "bili"),
        ("Bilirubin ges.", "bili"),
        ("Lymphozyten absolut", "lymph"),
        ("Neutrophile absolut", "neut"),
        ("γ-GT", "ggt"),
    ],
)
def test_names_as_german_and_older_reports_print_them_find_their_test(
    printed: str, code: str
) -> None:
    found = find_test(TESTS, printed)
    assert found is not None and found.code == code


def test_an_ambiguous_name_is_not_guessed() -> None:
    assert find_test(TESTS, "Lymphozyten %") is None
