"""Lab rules at their boundaries: each result outside its range once, at the severity its CTCAE
grade gives; back in range steps down; rise from baseline; HBV DNA. Hy's law: test_rules_liver."""

from __future__ import annotations

import pytest

from app.rules import default_rules, evaluate
from app.rules.catalogue import with_settings
from tests.support.snapshots import START, days_ago, panel, result, snapshot


def fired(snap, rule_id: str, settings: dict[str, str] | None = None) -> list[str]:
    """Evidence of one rule, evaluated alone (so no other rule claims its evidence)."""
    rules = [r for r in with_settings(default_rules(), settings or {}) if r.id == rule_id]
    found = evaluate(snap, rules)
    return list(found[0].evidence) if found else []


LAB_CONDITIONS = {"lab_grade", "out_of_range", "rise_from_baseline", "hbv_rise", "hys_law"}


def lab_warnings(snap):
    """What every lab rule in the file raises together (labs due and doses left out)."""
    return evaluate(snap, [r for r in default_rules() if r.condition in LAB_CONDITIONS])


def seen(snap) -> list[tuple[str, str]]:
    """(rule, severity) of every warning the lab rules raise together."""
    return [(w.rule, w.severity) for w in lab_warnings(snap)]


# (test, value, low, high, what the whole rule file shows): each CTCAE boundary and just past it.
SEVERITY_BY_GRADE = [
    ("alt", 55, 7, 55, []),
    ("alt", 55.1, 7, 55, [("lab_out_of_range", "info")]),  # grade 1
    ("alt", 165, 7, 55, [("lab_out_of_range", "info")]),  # 3x: still grade 1
    ("alt", 165.1, 7, 55, [("liver_grade", "warning")]),  # grade 2
    ("alt", 275, 7, 55, [("liver_grade", "warning")]),  # 5x: still grade 2
    ("alt", 275.1, 7, 55, [("lab_grade_severe", "urgent")]),  # grade 3
    ("alt", 1100.1, 7, 55, [("lab_grade_severe", "urgent")]),  # grade 4
    ("bili", 1.5, 0.1, 1.0, [("lab_out_of_range", "info")]),  # 1.5x: grade 1
    ("bili", 1.51, 0.1, 1.0, [("liver_grade", "warning")]),
    ("bili", 3.0, 0.1, 1.0, [("liver_grade", "warning")]),
    ("bili", 3.01, 0.1, 1.0, [("lab_grade_severe", "urgent")]),
    ("alb", 3.0, 3.5, 5.0, [("lab_out_of_range", "info")]),  # a liver test below its range
    ("alb", 2.9, 3.5, 5.0, [("liver_grade", "warning")]),
    ("plt", 150, 150, 450, []),
    ("plt", 149, 150, 450, [("lab_out_of_range", "info")]),
    ("plt", 75, 150, 450, [("lab_out_of_range", "info")]),
    ("plt", 74.9, 150, 450, [("blood_count_low", "warning")]),
    ("plt", 50, 150, 450, [("blood_count_low", "warning")]),
    ("plt", 49.9, 150, 450, [("lab_grade_severe", "urgent")]),
    ("cd4", 499, 540, 1496, [("blood_count_low", "warning")]),
    # CTCAE does not grade these: a note at most, however far out.
    ("wbc", 25.0, 4.5, 11.0, [("lab_out_of_range", "info")]),
    ("cd8", 2500, 270, 918, [("lab_out_of_range", "info")]),
    ("igg", 400, 767, 1590, [("lab_out_of_range", "info")]),
    ("il6", 90, None, 6.4, [("lab_out_of_range", "info")]),
]


@pytest.mark.parametrize(("code", "value", "low", "high", "expected"), SEVERITY_BY_GRADE)
def test_a_result_is_shown_once_at_the_severity_its_grade_gives(
    code: str, value: float, low: float | None, high: float, expected: list
) -> None:
    snap = snapshot(panels=(panel(days_ago(10), result(code, value, low, high)),))
    assert seen(snap) == expected


