"""Trend lines from the diary: rating series, rolling means, sick-day shading, recent change.

Gaps are never filled: a day without a rating is simply not in the mean, and a mean over too few
days is left out (None) rather than drawn from one or two values.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from app.domain.records import DiaryEntry

Point = tuple[date, float | None]

SERIES_FIELDS: tuple[str, ...] = ("energy", "fatigue", "wellbeing", "temperature_c")

# For each rating, whether a higher number means feeling worse.
HIGHER_IS_WORSE: dict[str, bool] = {"energy": False, "fatigue": True, "wellbeing": False}


class RecentChange(NamedTuple):
    """Mean of the last `days` days against the `days` before them."""

    recent_mean: float
    previous_mean: float
    worse: bool


def series(entries: Iterable[DiaryEntry], field: str) -> list[Point]:
    """The day-by-day values of one rating (or temperature), oldest first; None where not rated."""
    if field not in SERIES_FIELDS:
        raise ValueError(f"no diary series called {field!r}")
    points: list[Point] = []
    for entry in sorted(entries, key=lambda e: e.day):
        value = getattr(entry, field)
        points.append((entry.day, None if value is None else float(value)))
    return points


def rolling_mean(points: Sequence[Point], window_days: int = 7, min_points: int = 3) -> list[Point]:
    """Mean over a trailing window of calendar days ending at each point, oldest first.

    The window for a point on day d is d - window_days + 1 .. d, whatever was logged in it (not
    the last N entries). The mean is over the values present; None where fewer than `min_points`
    values are present. Runs in one pass with a sliding sum, so ten years take a few ms.
    """
    if window_days < 1 or min_points < 1:
        raise ValueError("window_days and min_points must be at least 1")
    ordered = sorted(points, key=lambda point: point[0])
    present: deque[tuple[int, float]] = deque()
    # Running minimum and maximum of the window (monotonic queues): a float sum can land a hair
    # outside the values it came from, and a mean must never do that.
    lows: deque[tuple[int, float]] = deque()
    highs: deque[tuple[int, float]] = deque()
    total = 0.0
    result: list[Point] = []
    for day, value in ordered:
        ordinal = day.toordinal()
        if value is not None and math.isfinite(value):
            present.append((ordinal, value))
            total += value
            while lows and lows[-1][1] >= value:
                lows.pop()
            lows.append((ordinal, value))
            while highs and highs[-1][1] <= value:
                highs.pop()
            highs.append((ordinal, value))
        first_day = ordinal - window_days + 1
        while present and present[0][0] < first_day:
            total -= present.popleft()[1]
        while lows and lows[0][0] < first_day:
            lows.popleft()
        while highs and highs[0][0] < first_day:
            highs.popleft()
        if not present:
            total = 0.0  # start clean, so rounding does not creep along the years
        if len(present) >= min_points:
            mean = min(max(total / len(present), lows[0][1]), highs[0][1])
            result.append((day, mean))
        else:
            result.append((day, None))
    return result


def sick_day_spans(entries: Iterable[DiaryEntry]) -> list[tuple[date, date]]:
    """Runs of consecutive sick days (first, last), oldest first, for shading a chart.

    Unlike episodes, nothing is bridged: the shading shows exactly the days marked sick.
    """
    days = sorted({entry.day for entry in entries if entry.sick})
    spans: list[tuple[date, date]] = []
    for day in days:
        if spans and day - spans[-1][1] == timedelta(days=1):
            spans[-1] = (spans[-1][0], day)
        else:
            spans.append((day, day))
    return spans


def worse_recently(
    points: Sequence[Point],
    today: date,
    days: int = 14,
    *,
    higher_is_worse: bool = False,
    threshold: float = 1.0,
    min_points: int = 4,
) -> RecentChange | None:
    """Compare the mean of the last `days` days with the `days` before; None if either is thin.

    `worse` is True when the change is at least `threshold` points in the bad direction (down for
    energy and well-being, up for fatigue: see HIGHER_IS_WORSE). Only numbers; the rules decide.
    """
    recent_first = today - timedelta(days=days - 1)
    previous_first = recent_first - timedelta(days=days)
    recent: list[float] = []
    previous: list[float] = []
    for day, value in points:
        if value is None or not math.isfinite(value):
            continue
        if recent_first <= day <= today:
            recent.append(value)
        elif previous_first <= day < recent_first:
            previous.append(value)
    if len(recent) < min_points or len(previous) < min_points:
        return None
    recent_mean = math.fsum(recent) / len(recent)
    previous_mean = math.fsum(previous) / len(previous)
    change = recent_mean - previous_mean if higher_is_worse else previous_mean - recent_mean
    # A hair of slack so a change of exactly the threshold is not lost to float rounding.
    return RecentChange(recent_mean, previous_mean, change >= threshold - 1e-9)
