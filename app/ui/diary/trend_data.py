"""What the trend charts draw, worked out once per change and cut to the chosen range.

No Qt and no pyqtgraph here, so the tab can prepare data before the charts are ever shown.
Rolling means are computed over the whole diary and then cut, so the first days of a range
still average the week before them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.domain.diary import RATING_FIELDS, rolling_mean, series, sick_day_spans
from app.domain.diary_trends import Point
from app.domain.records import DiaryEntry

# Range keys in the order the buttons show them, with their length in days (None: everything).
RANGES: tuple[tuple[str, int | None], ...] = (
    ("1m", 31),
    ("3m", 92),
    ("6m", 183),
    ("1y", 366),
    ("all", None),
)
DEFAULT_RANGE = "3m"


@dataclass(frozen=True)
class RatingSeries:
    """One rating's daily values and 7-day rolling mean, oldest first."""

    days: tuple[date, ...]
    points: tuple[Point, ...]
    rolling: tuple[Point, ...]

    def between(self, start: date, end: date) -> tuple[list[Point], list[Point]]:
        """The points and rolling means from start to end, inclusive."""
        lo, hi = bisect_left(self.days, start), bisect_right(self.days, end)
        return list(self.points[lo:hi]), list(self.rolling[lo:hi])


@dataclass(frozen=True)
class TrendData:
    """Everything the three charts need, for the whole diary."""

    ratings: dict[str, RatingSeries] = field(default_factory=dict)
    sick_spans: tuple[tuple[date, date], ...] = ()
    injection_days: tuple[date, ...] = ()
    first_day: date | None = None

    def window(self, range_key: str, today: date) -> tuple[date, date]:
        """First and last day of a range ending today ("all" starts at the first entry)."""
        length = dict(RANGES)[range_key]
        if length is None:
            first = self.first_day or today - timedelta(days=30)
            return min(first, today), today
        return today - timedelta(days=length - 1), today

    def spans_between(self, start: date, end: date) -> list[tuple[date, date]]:
        """Sick spans that touch the window, clipped to it."""
        return [
            (max(first, start), min(last, end))
            for first, last in self.sick_spans
            if last >= start and first <= end
        ]

    def injections_between(self, start: date, end: date) -> list[date]:
        """Injection days inside the window."""
        days = self.injection_days
        return list(days[bisect_left(days, start) : bisect_right(days, end)])


def trend_data(entries: Sequence[DiaryEntry], injection_days: Sequence[date]) -> TrendData:
    """Series, rolling means, sick spans and injection days for the whole diary."""
    ratings: dict[str, RatingSeries] = {}
    for name in RATING_FIELDS:
        points = series(entries, name)
        ratings[name] = RatingSeries(
            days=tuple(day for day, _ in points),
            points=tuple(points),
            rolling=tuple(rolling_mean(points)),
        )
    return TrendData(
        ratings=ratings,
        sick_spans=tuple(sick_day_spans(entries)),
        injection_days=tuple(sorted(set(injection_days))),
        first_day=min((e.day for e in entries), default=None),
    )
