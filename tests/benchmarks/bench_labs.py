"""How long the Labs tab takes to draw one test's chart with ten years of panels.

Run: uv run python -m tests.benchmarks.bench_labs. Ten years of panels (40 panels of about 20
results, a quarter apart, ranges changing when the lab changes); for every test, the time to
build its history, redraw its chart(s) and paint them. Target: under 50 ms. Nothing asserts here.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.keys import KeyMaterial  # noqa: E402
from app.domain.labs.entry import default_range_text  # noqa: E402
from app.domain.records import LabPanel, LabResult, Sex  # noqa: E402
from app.store.diary import Diary  # noqa: E402
from app.ui.labs import LabsTab  # noqa: E402
from app.ui.labs.series import history_of  # noqa: E402

PANELS = 40
ROUNDS = 20
TODAY = date(2036, 1, 10)


def fill(diary: Diary) -> None:
    """Forty quarterly panels of every numeric seed test, with some noise and a lab change."""
    rng = random.Random(7)
    tests = [t for t in diary.lab_tests() if not t.qualitative and t.code != "hbvdna"]
    first = TODAY - timedelta(days=91 * PANELS)
    for n in range(PANELS):
        day = first + timedelta(days=91 * n)
        results = []
        for test in tests:
            low, high = test.low_male, test.high_male
            if n >= PANELS // 2 and high is not None:
                high = round(high * 1.1, 1)  # the second lab prints a wider range
            middle = ((low or 0) + (high or (low or 1) * 2)) / 2
            value = round(middle * rng.uniform(0.6, 1.5), 2)
            text = (
                default_range_text(test, Sex.MALE) if n < PANELS // 2 else f"{low or 0:g}-{high:g}"
            )
            results.append(
                LabResult(None, test.code, value, test.unit, text=f"{value:g}",
                          range_low=low, range_high=high, range_text=text)
            )  # fmt: skip
        lab = "City Lab" if n < PANELS // 2 else "Riverside"
        diary.save_panel(LabPanel(None, day, lab, results=tuple(results)), today=TODAY)


def main() -> None:
    """Print the time to draw each test's chart over ten years of panels."""
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="dosebook-bench-"))
    with Diary.create_with_key(folder / "bench.db", KeyMaterial(os.urandom(32), os.urandom(16))) as diary:  # fmt: skip
        fill(diary)
        tab = LabsTab(diary, today=TODAY)
        tab.resize(1280, 860)
        tab.show()
        app.processEvents()
        codes = [tab.test_box.itemData(i) for i in range(tab.test_box.count())]
        results = sum(len(p.results) for p in tab.panels)
        timings: dict[str, float] = {}
        cpu: dict[str, float] = {}
        for code in codes:
            test = next(t for t in tab.tests if t.code == code)
            tab.charts.draw(history_of(test, tab.panels))  # warm-up
            tab.charts.grab()
            start, start_cpu = time.perf_counter(), time.process_time()
            for _ in range(ROUNDS):
                tab.charts.draw(history_of(test, tab.panels))
                tab.charts.grab()  # forces layout and paint
            timings[code] = (time.perf_counter() - start) / ROUNDS * 1000
            cpu[code] = (time.process_time() - start_cpu) / ROUNDS * 1000
        tab.close()
    slowest = max(timings, key=timings.__getitem__)
    print(f"Labs: {len(tab.panels)} panels, {results} results over ten years, {len(codes)} tests")
    print(f"  draw one test's chart: median {statistics.median(timings.values()):.1f} ms, "
          f"slowest {timings[slowest]:.1f} ms ({slowest}); target under 50 ms")  # fmt: skip
    # CPU time is what this process spent; wall time also counts waiting on a busy machine.
    print(f"  CPU time per chart:    median {statistics.median(cpu.values()):.1f} ms, "
          f"slowest {max(cpu.values()):.1f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