def test_a_first_panel_ever_with_mild_and_ungraded_results_raises_one_note() -> None:
    snap = snapshot(
        panels=(
            panel(
                days_ago(3),
                result("wbc", 4.2, 4.5, 11.0),  # grade 1
                result("lymph", 0.9, 1.0, 4.8),  # grade 1
                result("plt", 140, 150, 450),  # grade 1
                result("cd8", 1100, 270, 918),  # no CTCAE grade
                result("igg", 1700, 767, 1590),  # no CTCAE grade
                result("hgb", 14.0, 13.5, 17.5),  # within range
            ),
        )
    )
    found = lab_warnings(snap)
    assert [(w.rule, w.severity) for w in found] == [("lab_out_of_range", "info")]
    evidence = found[0].evidence
    assert len(evidence) == 5
    assert evidence[0] == (
        "WBC 4.2 ×10³/µL on 21 Nov, below its range (4.5–11), grade 1 of 5 on the CTCAE scale"
    )
    assert "CD8 1100 /µL on 21 Nov, above its range (270–918), 1.2× the upper limit" in evidence
    assert not any("life-threatening" in e for e in evidence)


def test_a_word_result_that_is_not_the_expected_one_is_a_note() -> None:
    positive = result("hbsag", 0)
    positive = positive.__class__(
        id=None, test_code="hbsag", value=None, unit="", text="positive", range_text="negative"
    )
    negative = positive.__class__(
        id=None, test_code="hbsag", value=None, unit="", text="negative", range_text="negative"
    )
    snap = snapshot(panels=(panel(days_ago(90), positive),))
    assert fired(snap, "lab_out_of_range") == [
        "HBsAg positive on 26 Aug, where the report expects negative"
    ]
    later = snapshot(panels=(panel(days_ago(90), positive), panel(days_ago(5), negative)))
    (warning,) = lab_warnings(later)
    assert warning.evidence == (
        "HBsAg positive on 26 Aug, where the report expects negative; negative since 19 Nov",
    )


def test_a_result_back_in_range_steps_its_warning_down_to_a_note() -> None:
    snap = snapshot(
        panels=(
            panel(days_ago(120), result("alt", 200, 7, 55)),  # grade 2
            panel(days_ago(60), result("alt", 70, 7, 55)),  # still above
            panel(days_ago(29), result("alt", 44, 10, 50)),  # back within range
            panel(days_ago(2), result("alt", 40, 10, 50)),
        )
    )
    found = lab_warnings(snap)
    assert [(w.rule, w.severity) for w in found] == [
        ("liver_grade", "info"),
        ("lab_out_of_range", "info"),
    ]
    grade2 = found[0]
    assert grade2.evidence == (
        "ALT 200 U/L on 27 Jul, 3.6× the upper limit (55), grade 2 of 5 on the CTCAE scale; "
        "back in range since 26 Oct (44 U/L)",
    )
    assert grade2.message.startswith("This was seen earlier, and newer results are back")
    assert "back in range since 26 Oct" in found[1].evidence[0]


def test_a_warning_with_current_evidence_keeps_its_severity() -> None:
    snap = snapshot(
        panels=(
            panel(days_ago(120), result("alt", 200, 7, 55), result("ast", 200, 8, 48)),
            panel(days_ago(10), result("alt", 44, 7, 55), result("ast", 150, 8, 48)),
        )
    )
    (liver, *_) = lab_warnings(snap)
    assert (liver.rule, liver.severity) == ("liver_grade", "warning")
    assert [e[:18] for e in liver.evidence] == [  # current first, then what has settled
        "AST 200 U/L on 27 ",
        "AST 150 U/L on 14 ",
        "ALT 200 U/L on 27 ",
    ]
    assert liver.evidence[-1].endswith("back in range since 14 Nov (44 U/L)")


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (0.3, 0.6, [("liver_rise", "info")]),  # doubled, still within range: a note at most
        (0.3, 0.59, []),
        (0.3, 1.2, [("lab_out_of_range", "info")]),  # out of range: said once, as out of range
    ],
)
def test_a_change_inside_the_range_is_a_note_at_most(
    before: float, after: float, expected: list
) -> None:
    snap = snapshot(
        panels=(
            panel(START.replace(day=20), result("bili", before, 0.1, 1.0)),
            panel(days_ago(5), result("bili", after, 0.1, 1.0)),
        )
    )
    assert seen(snap) == expected


