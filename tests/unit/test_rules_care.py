"""Care conditions at their boundaries: labs overdue, missed doses, vials, standing cautions."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from app.domain.records import Caution, Injection, Profile, Vial
from tests.support.snapshots import (
    AS_OF,
    NOW,
    START,
    TZ,
    days_ago,
    panel,
    protocol,
    result,
    snapshot,
)
from tests.unit.test_rules_labs import fired


@pytest.mark.parametrize(
    ("last", "fires"),
    [(date(2026, 5, 24), False), (date(2026, 5, 23), True)],  # liver: due by 6 months later
)
def test_labs_overdue_after_the_longest_interval(last: date, fires: bool) -> None:
    snap = snapshot(panels=(panel(last, result("alt", 30, 7, 55)),))
    evidence = fired(snap, "labs_overdue")
    assert any(e.startswith("Liver tests") for e in evidence) is fires
    if fires:
        assert "Liver tests: last 23 May 2026, was due by 23 Nov 2026" in evidence


def test_labs_never_done_count_once_the_course_is_long_enough() -> None:
    young = snapshot(protocols=(protocol(start=AS_OF - timedelta(days=100)),))
    old = snapshot()
    assert fired(young, "labs_overdue") == []
    assert any(
        "no results since the course began on 26 Jan 2026" in e for e in fired(old, "labs_overdue")
    )


def test_no_course_no_overdue_labs() -> None:
    assert fired(snapshot(protocols=()), "labs_overdue") == []


def shots_for(days: list[date]) -> tuple[Injection, ...]:
    return tuple(
        Injection(
            id=i,
            taken_at=datetime.combine(d, time(20, 5), TZ),
            protocol_id=1,
            dose=1.6,
            dose_unit="mg",
            zone_id="abd_l",
        )
        for i, d in enumerate(days, start=1)
    )


def every_dose_since_start(skip: set[date]) -> tuple[Injection, ...]:
    days, d = [], START
    while d < AS_OF:
        if d.weekday() in (0, 3) and d not in skip:
            days.append(d)
        d += timedelta(days=1)
    return shots_for(days)


@pytest.mark.parametrize(
    ("skipped", "fires"),
    [
        ({date(2026, 11, 23), date(2026, 11, 19)}, True),
        ({date(2026, 11, 23)}, False),
        (
            {date(2026, 11, 23), date(2026, 11, 9)},
            False,
        ),  # 9 Nov is before the window (from 11 Nov)
        ({date(2026, 11, 12), date(2026, 11, 16)}, True),  # 12 Nov is inside it
    ],
)
def test_two_missed_doses_in_fourteen_days(skipped: set[date], fires: bool) -> None:
    snap = snapshot(injections=every_dose_since_start(skipped))
    evidence = fired(snap, "doses_missed")
    assert bool(evidence) is fires
    if skipped == {date(2026, 11, 23), date(2026, 11, 19)}:
        assert evidence == [
            "TA1: 2 doses with no injection logged in the last 14 days "
            "(Thu 19 Nov 20:00, Mon 23 Nov 20:00)"
        ]


def test_a_dose_still_in_its_window_is_not_missed() -> None:
    # As of Monday 23 Nov 21:00 the 20:00 dose is due, not missed.
    now = datetime(2026, 11, 23, 21, 0, tzinfo=TZ)
    skipped = {date(2026, 11, 23), date(2026, 11, 19)}
    snap = snapshot(as_of=now.date(), now=now, injections=every_dose_since_start(skipped))
    assert fired(snap, "doses_missed") == []


@pytest.mark.parametrize(
    ("vial", "fires"),
    [
        (Vial(id=1, product="TA1", lot="A1", expiry=AS_OF), False),
        (Vial(id=1, product="TA1", lot="A1", expiry=days_ago(1)), True),
        (Vial(id=1, product="TA1", lot="A1", expiry=days_ago(1), finished_on=days_ago(30)), False),
        (Vial(id=1, product="TA1", lot="A1", frozen_thawed=True), True),
        (
            Vial(
                id=1, product="TA1", reconstituted_at=NOW - timedelta(hours=24), beyond_use_hours=24
            ),
            False,
        ),
        (
            Vial(
                id=1, product="TA1", reconstituted_at=NOW - timedelta(hours=25), beyond_use_hours=24
            ),
            True,
        ),
    ],
)
def test_vial_problems(vial: Vial, fires: bool) -> None:
    assert bool(fired(snapshot(vials=(vial,)), "vial_problem")) is fires


def test_a_finished_vial_used_past_its_beyond_use_time_counts() -> None:
    mixed = NOW - timedelta(days=5)
    vial = Vial(id=3, product="TA1", lot="B2", reconstituted_at=mixed, beyond_use_hours=24,
                finished_on=days_ago(2))  # fmt: skip
    shot = Injection(id=9, taken_at=mixed + timedelta(hours=30), protocol_id=1, dose=1.6,
                     dose_unit="mg", zone_id="abd_l", vial_id=3)  # fmt: skip
    (text,) = fired(snapshot(vials=(vial,), injections=(shot,)), "vial_problem")
    assert text.startswith("Vial B2: Used Fri 20 Nov 18:00: This vial was mixed 30 hours ago")


@pytest.mark.parametrize("caution", list(Caution))
def test_each_caution_is_a_standing_note(caution: Caution) -> None:
    rule = {
        Caution.AUTOIMMUNE: "caution_autoimmune",
        Caution.IMMUNOSUPPRESSED: "caution_immunosuppressed",
        Caution.PREGNANT_OR_BREASTFEEDING: "caution_pregnancy",
        Caution.UNDER_18: "caution_under_18",
        Caution.IMMUNE_ACTIVE_DRUGS: "caution_immune_drugs",
    }[caution]
    assert fired(snapshot(profile=Profile(cautions=frozenset({caution}))), rule)
    assert fired(snapshot(), rule) == []


@pytest.mark.parametrize(("birth_year", "fires"), [(2009, True), (2008, False), (None, False)])
def test_under_18_from_the_birth_year(birth_year: int | None, fires: bool) -> None:
    snap = snapshot(profile=Profile(birth_year=birth_year))
    assert bool(fired(snap, "caution_under_18")) is fires
