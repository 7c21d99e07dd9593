"""Questions asked before saving a result that looks like a typo or the wrong unit."""

from __future__ import annotations

from pathlib import Path

from app.domain.labs import find_test, load_catalogue, plausibility_questions
from app.domain.records import LabTest

CATALOGUE = load_catalogue(Path(__file__).resolve().parents[2] / "seeds" / "labs.toml")


def _test(code: str) -> LabTest:
    test = find_test(CATALOGUE, code)
    assert test is not None
    return test


def test_a_believable_value_raises_no_question() -> None:
    assert plausibility_questions(_test("hgb"), 13.5, "g/dL") == []
    assert plausibility_questions(_test("hgb"), 135, "g/L") == []
    assert plausibility_questions(_test("alt"), 30, "IU/L") == []


def test_hemoglobin_in_g_per_litre_typed_as_g_per_decilitre() -> None:
    assert plausibility_questions(_test("hgb"), 130, "g/dL") == [
        "Hemoglobin 130 g/dL is far above what analysers report. Was it 130 g/L (13.0 g/dL)?"
    ]


def test_albumin_and_bilirubin_wrong_unit() -> None:
    assert plausibility_questions(_test("alb"), 35, "g/dL") == [
        "Albumin 35 g/dL is far above what analysers report. Was it 35 g/L (3.5 g/dL)?"
    ]
    assert plausibility_questions(_test("bili"), 35, "mg/dL") == [
        "Bilirubin, total 35 mg/dL is unusually high. Was it 35 µmol/L (2.05 mg/dL)?"
    ]


def test_plausibility_speaks_in_the_unit_that_was_typed() -> None:
    # Hb 75 g/L is a severe anaemia, but a real result; 75 g/dL is not.
    assert plausibility_questions(_test("hgb"), 75, "g/L") == []
    assert plausibility_questions(_test("hgb"), 75, "g/dL") == [
        "Hemoglobin 75 g/dL is higher than lab analysers report (up to 25.6 g/dL). "
        "Is that what the report says?"
    ]
    assert plausibility_questions(_test("hgb"), 30, "g/L") == [
        "Hemoglobin 30 g/L is lower than lab analysers report (from 45 g/L). "
        "Is that what the report says?"
    ]
    assert plausibility_questions(_test("alb"), 25, "g/L") == []
    assert plausibility_questions(_test("bili"), 15, "µmol/L") == []


def test_outside_what_analysers_report() -> None:
    assert plausibility_questions(_test("wbc"), 500, "10*3/uL") == [
        "White blood cells 500 ×10³/µL is higher than lab analysers report "
        "(up to 440 ×10³/µL). Is that what the report says?"
    ]
    assert plausibility_questions(_test("rbc"), 0.005, "10*6/uL") == [
        "Red blood cells 0.005 ×10⁶/µL is lower than lab analysers report "
        "(from 0.01 ×10⁶/µL). Is that what the report says?"
    ]
    assert plausibility_questions(_test("hct"), 110, "%") != []


def test_differential_counts_cannot_exceed_the_white_cells() -> None:
    wbc = _test("wbc")
    assert plausibility_questions(wbc, 4.0, "10*3/uL", {"neut": 3.2, "lymph": 1.5}) == [
        "Neutrophils (3.2) and lymphocytes (1.5) add up to more than the white cell count "
        "(4 ×10³/µL). Is one of them typed wrong?"
    ]
    assert plausibility_questions(wbc, 6.0, "10*3/uL", {"neut": 3.2, "lymph": 1.5}) == []


def test_the_differential_check_works_from_either_side_and_any_unit() -> None:
    questions = plausibility_questions(_test("lymph"), 2.0, "10^9/L", {"wbc": 4.0, "neut": 2.5})
    assert len(questions) == 1
    assert "add up to more than the white cell count" in questions[0]
    assert plausibility_questions(_test("neut"), 3.2, "10*3/uL", {"wbc": 3.0}) == [
        "Neutrophils (3.2) are more than the white cell count (3 ×10³/µL). "
        "Is one of them typed wrong?"
    ]


def test_other_tests_in_the_panel_do_not_trigger_the_differential_check() -> None:
    assert plausibility_questions(_test("alt"), 30, "U/L", {"wbc": 1.0, "neut": 5.0}) == []


def test_unknown_missing_and_never_converted_units_are_asked_about() -> None:
    (unknown,) = plausibility_questions(_test("hgb"), 13, "mg/L")
    assert "does not know the unit 'mg/L'" in unknown
    (missing,) = plausibility_questions(_test("hgb"), 13, "")
    assert missing == "No unit was typed for Hemoglobin. Is it g/dL, as on most reports?"
    (copies,) = plausibility_questions(_test("hbvdna"), 300, "copies/mL")
    assert "not converted to IU/mL" in copies


def test_word_results_and_missing_values_are_not_questioned() -> None:
    assert plausibility_questions(_test("hbsag"), None, "") == []
    assert plausibility_questions(_test("hgb"), None, "g/dL") == []