def test_liver_rise_reads_within_its_range() -> None:
    snap = snapshot(
        panels=(
            panel(START.replace(day=20), result("bili", 0.3, 0.1, 1.0)),
            panel(days_ago(5), result("bili", 0.6, 0.1, 1.0)),
        )
    )
    assert fired(snap, "liver_rise") == [
        "TBIL 0.6 mg/dL on 19 Nov, within its range, 100% above the course baseline of "
        "0.3 mg/dL (20 Jan)"
    ]


@pytest.mark.parametrize(("age", "fires"), [(179, True), (180, False)])
def test_lab_rules_look_back_only_so_far(age: int, fires: bool) -> None:
    snap = snapshot(panels=(panel(days_ago(age), result("alt", 200, 7, 55)),))
    assert bool(fired(snap, "liver_grade")) is fires
    assert bool(fired(snap, "lab_out_of_range")) is fires


def test_grade_thresholds_are_the_persons_own() -> None:
    snap = snapshot(panels=(panel(days_ago(10), result("alt", 100, 7, 55)),))
    assert fired(snap, "liver_grade") == []
    assert fired(snap, "liver_grade", {"rules.liver_grade.min_grade": "1"}) != []
    assert fired(snap, "liver_grade", {"rules.liver_grade.min_grade": "nonsense"}) == []


def test_an_abnormal_baseline_grades_alp_against_the_baseline() -> None:
    # ALP 300 is 2.6x the upper limit (grade 2 against the range), but only 1.5x a baseline of
    # 200 that was already above its range: CTCAE v5 does not grade it, so it is a note.
    snap = snapshot(
        panels=(
            panel(START.replace(day=20), result("alp", 200, 45, 115)),
            panel(days_ago(5), result("alp", 300, 45, 115)),
        )
    )
    found = lab_warnings(snap)
    assert [(w.rule, w.severity) for w in found] == [("lab_out_of_range", "info")]
    assert found[0].evidence[-1] == (
        "ALP 300 U/L on 19 Nov, above its range (45–115), 2.6× the upper limit, not graded: "
        "CTCAE counts this test from your course baseline (200 U/L on 20 Jan), which was already "
        "above its range"
    )


@pytest.mark.parametrize(("ggt", "expected"), [(400, "liver_grade"), (400.1, "lab_grade_severe")])
def test_after_an_abnormal_baseline_the_grade_counts_in_multiples_of_it(
    ggt: float, expected: str
) -> None:
    # Baseline 80 above a limit of 48: grade 2 up to 5x the baseline (400), grade 3 above.
    snap = snapshot(
        panels=(
            panel(START.replace(day=20), result("ggt", 80, 9, 48)),
            panel(days_ago(5), result("ggt", ggt, 9, 48)),
        )
    )
    rule = next(
        w for w in lab_warnings(snap) if any("GGT" in e and "19 Nov" in e for e in w.evidence)
    )
    assert rule.rule == expected
    assert "counted from your course baseline (80 U/L on 20 Jan)" in rule.evidence[0]


@pytest.mark.parametrize(("ggt", "fires"), [(40, True), (39.9, False)])
def test_rise_from_baseline_at_the_percent(ggt: float, fires: bool) -> None:
    # Baseline: the last result in the 90 days up to the course start. GGT 20 -> +100% is 40.
    snap = snapshot(
        panels=(
            panel(START.replace(day=20), result("ggt", 20, 9, 48)),
            panel(days_ago(5), result("ggt", ggt, 9, 48)),
        )
    )
    assert bool(fired(snap, "liver_rise")) is fires


