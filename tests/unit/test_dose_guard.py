"""The early/late guard: which dose a logged time counts as, the person's choice honoured by the
schedule, and a second dose of the same course noticed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.domain.dose_guard import (
    dose_it_would_count_as,
    dose_out_of_reach,
    dose_shortly_before,
    repeat_window_hours,
    taken_today,
)
from app.domain.records import Injection, Protocol
from app.domain.schedule import DoseStatus, adherence, next_dose

BERLIN = ZoneInfo("Europe/Berlin")
# Monday and Thursday at 20:00, on time within 12 hours either side.
TA1 = Protocol(1, "Thymosin Alpha-1", 1.6, "mg", weekdays=(0, 3), start=date(2026, 3, 2))
MONDAY = date(2026, 3, 9)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), BERLIN)


def shot(when: datetime, shot_id: int = 1, **choice) -> Injection:
    return Injection(shot_id, when, 1, 1.6, "mg", "abdomen-lower-left", **choice)


def test_a_dose_at_0716_on_a_20_00_day_would_count_as_today_s_dose_12_h_44_min_early() -> None:
    found = dose_it_would_count_as(TA1, [], BERLIN, at(MONDAY, 7, 16))
    assert found is not None
    assert found.due_at == at(MONDAY, 20)
    assert found.early_by == timedelta(hours=12, minutes=44)


def test_a_dose_already_taken_is_not_offered_again() -> None:
    taken = [shot(at(MONDAY, 19, 50))]
    assert dose_it_would_count_as(TA1, taken, BERLIN, at(MONDAY, 21)) is None


def test_a_late_dose_after_midnight_is_offered_within_the_reach() -> None:
    tuesday_1am = at(MONDAY + timedelta(days=1), 1)
    found = dose_it_would_count_as(TA1, [], BERLIN, tuesday_1am, reach_hours=12)
    assert found is not None and found.due_at == at(MONDAY, 20)
    assert found.early_by == -timedelta(hours=5)
    assert dose_it_would_count_as(TA1, [], BERLIN, tuesday_1am, reach_hours=0) is None


def test_the_injection_being_changed_does_not_take_its_own_dose() -> None:
    mine = shot(at(MONDAY, 20), shot_id=7)
    found = dose_it_would_count_as(TA1, [mine], BERLIN, at(MONDAY, 18), editing_id=7)
    assert found is not None and found.due_at == at(MONDAY, 20)


def test_a_dose_chosen_for_20_00_counts_for_it_and_the_next_dose_moves_on() -> None:
    early = shot(at(MONDAY, 7, 16), counts_for=at(MONDAY, 20))
    outcomes = adherence(TA1, [early], BERLIN, MONDAY, MONDAY, at(MONDAY, 22))
    assert [(o.due_at, o.status, o.injection_id) for o in outcomes] == [
        (at(MONDAY, 20), DoseStatus.ON_TIME, 1)
    ]
    assert next_dose(TA1, BERLIN, at(MONDAY, 8), [early]) == at(MONDAY + timedelta(days=3), 20)


def test_without_the_choice_the_same_dose_is_extra_and_20_00_is_missed() -> None:
    early = shot(at(MONDAY, 7, 16))
    outcomes = adherence(TA1, [early], BERLIN, MONDAY, MONDAY, at(MONDAY + timedelta(1), 9))
    assert sorted(o.status for o in outcomes) == sorted([DoseStatus.EXTRA, DoseStatus.MISSED])


def test_a_dose_called_extra_never_takes_a_scheduled_dose() -> None:
    extra = shot(at(MONDAY, 20), extra=True)
    outcomes = adherence(TA1, [extra], BERLIN, MONDAY, MONDAY, at(MONDAY, 21))
    assert sorted(o.status for o in outcomes) == sorted([DoseStatus.EXTRA, DoseStatus.UPCOMING])


def test_a_chosen_dose_taken_after_its_window_is_late() -> None:
    late = shot(at(MONDAY + timedelta(1), 10), counts_for=at(MONDAY, 20))
    (outcome,) = adherence(TA1, [late], BERLIN, MONDAY, MONDAY, at(MONDAY + timedelta(1), 11))
    assert outcome.status is DoseStatus.LATE and outcome.injection_id == 1


def test_a_second_dose_within_a_day_is_noticed_and_one_after_it_is_not() -> None:
    first = shot(at(MONDAY, 7, 16))
    assert dose_shortly_before(TA1, [first], at(MONDAY, 20), 24) == first
    assert dose_shortly_before(TA1, [first], at(MONDAY + timedelta(1), 8), 24) is None
    assert dose_shortly_before(TA1, [first], at(MONDAY, 20), 0) is None


def test_on_a_daily_course_the_repeat_window_is_at_most_half_a_day() -> None:
    daily = replace(TA1, weekdays=(), every_n_days=1)
    assert repeat_window_hours(daily, 24) == 12
    assert repeat_window_hours(TA1, 24) == 24  # Mon/Thu: 3 days apart at the closest
    yesterday = shot(at(MONDAY, 20))
    assert dose_shortly_before(daily, [yesterday], at(MONDAY + timedelta(1), 19), 24) is None


def test_taken_today_names_the_last_dose_of_the_day() -> None:
    doses = [shot(at(MONDAY, 7, 16), 1), shot(at(MONDAY - timedelta(4), 20), 2)]
    assert taken_today(TA1, doses, BERLIN, at(MONDAY, 9)) == doses[0]
    assert taken_today(TA1, doses, BERLIN, at(MONDAY + timedelta(1), 9)) is None


def test_beyond_reach_the_nearest_open_dose_within_half_the_gap_is_offered() -> None:
    sunday = MONDAY - timedelta(days=1)
    assert dose_it_would_count_as(TA1, [], BERLIN, at(sunday, 22, 30)) is None  # 21.5 h: too far
    far = dose_out_of_reach(TA1, [], BERLIN, at(sunday, 22, 30))
    assert far is not None and far.due_at == at(MONDAY, 20)
    # Mon→Thu is 72 h: up to 36 h from a dose it is offered, beyond that it sits between two.
    assert dose_out_of_reach(TA1, [], BERLIN, at(MONDAY, 20) - timedelta(hours=36)) is not None
    assert dose_out_of_reach(TA1, [], BERLIN, at(MONDAY, 20) - timedelta(hours=37)) is None
    # Within reach, the near dose is the answer, not this one.
    assert dose_out_of_reach(TA1, [], BERLIN, at(MONDAY, 7, 16)) is None


def test_a_daily_course_offers_nothing_beyond_its_reach() -> None:
    daily = replace(TA1, weekdays=(), every_n_days=1)
    assert dose_out_of_reach(daily, [], BERLIN, at(MONDAY, 7, 0)) is None
