"""Where a course stands and what the calendar shows: next dose, suggestion, adherence, marks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.domain.injection_overview import (
    CourseState,
    course_overview,
    course_state,
    month_marks,
    reaction_zones,
    vial_for,
)
from app.domain.records import Injection, Protocol, SiteReaction, Vial, Zone
from app.domain.schedule import DoseStatus

BERLIN = ZoneInfo("Europe/Berlin")
TA1 = Protocol(1, "Thymosin Alpha-1", 1.6, "mg", weekdays=(0, 3), start=date(2026, 11, 2))
ZONES = [
    Zone("abdomen-lower-left", "Left lower abdomen", "abdomen", "front", "left"),
    Zone("abdomen-lower-right", "Right lower abdomen", "abdomen", "front", "right"),
    Zone("thigh-front-left", "Left front thigh", "thigh", "front", "left"),
]


def at(day: int, hour: int = 20, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def shot(shot_id: int, when: datetime, zone: str = "abdomen-lower-left", **kw) -> Injection:
    return Injection(shot_id, when, kw.pop("protocol_id", 1), 1.6, "mg", zone, **kw)


def test_overview_names_the_next_dose_the_suggested_zone_and_four_weeks_of_adherence() -> None:
    shots = [
        shot(1, at(2, 20, 5), "abdomen-lower-left"),
        shot(2, at(6, 9, 30), "abdomen-lower-right"),  # Thursday's dose, taken late
        shot(3, at(16, 19, 50), "thigh-front-left"),  # Monday 9th was missed
    ]
    view = course_overview(TA1, shots, ZONES, [], BERLIN, at(17, 12))
    assert view.state is CourseState.RUNNING
    assert view.next_due == at(19)
    # Least recently used zone, and never the one used last.
    assert view.suggested_zone is not None and view.suggested_zone.id == "abdomen-lower-left"
    assert view.last_injection == shots[2]
    assert (view.last_four_weeks.on_time, view.last_four_weeks.late) == (2, 1)
    assert view.last_four_weeks.missed == 2  # Mon 9 and Thu 12
    assert view.course.taken_percent == 60.0


def test_overview_uses_the_open_vial_of_the_same_product_and_says_what_to_draw() -> None:
    other = Vial(5, "Something else", strength_mg=10, diluent_ml=1)
    mine = Vial(4, "thymosin alpha-1", lot="TA1", strength_mg=1.6, diluent_ml=1.0)
    finished = Vial(
        9, "Thymosin Alpha-1", strength_mg=1.6, diluent_ml=1, finished_on=date(2026, 11, 1)
    )
    assert vial_for(TA1, [mine, other, finished]) == mine
    assert vial_for(TA1, [other]) == other  # any open vial when none matches
    view = course_overview(TA1, [], ZONES, [mine, other, finished], BERLIN, at(3))
    assert view.vial == mine and view.volume_ml == 1.0 and view.vial_remaining_mg == 1.6


def test_overview_passes_on_vial_problems() -> None:
    old = Vial(1, "Thymosin Alpha-1", expiry=date(2026, 10, 1))
    view = course_overview(TA1, [], ZONES, [old], BERLIN, at(3))
    assert view.vial_problems and "expiry date" in view.vial_problems[0]


def test_course_state_follows_pause_end_and_planned_end() -> None:
    today = date(2026, 11, 20)
    assert course_state(TA1, today) is CourseState.RUNNING
    assert course_state(replace(TA1, start=date(2026, 12, 1)), today) is CourseState.NOT_STARTED
    assert course_state(replace(TA1, paused_from=date(2026, 11, 18)), today) is CourseState.PAUSED
    assert course_state(replace(TA1, ended_on=date(2026, 11, 19)), today) is CourseState.ENDED
    assert course_state(replace(TA1, planned_end=date(2026, 11, 1)), today) is CourseState.COMPLETED
    paused = replace(TA1, paused_from=date(2026, 11, 18))
    assert course_overview(paused, [], ZONES, [], BERLIN, at(20)).next_due is None


def test_month_marks_show_a_dose_taken_late_across_the_month_edge_as_late() -> None:
    protocol = replace(TA1, start=date(2026, 10, 1))
    # Thursday 29 Oct's dose taken on Friday 30 Oct in the morning; the grid starts on 2 Nov.
    late = shot(1, datetime(2026, 10, 30, 10, 0, tzinfo=BERLIN))
    marks = month_marks([protocol], [late], BERLIN, date(2026, 10, 29), date(2026, 11, 8), at(8))
    assert [m.status for m in marks[date(2026, 10, 29)]] == [DoseStatus.LATE]
    assert date(2026, 10, 30) not in marks  # not an extra on the day it was taken
    assert [m.status for m in marks[date(2026, 11, 2)]] == [DoseStatus.MISSED]
    later = month_marks([protocol], [late], BERLIN, date(2026, 10, 30), date(2026, 11, 8), at(8))
    assert date(2026, 10, 30) not in later


def test_month_marks_put_injections_without_a_protocol_on_their_day_as_extras() -> None:
    loose = shot(7, at(4, 8), protocol_id=None)
    marks = month_marks([TA1], [loose], BERLIN, date(2026, 11, 2), date(2026, 11, 8), at(8, 12))
    assert [(m.status, m.injection_id) for m in marks[date(2026, 11, 4)]] == [(DoseStatus.EXTRA, 7)]
    assert [m.status for m in marks[date(2026, 11, 5)]] == [DoseStatus.MISSED]


def test_month_marks_keep_several_protocols_apart() -> None:
    weekly = Protocol(
        2, "Weekly", 0.5, "mL", every_n_days=7, time_of_day=time(8), start=date(2026, 11, 2)
    )
    marks = month_marks([TA1, weekly], [], BERLIN, date(2026, 11, 2), date(2026, 11, 2), at(1, 0))
    assert [(m.protocol_id, m.status) for m in marks[date(2026, 11, 2)]] == [
        (2, DoseStatus.UPCOMING),
        (1, DoseStatus.UPCOMING),
    ]


def test_reaction_zones_keep_open_and_recently_settled_reactions() -> None:
    now = datetime(2026, 11, 20, tzinfo=UTC)
    seen = now - timedelta(days=40)
    open_one = SiteReaction(1, 1, "a", seen, "lump", 2)
    settled_long_ago = SiteReaction(
        2, 2, "b", seen, "redness", 1, resolved_at=seen + timedelta(days=2)
    )
    settled_lately = SiteReaction(3, 3, "c", now - timedelta(days=5), "pain", 1, resolved_at=now)
    future = SiteReaction(4, 4, "d", now + timedelta(days=1), "pain", 1)
    assert reaction_zones([open_one, settled_long_ago, settled_lately, future], now) == {"a", "c"}
