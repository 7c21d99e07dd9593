"""Sick episodes from the diary, and the figures the article asks about: how often, how long.

The article's signs that a protocol helps are getting sick less often and recovering faster. An
episode is a run of sick days; a single day between two sick days (marked not sick, or not logged
at all) does not end it, because one good day in the middle of a cold is still the same cold. Two
or more days without a sick entry do end it.

Definitions, chosen here and used everywhere (screens, `dosebook status`, the report):
- Recovery days of an episode = its length in calendar days, first sick day to last, inclusive,
  bridged days included. It is what a person means by "the cold lasted a week".
- An episode is counted in the window where it *started*; one that began the day before the
  protocol started belongs to "before", even though most of it fell after.
- Episodes per 90 days = count / covered days × 90, where covered days is the window clipped to the
  first and last entry inside it. Days before someone began keeping the diary, or after they stopped,
  are not assumed healthy; gaps in the middle are, since a diary is rarely kept every single day.
- An episode whose last sick day is today or yesterday may go on: it is counted, but left out of
  the average recovery days until it is over, so an unfinished cold does not look like a quick one.
- Missing days are never invented: a missing day that bridges two sick days lies inside the episode
  but is not a sick day.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.records import DiaryEntry

# Not-sick (or unlogged) days allowed between two sick days of one episode.
MAX_BRIDGED_DAYS = 1
DEFAULT_KIND = "other"
RATE_PERIOD_DAYS = 90
LAST_DAYS_WINDOW = 90


@dataclass(frozen=True)
class Episode:
    """One spell of being sick, from its first sick day to its last."""

    start: date
    end: date
    kinds: frozenset[str]
    sick_days: int  # days logged as sick
    max_temperature: float | None = None  # highest temperature logged on any day of the span
    missing_days: int = 0  # days inside the span with no entry (bridged, never counted as sick)

    @property
    def length_days(self) -> int:
        """Calendar days from start to end, both included."""
        return (self.end - self.start).days + 1

    @property
    def recovery_days(self) -> int:
        """Days to recover: the episode's length (see the module docstring)."""
        return self.length_days

    def may_continue(self, today: date) -> bool:
        """True when the last sick day is today or yesterday, so the episode may not be over."""
        return (today - self.end).days <= 1


@dataclass(frozen=True)
class EpisodeFigures:
    """How often sick and how long it took, over one window of days."""

    start: date
    end: date
    covered_days: int  # the window clipped to the first and last entry inside it
    count: int  # episodes that started in the window
    ongoing: int  # of those, episodes that may not be over yet
    episodes_per_90_days: float | None  # None when no day of the window is covered
    average_recovery_days: float | None  # over finished episodes; None when there are none


@dataclass(frozen=True)
class Comparison:
    """Figures before the protocol started and since, side by side."""

    before: EpisodeFigures
    since: EpisodeFigures


def sick_episodes(entries: Iterable[DiaryEntry]) -> list[Episode]:
    """Group sick days into episodes, oldest first; entries may come in any order."""
    sick_kinds: dict[date, set[str]] = {}
    temperatures: dict[date, float] = {}
    logged: set[date] = set()
    for entry in entries:
        logged.add(entry.day)
        if entry.temperature_c is not None and math.isfinite(entry.temperature_c):
            previous = temperatures.get(entry.day)
            if previous is None or entry.temperature_c > previous:
                temperatures[entry.day] = entry.temperature_c
        if entry.sick:
            kind = " ".join(entry.sickness_kind.split()).lower() or DEFAULT_KIND
            sick_kinds.setdefault(entry.day, set()).add(kind)

    episodes: list[Episode] = []
    group: list[date] = []
    for day in sorted(sick_kinds):
        if group and (day - group[-1]).days > MAX_BRIDGED_DAYS + 1:
            episodes.append(_episode(group, sick_kinds, temperatures, logged))
            group = []
        group.append(day)
    if group:
        episodes.append(_episode(group, sick_kinds, temperatures, logged))
    return episodes


def episode_figures(
    episodes: Sequence[Episode],
    start: date,
    end: date,
    *,
    entries: Iterable[DiaryEntry] | None = None,
    today: date | None = None,
) -> EpisodeFigures:
    """Count episodes that started in start..end (inclusive) and work out rate and recovery.

    With `entries`, covered days are the window clipped to the first and last entry inside it;
    without, the whole window counts. With `today`, episodes that may go on are kept out of the
    average recovery days.
    """
    counted = [episode for episode in episodes if start <= episode.start <= end]
    covered = _covered_days(start, end, entries)
    finished = [e for e in counted if today is None or not e.may_continue(today)]
    return EpisodeFigures(
        start=start,
        end=end,
        covered_days=covered,
        count=len(counted),
        ongoing=len(counted) - len(finished),
        episodes_per_90_days=(len(counted) / covered * RATE_PERIOD_DAYS) if covered else None,
        average_recovery_days=(
            sum(e.recovery_days for e in finished) / len(finished) if finished else None
        ),
    )


def compare_before_since(
    episodes: Sequence[Episode],
    entries: Sequence[DiaryEntry],
    protocol_start: date,
    today: date,
) -> Comparison:
    """Figures for the time before the protocol started and for the time since, up to today."""
    day_before = protocol_start - timedelta(days=1)
    first_logged = min((entry.day for entry in entries), default=protocol_start)
    before = episode_figures(
        episodes, min(first_logged, day_before), day_before, entries=entries, today=today
    )
    since = episode_figures(episodes, protocol_start, today, entries=entries, today=today)
    return Comparison(before=before, since=since)


def last_90_days_figures(
    episodes: Sequence[Episode], entries: Sequence[DiaryEntry], today: date
) -> EpisodeFigures:
    """Figures for the 90 days ending today, as `dosebook status` shows them."""
    start = today - timedelta(days=LAST_DAYS_WINDOW - 1)
    return episode_figures(episodes, start, today, entries=entries, today=today)


def _covered_days(start: date, end: date, entries: Iterable[DiaryEntry] | None) -> int:
    if end < start:
        return 0
    if entries is None:
        return (end - start).days + 1
    inside = [entry.day for entry in entries if start <= entry.day <= end]
    if not inside:
        return 0
    return (max(inside) - min(inside)).days + 1


def _episode(
    sick_days: list[date],
    sick_kinds: dict[date, set[str]],
    temperatures: dict[date, float],
    logged: set[date],
) -> Episode:
    start, end = sick_days[0], sick_days[-1]
    span = [start + timedelta(days=offset) for offset in range((end - start).days + 1)]
    temps = [temperatures[day] for day in span if day in temperatures]
    return Episode(
        start=start,
        end=end,
        kinds=frozenset().union(*(sick_kinds[day] for day in sick_days)),
        sick_days=len(sick_days),
        max_temperature=max(temps) if temps else None,
        missing_days=sum(1 for day in span if day not in logged),
    )