def test_rise_ignores_a_value_given_as_below() -> None:
    snap = snapshot(
        panels=(
            panel(START.replace(day=20), result("ggt", 20, 9, 48)),
            panel(days_ago(5), result("ggt", 50, 9, 48, comparator="<")),
        )
    )
    assert fired(snap, "liver_rise") == []


def test_out_of_range_without_a_printed_range_uses_the_usual_one() -> None:
    snap = snapshot(
        panels=(
            panel(days_ago(100), result("lymph", 2.0)),
            panel(days_ago(5), result("lymph", 0.9)),
        )
    )
    (text,) = fired(snap, "lab_out_of_range")
    assert "below its range (usual range 1–4.8), grade 1 of 5 on the CTCAE scale" in text
    assert text.endswith("; it was 2 on 16 Aug, within range")


@pytest.mark.parametrize(
    ("values", "fires"),
    [
        ([1000, 100, 999], False),  # < 1 log10 above the lowest
        ([1000, 100, 1000], True),  # exactly 1 log10
        ([2000, 1000, 5000], False),  # never fell; rise from 1000 is 0.7
        ([500, 20, 200], True),
    ],
)
def test_hbv_breakthrough_is_one_log_above_the_lowest(values: list[float], fires: bool) -> None:
    days = (days_ago(150), days_ago(90), days_ago(10))
    snap = snapshot(
        panels=tuple(panel(d, result("hbvdna", v)) for d, v in zip(days, values, strict=True))
    )
    assert bool(fired(snap, "hbv_breakthrough")) is fires


def test_hbv_undetectable_counts_as_its_limit() -> None:
    snap = snapshot(
        panels=(
            panel(days_ago(90), result("hbvdna", 20, comparator="<")),
            panel(days_ago(10), result("hbvdna", 250)),
        )
    )
    (text,) = fired(snap, "hbv_breakthrough")
    assert "1.1 log10 above the lowest value since the course began (<20 IU/mL" in text


def test_hbv_before_the_course_is_not_on_treatment() -> None:
    snap = snapshot(
        panels=(
            panel(START.replace(day=10), result("hbvdna", 20)),
            panel(days_ago(10), result("hbvdna", 250)),
        )
    )
    assert fired(snap, "hbv_breakthrough") == []


def test_a_result_during_the_course_is_never_the_baseline_a_grade_counts_from() -> None:
    # ALT 200 on the first panel of the course, then 500: 9x the upper limit is grade 3, not
    # 2.5x "a baseline" of 200. Only a result from the 90 days before the start is a baseline.
    snap = snapshot(
        panels=(
            panel(days_ago(120), result("alt", 200, 7, 55)),
            panel(days_ago(10), result("alt", 500, 7, 55)),
        )
    )
    assert ("lab_grade_severe", "urgent") in seen(snap)


def test_a_result_typed_in_si_units_reads_as_printed_not_converted() -> None:
    """40 µmol/L with a printed range up to 21 is graded in mg/dL but shown as printed."""
    earlier = result("bili", 25, 5, 21, unit="umol/L")
    later = result("bili", 40, None, 21, unit="umol/L")
    snap = snapshot(panels=(panel(days_ago(20), earlier), panel(days_ago(3), later)))
    found = {w.rule: w.evidence for w in lab_warnings(snap)}
    assert found["liver_grade"] == (
        "TBIL 40 µmol/L on 21 Nov, 1.9× the upper limit (21), grade 2 of 5 on the CTCAE scale",
    )
    assert found["lab_out_of_range"][0].startswith(
        "TBIL 25 µmol/L on 4 Nov, above its range (5–21), 1.2× the upper limit, grade 1 of 5"
    )
    assert "since then 40 µmol/L on 21 Nov" in found["lab_out_of_range"][0]
