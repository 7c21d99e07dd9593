"""Lab conditions at their boundaries: CTCAE grade, leaving the range, rise, HBV DNA, Hy's law."""

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


@pytest.mark.parametrize(
    ("alt", "fires"),
    [(55, False), (55.1, True), (275, True), (275.1, False)],  # grades 1-2: up to 5×ULN
)
def test_liver_grade_fires_from_just_above_the_limit_to_grade_2(alt: float, fires: bool) -> None:
    snap = snapshot(panels=(panel(days_ago(10), result("alt", alt, 7, 55)),))
    assert bool(fired(snap, "liver_grade")) is fires


def test_liver_grade_reads_like_the_report() -> None:
    snap = snapshot(
        panels=(
            panel(days_ago(120), result("alt", 118, 7, 55)),
            panel(days_ago(29), result("alt", 44, 10, 50)),
        )
    )
    (text,) = fired(snap, "liver_grade")
    assert text.startswith("ALT 118 U/L on 27 Jul, 2.1× the upper limit (55), CTCAE grade 1")
    assert "since then 44 U/L on 26 Oct, within its range" in text


@pytest.mark.parametrize(("age", "fires"), [(179, True), (180, False)])
def test_lab_grade_looks_back_only_so_far(age: int, fires: bool) -> None:
    snap = snapshot(panels=(panel(days_ago(age), result("alt", 100, 7, 55)),))
    assert bool(fired(snap, "liver_grade")) is fires


def test_grade_threshold_is_the_persons_own() -> None:
    snap = snapshot(panels=(panel(days_ago(10), result("alt", 100, 7, 55)),))
    assert fired(snap, "liver_grade", {"rules.liver_grade.min_grade": "2"}) == []
    assert fired(snap, "liver_grade", {"rules.liver_grade.min_grade": "nonsense"}) != []


@pytest.mark.parametrize(("plt", "fires"), [(75, False), (74.9, True), (50, True), (49.9, False)])
def test_blood_count_low_is_grade_2(plt: float, fires: bool) -> None:
    snap = snapshot(panels=(panel(days_ago(3), result("plt", plt, 150, 450)),))
    assert bool(fired(snap, "blood_count_low")) is fires


@pytest.mark.parametrize(("alt", "fires"), [(275, False), (275.1, True)])  # grade 3: > 5×ULN
def test_severe_grade_is_urgent(alt: float, fires: bool) -> None:
    snap = snapshot(panels=(panel(days_ago(3), result("alt", alt, 7, 55)),))
    found = evaluate(snap)
    assert any(w.rule == "lab_grade_severe" and w.severity == "urgent" for w in found) is fires


@pytest.mark.parametrize(
    ("before", "after", "fires"),
    [(4.0, 4.9, True), (4.0, 4.8, False), (5.0, 5.5, False), (4.0, 0.9, True), (4.0, 1.0, False)],
)
def test_left_range_needs_inside_then_outside(before: float, after: float, fires: bool) -> None:
    snap = snapshot(
        panels=(
            panel(days_ago(100), result("lymph", before, 1.0, 4.8)),
            panel(days_ago(5), result("lymph", after, 1.0, 4.8)),
        )
    )
    assert bool(fired(snap, "lab_left_range")) is fires


def test_left_range_without_a_printed_range_uses_the_usual_one() -> None:
    snap = snapshot(
        panels=(
            panel(days_ago(100), result("lymph", 2.0)),
            panel(days_ago(5), result("lymph", 0.7)),
        )
    )
    (text,) = fired(snap, "lab_left_range")
    assert "below its range (usual range 1–4.8)" in text


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


@pytest.mark.parametrize(
    ("alt", "bili", "fires"),
    [(165, 2.1, True), (164.9, 2.1, False), (165, 2.0, False), (50, 3.0, False)],
)
def test_hys_law_needs_both(alt: float, bili: float, fires: bool) -> None:
    snap = snapshot(
        panels=(panel(days_ago(4), result("alt", alt, 7, 55), result("bili", bili, 0.1, 1.0)),)
    )
    assert bool(fired(snap, "hys_law")) is fires


def test_hys_law_claims_the_alt_so_it_shows_once() -> None:
    snap = snapshot(
        panels=(panel(days_ago(4), result("alt", 200, 7, 55), result("bili", 2.5, 0.1, 1.0)),)
    )
    found = evaluate(snap)
    assert found[0].rule == "hys_law"
    assert found[0].evidence == (
        "On 20 Nov: ALT 200 U/L (3.6× the upper limit) with TBIL 2.5 mg/dL (2.5× the upper limit)",
    )
    assert not any("ALT 200" in e for w in found[1:] for e in w.evidence)
