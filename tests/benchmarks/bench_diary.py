"""How long the Diary tab's trend charts take with ten years of daily entries.

Run: uv run python -m tests.benchmarks.bench_diary
Prints the median ms per redraw of each chart (build + paint) on the "All" range, the same for one year, and
the cost of working out the series, rolling means and episodes. Target: each chart under 50 ms.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.diary import RATING_FIELDS, sick_episodes  # noqa: E402
from app.domain.records import DiaryEntry  # noqa: E402
from app.ui.diary.trend_charts import TrendCharts  # noqa: E402
from app.ui.diary.trend_data import trend_data  # noqa: E402

DAYS = 3650
ROUNDS = 20
TODAY = date(2026, 11, 24)


def ten_years() -> tuple[list[DiaryEntry], list[date]]:
    """Daily entries with forgotten days and a sick spell every ~2 months; twice-weekly doses."""
    rng = random.Random(4)
    first = TODAY - timedelta(days=DAYS - 1)
    entries = []
    for i in range(DAYS):
        day = first + timedelta(days=i)
        if rng.random() < 0.08:
            continue
        sick = i % 61 < 4
        entries.append(
            DiaryEntry(
                day=day,
                energy=max(0, min(10, round(6 + rng.gauss(0, 1.3) - 3 * sick))),
                fatigue=max(0, min(10, round(3 + rng.gauss(0, 1.2) + 3 * sick))),
                wellbeing=max(0, min(10, round(6 + rng.gauss(0, 1.1) - 3 * sick))),
                sick=sick,
                sickness_kind="cold" if sick else "",
            )
        )
    injections = [
        first + timedelta(days=i) for i in range(DAYS) if (first.weekday() + i) % 7 in (0, 3)
    ]
    return entries, injections


def per_call_ms(run, rounds: int = ROUNDS) -> float:
    """Median milliseconds per call after one warm-up call (the median shrugs off a busy moment)."""
    run()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Time data preparation and each chart's redraw, and print the figures."""
    app = QApplication.instance() or QApplication([])
    entries, injections = ten_years()
    data_ms = per_call_ms(lambda: trend_data(entries, injections), 5)
    episodes_ms = per_call_ms(lambda: sick_episodes(entries), 5)
    charts = TrendCharts(lambda: TODAY)
    charts.resize(1200, 900)
    charts.show()
    charts.set_data(trend_data(entries, injections))
    app.processEvents()
    print(f"Diary trends, {len(entries)} entries over {DAYS} days, {len(injections)} injections:")
    print(f"  series + 7-day means + sick spans: {data_ms:.1f} ms")
    print(f"  sick episodes:                     {episodes_ms:.1f} ms")
    for range_key in ("all", "1y"):
        charts.set_range(range_key)
        for name in RATING_FIELDS:
            widget = charts.plots[name]

            def redraw(name=name, widget=widget) -> None:
                charts.redraw_chart(name)
                widget.grab()  # forces layout and paint

            ms = per_call_ms(redraw)
            verdict = "ok" if ms < 50 else "OVER the 50 ms target"
            print(f"  redraw {name:<9} ({range_key:>3}): {ms:6.1f} ms  {verdict}")
    charts.close()


if __name__ == "__main__":
    main()
