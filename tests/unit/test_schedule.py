"""Expected doses, adherence and the next dose, as the calendar and the status line show them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.records import Injection, Protocol
from app.domain.schedule import (
    DoseStatus,
    adherence,
    adherence_by_period,
    course_adherence,
    expected_doses,
    next_dose,
    summarize,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")

TA1 = Protocol(
    id=1,
    product="Thymosin Alpha-1",
    dose=1.6,
    dose_unit="mg",
    weekdays=(0, 3),
    time_of_day=time(20, 0),
    start=date(2026, 1, 5),
)
DAILY = replace(TA1, weekdays=(), every_n_days=1)


def shot(when: datetime, shot_id: int = 1, protocol_id: int | None = 1) -> Injection:
    return Injection(shot_id, when, protocol_id, 1.6, "mg", "abdomen-lower-left")


def at(year: int, month: int, day: int, hour: int = 20, minute: int = 0, tz=BERLIN) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=tz)


def statuses(outcomes) -> list[DoseStatus]:
    return [outcome.status for outcome in outcomes]


# --- expected doses -------------------------------------------------------------------------


def test_ta1_is_due_monday_and_thursday_at_eight_in_the_evening() -> None:
    doses = expected_doses(TA1, BERLIN, date(2026, 1, 1), date(2026, 1, 18))
    assert doses == [at(2026, 1, 5), at(2026, 1, 8), at(2026, 1, 12), at(2026, 1, 15)]


def test_berlin_spring_forward_keeps_eight_pm_on_the_clock() -> None:
    doses = expected_doses(DAILY, BERLIN, date(2026, 3, 28), date(2026, 3, 30))
    assert [(d.hour, d.minute) for d in doses] == [(20, 0)] * 3
    assert [d.utcoffset() for d in doses] == [timedelta(hours=h) for h in (1, 2, 2)]
    assert doses[1].astimezone(UTC) - doses[0].astimezone(UTC) == timedelta(hours=23)


def test_berlin_fall_back_keeps_eight_pm_on_the_clock() -> None:
    doses = expected_doses(TA1, BERLIN, date(2026, 10, 22), date(2026, 10, 26))
    assert doses == [at(2026, 10, 22), at(2026, 10, 26)]
    assert [d.utcoffset() for d in doses] == [timedelta(hours=2), timedelta(hours=1)]
    # Thursday 20:00 to Monday 20:00 across the change is four days and one hour.
    assert doses[1].astimezone(UTC) - doses[0].astimezone(UTC) == timedelta(days=4, hours=1)


def test_a_dose_time_in_the_spring_gap_moves_forward_by_the_gap() -> None:
    early = replace(DAILY, time_of_day=time(2, 30))
    doses = expected_doses(early, BERLIN, date(2026, 3, 28), date(2026, 3, 30))
    assert [(d.day, d.hour, d.minute) for d in doses] == [(28, 2, 30), (29, 3, 30), (30, 2, 30)]


def test_a_dose_time_that_happens_twice_is_the_first_one() -> None:
    early = replace(DAILY, time_of_day=time(2, 30))
    (dose,) = expected_doses(early, BERLIN, date(2026, 10, 25), date(2026, 10, 25))
    assert dose.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_new_york_dst_changes_keep_eight_pm() -> None:
    doses = expected_doses(DAILY, NEW_YORK, date(2026, 3, 7), date(2026, 3, 8))
    doses += expected_doses(DAILY, NEW_YORK, date(2026, 10, 31), date(2026, 11, 1))
    assert [(d.hour, d.utcoffset()) for d in doses] == [
        (20, timedelta(hours=-5)),
        (20, timedelta(hours=-4)),
        (20, timedelta(hours=-4)),
        (20, timedelta(hours=-5)),
    ]


def test_home_zone_decides_the_instant() -> None:
    # 26 March 2026: New York is on summer time already, Berlin is not, so they are 5 h apart.
    (berlin,) = expected_doses(TA1, BERLIN, date(2026, 3, 26), date(2026, 3, 26))
    (new_york,) = expected_doses(TA1, NEW_YORK, date(2026, 3, 26), date(2026, 3, 26))
    assert new_york.astimezone(UTC) - berlin.astimezone(UTC) == timedelta(hours=5)


def test_every_n_days_counts_from_the_protocol_start() -> None:
    every_third = replace(TA1, weekdays=(), every_n_days=3, start=date(2026, 1, 1))
    doses = expected_doses(every_third, BERLIN, date(2026, 1, 5), date(2026, 1, 12))
    assert [d.day for d in doses] == [7, 10]


def test_no_doses_before_start_after_planned_end_or_ended_on() -> None:
    course = replace(TA1, planned_end=date(2026, 1, 15))
    assert [d.day for d in expected_doses(course, BERLIN, date(2025, 12, 1), date(2026, 2, 1))] == [
        5,
        8,
        12,
        15,
    ]
    ended = replace(TA1, ended_on=date(2026, 1, 12))
    days = [d.day for d in expected_doses(ended, BERLIN, date(2026, 1, 1), date(2026, 2, 1))]
    assert days == [5, 8, 12]


def test_no_doses_on_or_after_the_pause() -> None:
    paused = replace(TA1, paused_from=date(2026, 1, 12))
    days = [d.day for d in expected_doses(paused, BERLIN, date(2026, 1, 1), date(2026, 3, 1))]
    assert days == [5, 8]


@settings(max_examples=150, deadline=None)
@given(
    weekdays=st.sets(st.integers(0, 6), min_size=1),
    tz_name=st.sampled_from(
        ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"]
    ),
    hour=st.integers(0, 23),
    minute=st.sampled_from([0, 15, 30, 45]),
    first=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    length=st.integers(0, 120),
)
def test_every_dose_is_on_a_protocol_weekday_at_its_local_time(
    weekdays: set[int], tz_name: str, hour: int, minute: int, first: date, length: int
) -> None:
    tz = ZoneInfo(tz_name)
    protocol = replace(TA1, weekdays=tuple(weekdays), time_of_day=time(hour, minute), start=first)
    last = first + timedelta(days=length)
    doses = expected_doses(protocol, tz, first, last)
    wanted = [first + timedelta(days=n) for n in range(length + 1)]
    assert [d.date() for d in doses] == [d for d in wanted if d.weekday() in weekdays]
    for dose in doses:
        assert dose.tzinfo is tz
        wall = datetime.combine(dose.date(), time(hour, minute))
        exists = wall.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None) == wall
        if exists:
            assert (dose.hour, dose.minute) == (hour, minute)
        else:
            assert dose.replace(tzinfo=None) > wall  # a skipped time moves forward


# --- adherence ------------------------------------------------------------------------------

DUE = at(2026, 1, 5)  # a Monday dose
LATER = at(2026, 2, 1)


def monday(injections: list[Injection], now: datetime = LATER):
    return adherence(TA1, injections, BERLIN, date(2026, 1, 5), date(2026, 1, 5), now)


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (timedelta(hours=12), DoseStatus.ON_TIME),
        (timedelta(hours=-12), DoseStatus.ON_TIME),
        (timedelta(0), DoseStatus.ON_TIME),
        (timedelta(hours=12, minutes=1), DoseStatus.LATE),
        (timedelta(days=2, hours=11, minutes=59), DoseStatus.LATE),  # Thursday 07:59
    ],
)
def test_window_edges(offset: timedelta, expected: DoseStatus) -> None:
    (outcome,) = monday([shot(DUE + offset)])
    assert outcome.status is expected
    assert outcome.taken_at == DUE + offset
    assert outcome.injection_id == 1


def test_too_early_is_an_extra_and_the_dose_is_missed() -> None:
    outcomes = monday([shot(DUE - timedelta(hours=12, minutes=1))])
    assert statuses(outcomes) == [DoseStatus.EXTRA, DoseStatus.MISSED]
    assert outcomes[0].due_at is None


def test_a_late_monday_dose_cannot_reach_into_thursdays_window() -> None:
    thursday_morning = at(2026, 1, 8, 8, 0)  # exactly 12 h before Thursday's dose
    outcomes = adherence(TA1, [shot(thursday_morning)], BERLIN, DUE.date(), date(2026, 1, 8), LATER)
    assert statuses(outcomes) == [DoseStatus.MISSED, DoseStatus.ON_TIME]


def test_the_last_dose_of_an_ended_course_can_still_be_late() -> None:
    ended = replace(TA1, ended_on=date(2026, 1, 5))
    outcomes = adherence(
        ended, [shot(DUE + timedelta(days=1))], BERLIN, date(2026, 1, 1), date(2026, 1, 31), LATER
    )
    assert statuses(outcomes) == [DoseStatus.LATE]


def test_missed_or_upcoming_depends_on_now() -> None:
    window_end = DUE + timedelta(hours=12)
    assert statuses(monday([], now=DUE - timedelta(days=1))) == [DoseStatus.UPCOMING]
    assert statuses(monday([], now=window_end)) == [DoseStatus.UPCOMING]
    assert statuses(monday([], now=window_end + timedelta(minutes=1))) == [DoseStatus.MISSED]


def test_a_second_injection_for_one_dose_is_extra() -> None:
    outcomes = monday([shot(DUE + timedelta(hours=1), 1), shot(DUE + timedelta(hours=2), 2)])
    assert statuses(outcomes) == [DoseStatus.ON_TIME, DoseStatus.EXTRA]
    assert [o.injection_id for o in outcomes] == [1, 2]


def test_the_nearest_injection_in_the_window_is_the_dose() -> None:
    outcomes = monday([shot(DUE - timedelta(hours=5), 1), shot(DUE + timedelta(hours=2), 2)])
    on_time = [o for o in outcomes if o.status is DoseStatus.ON_TIME]
    assert [o.injection_id for o in on_time] == [2]


def test_other_protocols_injections_are_ignored() -> None:
    assert statuses(monday([shot(DUE, protocol_id=7)])) == [DoseStatus.MISSED]


def test_an_injection_on_a_day_off_is_extra() -> None:
    saturday = at(2026, 1, 10)
    outcomes = adherence(
        TA1,
        [shot(DUE, 1), shot(at(2026, 1, 8), 2), shot(saturday, 3)],
        BERLIN,
        date(2026, 1, 5),
        date(2026, 1, 11),
        LATER,
    )
    assert statuses(outcomes) == [DoseStatus.ON_TIME, DoseStatus.ON_TIME, DoseStatus.EXTRA]
    assert outcomes[2].taken_at == saturday


def test_an_injection_logged_abroad_matches_the_home_dose() -> None:
    # Thursday 20:00 in Berlin is 14:00 in New York and 04:00 on Friday in Tokyo.
    thursday = [date(2026, 1, 8), date(2026, 1, 8)]
    in_new_york = adherence(TA1, [shot(at(2026, 1, 8, 14, 0, NEW_YORK))], BERLIN, *thursday, LATER)
    in_tokyo = adherence(TA1, [shot(at(2026, 1, 9, 4, 0, TOKYO))], BERLIN, *thursday, LATER)
    assert statuses(in_new_york) == statuses(in_tokyo) == [DoseStatus.ON_TIME]


def test_the_window_is_real_hours_across_a_dst_change() -> None:
    # Saturday 20:00 + 12 real hours is Sunday 09:00 summer time, not 08:00.
    saturdays = replace(TA1, weekdays=(5,))
    saturday = at(2026, 3, 28)
    window = [date(2026, 3, 28), date(2026, 3, 28)]
    now = at(2026, 4, 30)
    just_in = shot(at(2026, 3, 29, 9, 0))
    just_out = shot(at(2026, 3, 29, 9, 1))
    assert statuses(adherence(saturdays, [just_in], BERLIN, *window, now)) == [DoseStatus.ON_TIME]
    assert statuses(adherence(saturdays, [just_out], BERLIN, *window, now)) == [DoseStatus.LATE]
    assert saturday.astimezone(UTC) + timedelta(hours=12) == just_in.taken_at.astimezone(UTC)


def test_summary_counts_and_percent() -> None:
    injections = [shot(DUE, 1), shot(at(2026, 1, 9, 10, 0), 2), shot(at(2026, 1, 10), 3)]
    outcomes = adherence(
        TA1, injections, BERLIN, date(2026, 1, 5), date(2026, 1, 15), at(2026, 1, 13)
    )
    summary = summarize(outcomes)
    # Mon on time, Thu late, Sat extra, Mon 12th missed, Thu 15th upcoming.
    assert (summary.on_time, summary.late, summary.extra) == (1, 1, 1)
    assert (summary.missed, summary.upcoming) == (1, 1)
    assert summary.taken_percent == pytest.approx(200 / 3)
    assert summarize([]).taken_percent is None


def test_four_week_periods_keep_a_late_dose_across_the_boundary() -> None:
    # Period one is 5 Jan to 1 Feb; the Thursday 29 Jan dose is taken on Saturday 31 Jan.
    taken = [
        shot(d, n) for n, d in enumerate(expected_doses(TA1, BERLIN, DUE.date(), LATER.date()))
    ]
    taken[-1] = replace(taken[-1], taken_at=at(2026, 1, 31))
    periods = adherence_by_period(TA1, taken, BERLIN, date(2026, 1, 5), date(2026, 2, 9), LATER)
    assert [(p.start, p.end) for p in periods] == [
        (date(2026, 1, 5), date(2026, 2, 1)),
        (date(2026, 2, 2), date(2026, 2, 9)),
    ]
    assert (periods[0].summary.on_time, periods[0].summary.late) == (7, 1)
    assert periods[1].summary.upcoming == 3  # Mon 2nd, Thu 5th, Mon 9th, all after now


def test_course_adherence_covers_the_course_so_far() -> None:
    course = replace(TA1, planned_end=date(2026, 6, 30))
    summary = course_adherence(course, [shot(DUE)], BERLIN, at(2026, 1, 12, 21, 0))
    # Mon 5th taken; Thu 8th missed; Mon 12th still in its window tonight.
    assert (summary.on_time, summary.missed, summary.upcoming) == (1, 1, 1)


@settings(max_examples=150, deadline=None)
@given(offsets=st.lists(st.integers(-3 * 24 * 60, 40 * 24 * 60), max_size=25))
def test_every_dose_has_one_outcome_and_every_injection_is_used_once(offsets: list[int]) -> None:
    injections = [shot(DUE + timedelta(minutes=m), n) for n, m in enumerate(offsets)]
    first, last = date(2026, 1, 5), date(2026, 2, 8)
    outcomes = adherence(TA1, injections, BERLIN, first, last, at(2026, 1, 20))
    dues = expected_doses(TA1, BERLIN, first, last)
    assert [o.due_at for o in outcomes if o.due_at is not None] == dues
    used = [o.injection_id for o in outcomes if o.injection_id is not None]
    assert len(used) == len(set(used))
    in_range = {i.id for i in injections if first <= i.taken_at.date() <= last}
    assert in_range <= set(used)  # each injection in the range is a dose or an extra
    for outcome in outcomes:
        if outcome.status is DoseStatus.ON_TIME:
            assert abs(outcome.taken_at - outcome.due_at) <= timedelta(hours=12)
        if outcome.status is DoseStatus.LATE:
            assert outcome.taken_at - outcome.due_at > timedelta(hours=12)


def test_ten_years_of_doses_are_all_matched() -> None:
    decade = replace(TA1, start=date(2026, 1, 5))
    dues = expected_doses(decade, BERLIN, date(2026, 1, 5), date(2035, 12, 31))
    injections = [shot(d + timedelta(hours=(n % 30) - 6), n) for n, d in enumerate(dues)]
    outcomes = adherence(
        decade, injections, BERLIN, date(2026, 1, 5), date(2035, 12, 31), at(2036, 1, 1)
    )
    assert len(dues) > 1000
    assert summarize(outcomes).missed == 0
    assert summarize(outcomes).extra == 0


# --- next dose ------------------------------------------------------------------------------


def test_next_dose_is_tonight_before_it_is_taken() -> None:
    assert next_dose(TA1, BERLIN, at(2026, 1, 5, 9, 0)) == DUE


def test_next_dose_is_still_tonight_while_its_window_is_open() -> None:
    assert next_dose(TA1, BERLIN, at(2026, 1, 6, 7, 0)) == DUE


def test_next_dose_moves_on_once_tonights_is_logged() -> None:
    logged = [shot(at(2026, 1, 5, 19, 30))]
    assert next_dose(TA1, BERLIN, at(2026, 1, 5, 19, 45), logged) == at(2026, 1, 8)


def test_next_dose_skips_a_missed_one() -> None:
    assert next_dose(TA1, BERLIN, at(2026, 1, 6, 9, 0)) == at(2026, 1, 8)


def test_next_dose_before_the_course_starts_is_the_first() -> None:
    assert next_dose(TA1, BERLIN, at(2025, 9, 1)) == DUE


def test_no_next_dose_while_paused_or_after_the_end() -> None:
    now = at(2026, 1, 20)
    assert next_dose(replace(TA1, paused_from=date(2026, 1, 19)), BERLIN, now) is None
    assert next_dose(replace(TA1, ended_on=date(2026, 1, 15)), BERLIN, now) is None
