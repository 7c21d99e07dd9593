"""Symptom and injection-site conditions at their boundaries."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.records import DiaryEntry, SiteReaction
from tests.support.snapshots import NOW, days_ago, snapshot
from tests.unit.test_rules_labs import fired


def entries(values: dict[int, dict]) -> tuple[DiaryEntry, ...]:
    """Entries keyed by days ago."""
    return tuple(
        DiaryEntry(day=days_ago(n), **kw) for n, kw in sorted(values.items(), reverse=True)
    )


@pytest.mark.parametrize(
    ("high_days", "level", "fires"),
    [(10, 7, True), (9, 7, False), (10, 6, False)],
)
def test_fatigue_on_k_of_the_last_n_days(high_days: int, level: int, fires: bool) -> None:
    days = {n: {"fatigue": level if n < high_days else 2} for n in range(14)}
    assert bool(fired(snapshot(entries=entries(days)), "fatigue_persistent")) is fires


def test_fatigue_days_outside_the_window_do_not_count() -> None:
    days = {n: {"fatigue": 9} for n in range(5, 15)}  # day 14 ago is outside the 14-day window
    assert fired(snapshot(entries=entries(days)), "fatigue_persistent") == []


@pytest.mark.parametrize(("wellbeing", "fires"), [(3, True), (4, False)])
def test_malaise_counts_low_wellbeing(wellbeing: int, fires: bool) -> None:
    days = {n: {"wellbeing": wellbeing} for n in range(10)}
    evidence = fired(snapshot(entries=entries(days)), "malaise_constant")
    assert bool(evidence) is fires
    if fires:
        assert evidence == [
            "Well-being rated 3 or less on 10 of the last 14 days (11 Nov to 24 Nov)"
        ]


@pytest.mark.parametrize(("drop", "fires"), [(1.5, True), (1.4, False)])
def test_worse_over_two_weeks_than_the_two_before(drop: float, fires: bool) -> None:
    days = {n: {"energy": 7 - (drop if n < 14 else 0)} for n in range(28)}
    evidence = fired(snapshot(entries=entries(days)), "symptoms_worse")
    assert bool(evidence) is fires


def test_worse_needs_enough_ratings_in_each_stretch() -> None:
    days = {n: {"energy": 2} for n in range(3)} | {n: {"energy": 8} for n in range(14, 28)}
    assert fired(snapshot(entries=entries(days)), "symptoms_worse") == []


def test_new_kind_of_sickness() -> None:
    base = {40: {"sick": True, "sickness_kind": "cold"}, 30: {}}
    recent_cold = entries(base | {3: {"sick": True, "sickness_kind": "cold"}})
    recent_flu = entries(base | {13: {"sick": True, "sickness_kind": "flu"}})
    old_flu = entries(base | {14: {"sick": True, "sickness_kind": "flu"}})
    assert fired(snapshot(entries=recent_cold), "sickness_new") == []
    assert fired(snapshot(entries=recent_flu), "sickness_new") == [
        "Marked sick (flu) on 11 Nov, a kind of sickness not in your diary before"
    ]
    assert fired(snapshot(entries=old_flu), "sickness_new") == []


def test_a_brand_new_diary_has_nothing_to_compare_with() -> None:
    only_recent = entries({3: {"sick": True, "sickness_kind": "flu"}})
    assert fired(snapshot(entries=only_recent), "sickness_new") == []


def reaction(hours_ago: float, lasted: float | None, kind: str = "redness", rid: int = 1, inj=1):
    seen = NOW - timedelta(hours=hours_ago)
    return SiteReaction(
        id=rid,
        injection_id=inj,
        zone_id="abd_l",
        observed_at=seen,
        kind=kind,
        grade=1,
        resolved_at=None if lasted is None else seen + timedelta(hours=lasted),
    )


@pytest.mark.parametrize(
    ("hours_ago", "lasted", "fires"),
    [
        (48, None, True),  # still there after 2 days
        (47.9, None, False),
        (100, 48, True),  # settled, but only after 2 days
        (100, 47, False),
        (40 * 24, 72, False),  # long settled, outside the 28-day window
    ],
)
def test_reaction_lingering(hours_ago: float, lasted: float | None, fires: bool) -> None:
    snap = snapshot(reactions=(reaction(hours_ago, lasted),))
    assert bool(fired(snap, "site_reaction_lingering")) is fires


@pytest.mark.parametrize(
    ("injections", "oldest_days", "fires"),
    [(3, 27, True), (2, 10, False), (3, 28, False)],
)
def test_reactions_after_three_injections_within_four_weeks(
    injections: int, oldest_days: int, fires: bool
) -> None:
    ages = [oldest_days * 24, 5 * 24, 2 * 24][3 - injections :]
    reactions = tuple(reaction(a, 10, rid=i, inj=i) for i, a in enumerate(ages, start=1))
    assert bool(fired(snapshot(reactions=reactions), "site_reactions_repeated")) is fires


def test_two_reactions_after_one_injection_count_once() -> None:
    reactions = (
        reaction(30, 5, rid=1, inj=7),
        reaction(29, 5, rid=2, inj=7),
        reaction(5, 1, rid=3),
    )
    assert fired(snapshot(reactions=reactions), "site_reactions_repeated") == []


@pytest.mark.parametrize(
    ("hours_ago", "lasted", "fires"),
    [(5, None, True), (89 * 24, 10, True), (91 * 24, 10, False), (400 * 24, None, True)],
)
def test_lump_at_a_zone(hours_ago: float, lasted: float | None, fires: bool) -> None:
    snap = snapshot(reactions=(reaction(hours_ago, lasted, kind="lump"),))
    evidence = fired(snap, "site_lump")
    assert bool(evidence) is fires
    if fires and lasted is None and hours_ago == 5:
        assert evidence == [
            "Lump (grade 1 of 5 on the CTCAE scale) at Left abdomen, seen Tue 24 Nov 07:00; "
            "not yet marked settled"
        ]
