"""Sample chart data shaped like a real diary: gaps, sick spells, twice-weekly injections."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

START = date(2026, 1, 5)  # a Monday


def rating_series(
    days: int = 120, seed: int = 7, start: date = START
) -> tuple[list[tuple[date, float | None]], list[tuple[date, float | None]]]:
    """Daily 0-10 ratings with missed days and a 7-day rolling mean (None below 4 values)."""
    rng = random.Random(seed)
    points: list[tuple[date, float | None]] = []
    for i in range(days):
        day = start + timedelta(days=i)
        missed = rng.random() < 0.12 or 40 <= i % 365 < 46  # scattered and a week away
        base = 6 + 1.5 * math.sin(i / 9)
        points.append(
            (day, None if missed else float(max(0, min(10, round(base + rng.gauss(0, 1))))))
        )
    rolling: list[tuple[date, float | None]] = []
    for i, (day, _) in enumerate(points):
        window = [v for _, v in points[max(0, i - 6) : i + 1] if v is not None]
        rolling.append((day, sum(window) / len(window) if len(window) >= 4 else None))
    return points, rolling


def sick_spans(days: int = 120, start: date = START) -> list[tuple[date, date]]:
    """A few sick spells: one every ~70 days, 3 to 6 days long."""
    spans = []
    for offset in range(20, days, 70):
        spans.append(
            (start + timedelta(days=offset), start + timedelta(days=offset + 3 + offset % 4))
        )
    return spans


def injection_days(days: int = 120, start: date = START) -> list[date]:
    """Monday and Thursday, with one missed Thursday."""
    out = [
        start + timedelta(days=i)
        for i in range(days)
        if (start + timedelta(days=i)).weekday() in (0, 3)
    ]
    return [d for d in out if d != start + timedelta(days=17)]


def alt_results():
    """ALT over a year: two labs with different ranges, one high and one low result."""
    from app.charts.lab import BandStep, LabPoint

    values = [
        (0, 31, "normal"),
        (60, 48, "normal"),
        (120, 62, "high"),
        (180, 29, "normal"),
        (240, 41, "high"),
        (300, 6, "low"),
        (360, 22, "normal"),
    ]
    points = [
        LabPoint(START + timedelta(days=d), float(v), flag, "", f"{v}") for d, v, flag in values
    ]
    steps = [BandStep(START, 7.0, 55.0), BandStep(START + timedelta(days=240), 10.0, 35.0)]
    return points, steps


def hbv_results():
    """HBV DNA: censored '<20' results with a one-sided range (below 20 is the goal)."""
    from app.charts.lab import BandStep, LabPoint

    rows = [
        (0, 140.0, "high", ""),
        (90, 35.0, "high", ""),
        (180, 20.0, "normal", "<"),
        (270, 20.0, "normal", "<"),
        (360, 1700.0, "high", ">"),
    ]
    points = [
        LabPoint(START + timedelta(days=d), v, flag, comp, f"{comp}{v:g}")
        for d, v, flag, comp in rows
    ]
    return points, [BandStep(START, None, 20.0)]


def hbeag_results() -> list[tuple[date, str, bool]]:
    """Qualitative HBeAg results every few months."""
    rows = [
        (0, "positive", True),
        (120, "positive", True),
        (240, "negative", False),
        (360, "negative", False),
    ]
    return [(START + timedelta(days=d), text, flag) for d, text, flag in rows]
