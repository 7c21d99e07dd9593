"""The symptom diary's domain: entry checks, sick episodes and their figures, trend lines."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from app.domain.diary import (
    EntryProblem,
    can_save,
    compare_before_since,
    episode_figures,
    last_90_days_figures,
    normalize_entry,
    normalize_tags,
    rolling_mean,
    series,
    sick_day_spans,
    sick_episodes,
    validate_entry,
    worse_recently,
)
from app.domain.records import DiaryEntry

D0 = date(2026, 3, 2)


def day(offset: int) -> date:
    return D0 + timedelta(days=offset)


def sick(offset: int, kind: str = "cold", temperature: float | None = None) -> DiaryEntry:
    return DiaryEntry(day=day(offset), sick=True, sickness_kind=kind, temperature_c=temperature)


def well(offset: int, temperature: float | None = None) -> DiaryEntry:
    return DiaryEntry(day=day(offset), energy=6, temperature_c=temperature)


def codes(problems: list[EntryProblem]) -> list[str]:
    return [problem.code for problem in problems]


# --- Checks on an entry ---------------------------------------------------------------------


@pytest.mark.parametrize("field", ["energy", "fatigue", "wellbeing"])
@pytest.mark.parametrize("value", [-1, 11, 100])
def test_rating_outside_0_to_10_blocks_saving(field: str, value: int) -> None:
    entry = DiaryEntry(day=D0, **{field: value})
    problems = validate_entry(entry, today=D0)
    assert [(p.field, p.blocking) for p in problems] == [(field, True)]
    assert not can_save(problems)


@pytest.mark.parametrize("value", [0, 10, None])
def test_rating_at_the_ends_of_the_scale_or_left_empty_is_fine(value: int | None) -> None:
    entry = DiaryEntry(day=D0, energy=value, fatigue=value, wellbeing=value)
    assert validate_entry(entry, today=D0) == []


def test_half_point_rating_blocks_saving() -> None:
    problems = validate_entry(DiaryEntry(day=D0, energy=6.5), today=D0)  # type: ignore[arg-type]
    assert codes(problems) == ["rating_whole"]
    assert problems[0].blocking


@pytest.mark.parametrize("value", [34.0, 36.6, 37.5, 39.9, 43.0])
def test_body_temperatures_including_fever_are_fine(value: float) -> None:
    assert validate_entry(DiaryEntry(day=D0, temperature_c=value), today=D0) == []


def test_temperature_that_looks_like_a_typo_blocks_with_a_plain_message() -> None:
    problems = validate_entry(DiaryEntry(day=D0, temperature_c=3.75), today=D0)
    assert len(problems) == 1
    assert problems[0].field == "temperature_c"
    assert problems[0].blocking
    assert problems[0].message.startswith("Temperature 3.75 °C looks like a typo")


@pytest.mark.parametrize("value", [33.9, 43.1, 375.0, 60.0, float("nan")])
def test_temperatures_outside_34_to_43_block(value: float) -> None:
    problems = validate_entry(DiaryEntry(day=D0, temperature_c=value), today=D0)
    assert codes(problems) == ["temperature_typo"]
    assert not can_save(problems)


@pytest.mark.parametrize(("fahrenheit", "celsius"), [(98.6, "37.0 °C"), (108.0, "42.2 °C")])
def test_fahrenheit_typed_blocks_and_suggests_the_celsius_value(
    fahrenheit: float, celsius: str
) -> None:
    problems = validate_entry(DiaryEntry(day=D0, temperature_c=fahrenheit), today=D0)
    assert codes(problems) == ["temperature_fahrenheit"]
    assert problems[0].blocking
    assert "°C" in problems[0].message
    assert celsius in problems[0].message


def test_future_day_asks_first_but_does_not_block() -> None:
    today = date(2026, 11, 25)
    problems = validate_entry(DiaryEntry(day=date(2026, 11, 26)), today=today)
    assert len(problems) == 1
    assert problems[0].field == "day"
    assert problems[0].message == (
        "This entry is for 26 Nov, which is in the future. Save it anyway?"
    )
    assert not problems[0].blocking
    assert can_save(problems)


def test_future_day_in_another_year_names_the_year() -> None:
    problems = validate_entry(DiaryEntry(day=date(2027, 1, 3)), today=date(2026, 12, 30))
    assert "3 Jan 2027" in problems[0].message


def test_today_and_past_days_are_not_questioned() -> None:
    assert validate_entry(DiaryEntry(day=D0), today=D0) == []
    assert validate_entry(DiaryEntry(day=day(-400)), today=D0) == []


def test_future_day_with_a_bad_rating_still_blocks() -> None:
    problems = validate_entry(DiaryEntry(day=day(1), energy=12), today=D0)
    assert sorted(codes(problems)) == ["future_day", "rating_range"]
    assert not can_save(problems)


def test_sick_without_a_kind_is_fine_and_saved_as_other() -> None:
    entry = DiaryEntry(day=D0, sick=True)
    assert validate_entry(entry, today=D0) == []
    assert normalize_entry(entry).sickness_kind == "other"
    assert normalize_entry(DiaryEntry(day=D0, sick=True, sickness_kind=" Flu ")).sickness_kind == (
        "flu"
    )


def test_tags_are_trimmed_lowercased_split_on_commas_and_deduplicated() -> None:
    raw = [" Travel ", "travel", "Poor  Sleep,cold", "", " , ", "COLD"]
    assert normalize_tags(raw) == ("travel", "poor sleep", "cold")
    assert normalize_entry(DiaryEntry(day=D0, tags=tuple(raw))).tags == (
        "travel",
        "poor sleep",
        "cold",
    )


# --- Sick episodes --------------------------------------------------------------------------


def test_missing_day_between_two_sick_days_bridges_but_is_not_a_sick_day() -> None:
    [episode] = sick_episodes([sick(0), sick(2)])
    assert (episode.start, episode.end) == (day(0), day(2))
    assert episode.length_days == 3
    assert episode.recovery_days == 3
    assert episode.sick_days == 2
    assert episode.missing_days == 1


def test_not_sick_day_between_two_sick_days_bridges_too() -> None:
    [episode] = sick_episodes([sick(0), well(1), sick(2)])
    assert (episode.start, episode.end, episode.length_days) == (day(0), day(2), 3)
    assert episode.sick_days == 2
    assert episode.missing_days == 0


@pytest.mark.parametrize("gap", [[], [well(1)], [well(1), well(2)]])
def test_two_days_without_sickness_split_the_episode(gap: list[DiaryEntry]) -> None:
    episodes = sick_episodes([sick(0), *gap, sick(3)])
    assert [(e.start, e.end) for e in episodes] == [(day(0), day(0)), (day(3), day(3))]


def test_one_day_episode_lasts_one_day() -> None:
    [episode] = sick_episodes([well(0), sick(1, "stomach", 38.2), well(2)])
    assert (episode.length_days, episode.recovery_days, episode.sick_days) == (1, 1, 1)
    assert episode.kinds == {"stomach"}
    assert episode.max_temperature == 38.2


def test_episode_collects_kinds_and_the_highest_temperature_of_its_span() -> None:
    entries = [sick(0, "cold", 37.8), well(1, temperature=38.9), sick(2, ""), sick(3, "Flu", 38.1)]
    [episode] = sick_episodes(entries)
    assert episode.kinds == {"cold", "other", "flu"}
    assert episode.max_temperature == 38.9
    assert episode.sick_days == 3


def test_unsorted_entries_give_the_same_episodes() -> None:
    entries = [sick(0), sick(1), well(2), sick(3), sick(10), well(11), well(12), sick(13)]
    expected = sick_episodes(entries)
    shuffled = entries[:]
    random.Random(7).shuffle(shuffled)
    assert sick_episodes(shuffled) == expected
    assert [(e.start, e.end) for e in expected] == [(day(0), day(3)), (day(10), day(10)),
                                                    (day(13), day(13))]  # fmt: skip


def test_no_sick_days_means_no_episodes() -> None:
    assert sick_episodes([well(0), well(1)]) == []
    assert sick_episodes([]) == []


# --- Figures --------------------------------------------------------------------------------


def test_episodes_per_90_days_uses_the_span_that_was_logged() -> None:
    # Logged from day 0 to day 179 (180 days), two colds: one every 90 days.
    entries = [well(0), sick(20), sick(21), sick(100), well(179)]
    episodes = sick_episodes(entries)
    figures = episode_figures(episodes, day(-365), day(400), entries=entries)
    assert figures.covered_days == 180
    assert figures.count == 2
    assert figures.episodes_per_90_days == pytest.approx(1.0)
    assert figures.average_recovery_days == pytest.approx(1.5)


def test_without_entries_the_whole_window_counts() -> None:
    episodes = sick_episodes([sick(10)])
    figures = episode_figures(episodes, day(0), day(179))
    assert figures.covered_days == 180
    assert figures.episodes_per_90_days == pytest.approx(0.5)


def test_no_episodes_gives_zero_rate_and_no_average_recovery() -> None:
    entries = [well(0), well(30)]
    figures = episode_figures([], day(0), day(30), entries=entries)
    assert figures.count == 0
    assert figures.episodes_per_90_days == 0.0
    assert figures.average_recovery_days is None


def test_an_episode_still_going_is_counted_but_kept_out_of_recovery() -> None:
    entries = [sick(0), sick(1), sick(2), well(3), well(20), sick(29), sick(30)]
    episodes = sick_episodes(entries)
    figures = episode_figures(episodes, day(0), day(30), entries=entries, today=day(30))
    assert (figures.count, figures.ongoing) == (2, 1)
    assert figures.average_recovery_days == pytest.approx(3.0)
    later = episode_figures(episodes, day(0), day(40), entries=entries, today=day(40))
    assert later.ongoing == 0
    assert later.average_recovery_days == pytest.approx(2.5)


def test_episode_spanning_the_protocol_start_counts_before() -> None:
    start = day(60)
    entries = [well(0), sick(58), sick(59), sick(60), sick(61), well(62), well(120)]
    episodes = sick_episodes(entries)
    comparison = compare_before_since(episodes, entries, protocol_start=start, today=day(120))
    assert comparison.before.count == 1
    assert comparison.before.average_recovery_days == 4
    assert comparison.since.count == 0
    assert comparison.before.covered_days == 60  # day 0 .. day 59
    assert comparison.since.covered_days == 61  # day 60 .. day 120


def test_fewer_and_shorter_episodes_since_the_protocol_show_in_the_comparison() -> None:
    before = [sick(d) for d in (5, 6, 7, 8, 40, 41, 42, 70, 71, 72, 73, 74)]
    since = [sick(d) for d in (130, 131)]
    entries = [well(0), *before, well(89), well(90), *since, well(179)]
    episodes = sick_episodes(entries)
    comparison = compare_before_since(episodes, entries, protocol_start=day(90), today=day(179))
    assert comparison.before.episodes_per_90_days == pytest.approx(3.0)
    assert comparison.since.episodes_per_90_days == pytest.approx(1.0)
    assert comparison.before.average_recovery_days == pytest.approx(4.0)
    assert comparison.since.average_recovery_days == pytest.approx(2.0)


def test_nothing_logged_before_the_protocol_gives_no_rate_rather_than_zero() -> None:
    entries = [well(0), sick(5)]
    comparison = compare_before_since(sick_episodes(entries), entries, day(0), today=day(10))
    assert comparison.before.covered_days == 0
    assert comparison.before.episodes_per_90_days is None
    assert comparison.since.count == 1


def test_last_90_days_counts_episodes_that_started_in_those_90_days() -> None:
    today = day(200)
    entries = [sick(110), sick(111), sick(150), well(200)]  # day 110 is 90 days before today
    figures = last_90_days_figures(sick_episodes(entries), entries, today)
    assert figures.start == day(111)
    assert figures.count == 1  # the episode of day 110–111 started the day before the window
    assert figures.covered_days == 90


# --- Trends ---------------------------------------------------------------------------------


def test_rolling_mean_values_are_exact_and_need_min_points() -> None:
    points = [(day(i), float(i + 1)) for i in range(7)]
    means = dict(rolling_mean(points, window_days=7, min_points=3))
    assert means[day(0)] is None
    assert means[day(1)] is None
    assert means[day(2)] == 2.0
    assert means[day(3)] == 2.5
    assert means[day(6)] == 4.0


def test_rolling_window_is_calendar_days_not_last_n_entries() -> None:
    points = [(day(0), 10.0), (day(5), 2.0), (day(6), 4.0), (day(7), 6.0)]
    means = dict(rolling_mean(points, window_days=7, min_points=3))
    assert means[day(6)] == pytest.approx(16 / 3)  # day 0 is still in the window
    assert means[day(7)] == 4.0  # day 0 has just left it


def test_rolling_mean_leaves_gaps_unfilled() -> None:
    points = [(day(0), 5.0), (day(1), None), (day(2), None), (day(3), 7.0), (day(20), 9.0)]
    result = rolling_mean(points, window_days=7, min_points=2)
    assert result == [(day(0), None), (day(1), None), (day(2), None), (day(3), 6.0),
                      (day(20), None)]  # fmt: skip


def test_series_is_in_day_order_with_unrated_days_as_none() -> None:
    entries = [DiaryEntry(day=day(2), fatigue=7), DiaryEntry(day=day(0), fatigue=3), well(1)]
    assert series(entries, "fatigue") == [(day(0), 3.0), (day(1), None), (day(2), 7.0)]
    with pytest.raises(ValueError):
        series(entries, "notes")


def test_sick_day_spans_shade_only_the_days_marked_sick() -> None:
    entries = [sick(3), sick(0), sick(1), well(2), sick(9)]
    assert sick_day_spans(entries) == [(day(0), day(1)), (day(3), day(3)), (day(9), day(9))]


def fortnights(previous: float, recent: float, today: date) -> list[tuple[date, float | None]]:
    return [(today - timedelta(days=i), recent if i < 14 else previous) for i in range(28)]


def test_fatigue_rising_two_points_is_worse() -> None:
    change = worse_recently(fortnights(3.0, 5.0, D0), D0, higher_is_worse=True)
    assert change is not None
    assert (change.recent_mean, change.previous_mean, change.worse) == (5.0, 3.0, True)


def test_energy_falling_is_worse_and_rising_is_not() -> None:
    down = worse_recently(fortnights(6.0, 4.0, D0), D0, higher_is_worse=False)
    up = worse_recently(fortnights(4.0, 6.0, D0), D0, higher_is_worse=False)
    assert down is not None and down.worse
    assert up is not None and not up.worse


def test_change_below_the_threshold_is_not_worse_and_the_threshold_itself_is() -> None:
    small = worse_recently(fortnights(6.0, 5.5, D0), D0)
    exact = worse_recently(fortnights(5.1, 4.1, D0), D0, threshold=1.0)
    assert small is not None and not small.worse
    assert exact is not None and exact.worse


def test_too_few_ratings_in_either_fortnight_gives_no_comparison() -> None:
    points = [(D0 - timedelta(days=i), 5.0) for i in range(14)] + [(D0 - timedelta(days=20), 9.0)]
    assert worse_recently(points, D0) is None
    assert worse_recently([], D0) is None
