"""Properties of sick episodes and rolling means that must hold for any diary."""

from __future__ import annotations

import math
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.domain.diary import MAX_BRIDGED_DAYS, rolling_mean, sick_episodes
from app.domain.records import DiaryEntry

D0 = date(2026, 1, 1)

# A diary of up to 120 days: each day logged as sick, logged as well, or not logged (absent).
diaries = st.dictionaries(
    keys=st.integers(min_value=0, max_value=120),
    values=st.tuples(st.booleans(), st.sampled_from(["", "cold", "flu", "stomach"])),
    max_size=120,
).map(
    lambda days: [
        DiaryEntry(day=D0 + timedelta(days=offset), sick=is_sick, sickness_kind=kind)
        for offset, (is_sick, kind) in days.items()
    ]
)


@given(diaries)
def test_episodes_never_overlap_and_are_separated_by_a_real_gap(entries: list[DiaryEntry]) -> None:
    episodes = sick_episodes(entries)
    for earlier, later in zip(episodes, episodes[1:], strict=False):
        # At least MAX_BRIDGED_DAYS + 1 days without a sick entry between two episodes.
        assert (later.start - earlier.end).days > MAX_BRIDGED_DAYS + 1


@given(diaries)
def test_every_sick_day_is_inside_exactly_one_episode(entries: list[DiaryEntry]) -> None:
    episodes = sick_episodes(entries)
    sick_days = {entry.day for entry in entries if entry.sick}
    for sick_day in sick_days:
        assert sum(1 for e in episodes if e.start <= sick_day <= e.end) == 1
    assert sum(e.sick_days for e in episodes) == len(sick_days)
    for episode in episodes:
        assert episode.start in sick_days and episode.end in sick_days
        assert 1 <= episode.sick_days <= episode.length_days
        assert episode.kinds


points_lists = st.dictionaries(
    keys=st.integers(min_value=0, max_value=200),
    values=st.one_of(
        st.none(),
        st.integers(min_value=0, max_value=10).map(float),
        st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    ),
    max_size=150,
).map(lambda days: [(D0 + timedelta(days=offset), value) for offset, value in days.items()])


@given(
    points_lists,
    st.integers(min_value=1, max_value=30),
    st.integers(min_value=1, max_value=5),
)
def test_rolling_mean_stays_within_its_window_and_respects_min_points(
    points: list[tuple[date, float | None]], window_days: int, min_points: int
) -> None:
    result = rolling_mean(points, window_days=window_days, min_points=min_points)
    assert [day for day, _ in result] == sorted(day for day, _ in points)
    for day, mean in result:
        window = [
            value
            for other, value in points
            if value is not None and 0 <= (day - other).days < window_days
        ]
        if len(window) < min_points:
            assert mean is None
        else:
            assert mean is not None
            assert min(window) <= mean <= max(window)
            expected = math.fsum(window) / len(window)
            assert math.isclose(mean, expected, rel_tol=1e-9, abs_tol=1e-6)
