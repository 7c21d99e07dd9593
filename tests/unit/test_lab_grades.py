"""CTCAE v5 grades at the exact boundaries of each row of the table in warnings.md."""

from __future__ import annotations

import pytest

from app.domain.labs import (
    BASELINE_GRADED_TESTS,
    GRADED_TESTS,
    baseline_is_abnormal,
    ctcae_grade,
    grade_label,
)

# test, low, high, [(value, grade), ...]: each boundary and the value just past it.
RISES = [
    # ALT, ULN 55: >ULN-3x grade 1, >3-5x grade 2, >5-20x grade 3, >20x grade 4.
    ("alt", 7, 55, [(55, None), (55.1, 1), (165, 1), (165.1, 2), (275, 2), (275.1, 3),
                    (1100, 3), (1100.1, 4)]),
    ("ast", 8, 48, [(48, None), (48.1, 1), (144, 1), (144.1, 2), (240, 2), (240.1, 3),
                    (960, 3), (960.1, 4)]),
    # ALP and GGT: >ULN-2.5x, >2.5-5x, >5-20x, >20x.
    ("alp", 45, 115, [(115, None), (115.1, 1), (287.5, 1), (287.6, 2), (575, 2), (575.1, 3),
                      (2300, 3), (2300.1, 4)]),
    ("ggt", 9, 48, [(48, None), (48.1, 1), (120, 1), (120.1, 2), (240, 2), (240.1, 3),
                    (960, 3), (960.1, 4)]),
    # Bilirubin: >ULN-1.5x, >1.5-3x, >3-10x, >10x; ULN 1.2 checks 3 x 1.2 = 3.6 exactly.
    ("bili", 0.1, 1.2, [(1.2, None), (1.21, 1), (1.8, 1), (1.81, 2), (3.6, 2), (3.61, 3),
                        (12, 3), (12.01, 4)]),
]  # fmt: skip

FALLS = [
    # WBC 10^9/L: <LLN-3.0 grade 1, <3.0-2.0 grade 2, <2.0-1.0 grade 3, <1.0 grade 4.
    ("wbc", 4.5, 11.0, [(4.5, None), (4.49, 1), (3.0, 1), (2.99, 2), (2.0, 2), (1.99, 3),
                        (1.0, 3), (0.99, 4)]),
    ("neut", 1.8, 7.7, [(1.8, None), (1.79, 1), (1.5, 1), (1.49, 2), (1.0, 2), (0.99, 3),
                        (0.5, 3), (0.49, 4)]),
    ("lymph", 1.0, 4.8, [(1.0, None), (0.99, 1), (0.8, 1), (0.79, 2), (0.5, 2), (0.49, 3),
                         (0.2, 3), (0.19, 4)]),
    ("plt", 150, 450, [(150, None), (149, 1), (75, 1), (74.9, 2), (50, 2), (49.9, 3),
                       (25, 3), (24.9, 4)]),
    ("cd4", 540, 1496, [(540, None), (539, 1), (500, 1), (499, 2), (200, 2), (199, 3),
                        (50, 3), (49, 4)]),
    # Hemoglobin g/dL: <LLN-10, <10-8, <8; the table has no grade 4.
    ("hgb", 12.0, 16.0, [(12.0, None), (11.9, 1), (10.0, 1), (9.9, 2), (8.0, 2), (7.9, 3),
                         (3.0, 3)]),
    # Albumin g/dL: <LLN-3, <3-2, <2.
    ("alb", 3.5, 5.0, [(3.5, None), (3.4, 1), (3.0, 1), (2.9, 2), (2.0, 2), (1.9, 3),
                       (0.5, 3)]),
]  # fmt: skip


def _cases(rows: list[tuple[str, float, float, list[tuple[float, int | None]]]]) -> list[tuple]:
    return [
        (code, low, high, value, grade) for code, low, high, pairs in rows for value, grade in pairs
    ]


@pytest.mark.parametrize(("code", "low", "high", "value", "grade"), _cases(RISES))
def test_rises_graded_in_multiples_of_the_upper_limit(
    code: str, low: float, high: float, value: float, grade: int | None
) -> None:
    assert ctcae_grade(code, value, low, high) == grade


@pytest.mark.parametrize(("code", "low", "high", "value", "grade"), _cases(FALLS))
def test_falls_graded_by_absolute_limits(
    code: str, low: float, high: float, value: float, grade: int | None
) -> None:
    assert ctcae_grade(code, value, low, high) == grade


