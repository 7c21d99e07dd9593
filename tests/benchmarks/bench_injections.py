"""How long the Injections tab takes with ten years of injections; run:
uv run python -m tests.benchmarks.bench_injections

Prints milliseconds to paint a month of the calendar (its marks computed from the whole log, then
painted) and to recolour the body map (zone usage, suggestion, repaint). Target: under 50 ms each.
Not a test: timings depend on the machine, so nothing here asserts.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.keys import KeyMaterial  # noqa: E402
from app.domain.records import Injection, Profile, Protocol  # noqa: E402
from app.store.changes import Change  # noqa: E402
from app.store.diary import Diary  # noqa: E402
from app.store.reading import convert  # noqa: E402
from app.ui.injections import InjectionsTab  # noqa: E402

ROUNDS = 20
TZ = ZoneInfo("Europe/Berlin")
START = date(2016, 11, 28)
TODAY = date(2026, 11, 24)


def ten_year_diary(folder: Path) -> Diary:
    """A diary with twice-weekly injections for ten years (about 1,040), the same every run."""
    diary = Diary.create_with_key(folder / "bench.dosebook", KeyMaterial(b"k" * 32, b"s" * 16))
    diary.save_profile(Profile(timezone=TZ.key))
    p = diary.save_protocol(Protocol(None, "TA1", 1.6, "mg", weekdays=(0, 3), start=START))
    zones = [z.id for z in diary.zones()]
    rng = random.Random(7)
    shots = []
    day = START
    while day < TODAY:
        if day.weekday() in (0, 3) and rng.random() > 0.03:
            due = datetime.combine(day, clock(20), TZ)
            taken = due + timedelta(
                minutes=rng.randint(-60, 60 * (14 if rng.random() < 0.05 else 1))
            )
            shots.append(Injection(None, taken, p.id, 1.6, "mg", zones[len(shots) % len(zones)]))
        day += timedelta(days=1)
    # One write for all of them: the benchmark is about showing them, not about logging them.
    with diary._write(Change.INJECTIONS) as tx:  # noqa: SLF001
        for shot in shots:
            tx.insert("injection", convert.injection_fields(shot))
    return diary


def per_round(action) -> float:
    action()  # warm-up: fonts, caches
    begin = time.perf_counter()
    for _ in range(ROUNDS):
        action()
    return (time.perf_counter() - begin) / ROUNDS * 1000


def main() -> None:
    """Build the tab on ten years of injections and time the month and the map."""
    app = QApplication.instance() or QApplication([])
    diary = ten_year_diary(Path(tempfile.mkdtemp(prefix="dosebook-bench-")))
    now = datetime.combine(TODAY, clock(18, 30), TZ)
    tab = InjectionsTab(diary, clock=lambda: now)
    tab.resize(1280, 820)
    tab.show()
    app.processEvents()
    months = [(2026, m) for m in range(1, 12)] + [(2017, m) for m in range(1, 10)]

    def paint_month() -> None:
        year, month = months[paint_month.i % len(months)]
        paint_month.i += 1
        tab.calendar.show_month(year, month)  # marks for the month, then the day list
        tab.calendar.repaint()

    paint_month.i = 0

    def recolour_map() -> None:
        tab.recolour_map()
        tab.body_map.repaint()

    month_ms = per_round(paint_month)
    map_ms = per_round(recolour_map)
    begin = time.perf_counter()
    tab.reload()
    reload_ms = (time.perf_counter() - begin) * 1000
    print(f"Injections tab with {len(tab.snapshot.injections)} injections over ten years:")
    print(f"  month calendar (marks + paint): {month_ms:.1f} ms per month (target < 50)")
    print(f"  body map recolour + paint:      {map_ms:.1f} ms (target < 50)")
    print(f"  whole tab reload after a write: {reload_ms:.1f} ms")
    tab.close()
    diary.close()


if __name__ == "__main__":
    main()