# After an abnormal baseline (above its own upper limit), CTCAE v5 grades the five liver rises in
# multiples of the baseline: ALT/AST grade 1 "1.5 - 3.0 x baseline", ALP/GGT "2.0 - 2.5 x
# baseline" (the start counts), bilirubin "> 1.0 - 1.5 x baseline" (it does not); then
# "> 3.0 - 5.0", "> 5.0 - 20.0", "> 20.0" (ALT/AST), "> 2.5 - 5.0" ... (ALP/GGT), and
# "> 1.5 - 3.0", "> 3.0 - 10.0", "> 10.0" (bilirubin).
BASELINE_RISES = [
    # test, low, high, baseline, [(value, grade), ...]
    ("alt", 7, 55, 100, [(100, None), (149.9, None), (150, 1), (300, 1), (300.1, 2), (500, 2),
                         (500.1, 3), (2000, 3), (2000.1, 4)]),
    ("ast", 8, 48, 60, [(60, None), (89.9, None), (90, 1), (180, 1), (180.1, 2), (300, 2),
                        (300.1, 3), (1200, 3), (1200.1, 4)]),
    ("alp", 45, 115, 200, [(200, None), (399.9, None), (400, 1), (500, 1), (500.1, 2),
                           (1000, 2), (1000.1, 3), (4000, 3), (4000.1, 4)]),
    ("ggt", 9, 48, 80, [(80, None), (159.9, None), (160, 1), (200, 1), (200.1, 2), (400, 2),
                        (400.1, 3), (1600, 3), (1600.1, 4)]),
    ("bili", 0.1, 1.0, 1.6, [(1.2, None), (1.6, None), (1.61, 1), (2.4, 1), (2.41, 2), (4.8, 2),
                             (4.81, 3), (16, 3), (16.01, 4)]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("code", "low", "high", "baseline", "value", "grade"),
    [
        (code, low, high, base, value, grade)
        for code, low, high, base, pairs in BASELINE_RISES
        for value, grade in pairs
    ],
)
def test_rises_after_an_abnormal_baseline_use_multiples_of_the_baseline(
    code: str, low: float, high: float, baseline: float, value: float, grade: int | None
) -> None:
    assert ctcae_grade(code, value, low, high, baseline=baseline) == grade


def test_an_abnormal_baseline_grades_lower_than_the_upper_limit_would() -> None:
    # ALP 300 is 2.6x the ULN of 115 (grade 2), but only 1.5x a baseline of 200: no grade.
    assert ctcae_grade("alp", 300, 45, 115) == 2
    assert ctcae_grade("alp", 300, 45, 115, baseline=200) is None


def test_a_normal_baseline_changes_nothing() -> None:
    assert ctcae_grade("ast", 150, 8, 48, baseline=30) == 2
    assert ctcae_grade("ast", 150, 8, 48, baseline=48) == 2  # at the limit is not above it
    assert ctcae_grade("ast", 150, 8, 48, baseline=None) == 2


def test_the_baseline_is_judged_against_its_own_printed_limit() -> None:
    # A baseline of 60 under a limit of 65 was normal, even if today's report says 55.
    assert ctcae_grade("alt", 170, 7, 55, baseline=60, baseline_high=65) == 2
    assert ctcae_grade("alt", 170, 7, 55, baseline=60) == 1
    assert baseline_is_abnormal("alt", 60, 55) and not baseline_is_abnormal("alt", 60, 65)


def test_baseline_multiples_apply_to_the_five_liver_rises_only() -> None:
    assert {"alt", "ast", "alp", "ggt", "bili"} == BASELINE_GRADED_TESTS
    assert not baseline_is_abnormal("wbc", 20, 11)


def test_values_on_the_other_side_of_the_range_have_no_grade() -> None:
    assert ctcae_grade("alt", 3, 7, 55) is None
    assert ctcae_grade("wbc", 25.0, 4.5, 11.0) is None
    assert ctcae_grade("hgb", 18.0, 12.0, 16.0) is None


def test_tests_without_a_table_row_have_no_grade() -> None:
    assert ctcae_grade("cd8", 10, 270, 918) is None
    assert ctcae_grade("hbvdna", 1e8, None, 20) is None
    assert "cd8" not in GRADED_TESTS
    assert {"alt", "ast", "alp", "ggt", "bili", "wbc", "neut", "lymph", "plt", "cd4", "hgb",
            "alb"} == GRADED_TESTS  # fmt: skip


def test_missing_limits_only_give_the_grades_that_do_not_need_them() -> None:
    assert ctcae_grade("alt", 500, 7, None) is None
    assert ctcae_grade("wbc", 3.5, None, None) is None
    assert ctcae_grade("wbc", 2.5, None, None) == 2
    assert ctcae_grade("wbc", None, 4.5, 11.0) is None


def test_a_lower_limit_below_the_grade_one_floor_skips_to_grade_two() -> None:
    # CD4 range 440-1496: 450 is in range; 430 is below range and below 500.
    assert ctcae_grade("cd4", 450, 440, 1496) is None
    assert ctcae_grade("cd4", 430, 440, 1496) == 2


def test_grade_labels_say_where_on_the_scale_without_naming_the_grade() -> None:
    assert grade_label(None) == ""
    assert grade_label(1) == "grade 1 of 5 on the CTCAE scale"
    assert grade_label(4) == "grade 4 of 5 on the CTCAE scale"
    for grade in (1, 2, 3, 4):
        assert "life" not in grade_label(grade)
    with pytest.raises(ValueError):
        grade_label(5)
