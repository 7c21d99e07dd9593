"""Logging one injection: from "accept" in the log dialog to the row committed, and to the screen
refreshed.

Run: uv run python -m tests.benchmarks.bench_log_injection [years]
The dialog's accept hands the filled-in injection to `Diary.log_injection` (InjectionsTab.
_save_logged); that call validates, writes and commits (synchronous=FULL: the commit waits for the
disk), then tells the diary's listeners. Target from issue 10: committed in under 30 ms on ten
years of data. Second figure, for information: the same with the main window listening (every tab
built, the Injections tab on screen), so the call also covers reloading the tabs and the banners.
Works on a copy of the cached diary, which stays unchanged. Medians; nothing here asserts.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.domain.records import Injection  # noqa: E402
from app.store.diary import Diary  # noqa: E402
from tests.benchmarks import tenyear  # noqa: E402

ROUNDS = 15


def copy_of(years: int, folder: Path) -> Path:
    tenyear.open_diary(years).close()  # built and checkpointed
    source = tenyear.diary_path(years)
    target = folder / source.name
    for suffix in ("", "-wal"):
        if Path(str(source) + suffix).exists():
            shutil.copyfile(str(source) + suffix, str(target) + suffix)
    return target


def shots(diary: Diary) -> list[Injection]:
    """What the dialog hands over on accept: the protocol's dose, a zone, the current vial."""
    protocol = diary.protocols()[0]
    zones = [z.id for z in diary.zones()]
    vial = diary.current_vial()
    last = diary.injections()[-1].taken_at
    return [
        Injection(None, last + timedelta(days=3 * (n + 1)), protocol.id, protocol.dose,
                  protocol.dose_unit, zones[n % len(zones)], volume_ml=0.16,
                  vial_id=vial.id if vial else None)
        for n in range(ROUNDS + 1)
    ]  # fmt: skip


def per_call_ms(diary: Diary, pending: list[Injection], after=None) -> float:  # noqa: ANN001
    times = []
    for shot in pending:
        began = time.perf_counter()
        diary.log_injection(shot)
        if after is not None:
            after()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times[1:])  # the first call warms SQLAlchemy's caches


def with_window(diary: Diary, pending: list[Injection]) -> float:
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(diary)
    window.resize(1100, 760)
    window.show()
    for index in range(window.tabs.count()):
        window.tab(index)  # every tab built, so every tab listens
    window.tabs.setCurrentIndex(0)
    app.processEvents()
    ms = per_call_ms(diary, pending, app.processEvents)
    window.close()
    return ms


def main() -> None:
    years = [int(a) for a in sys.argv[1:]] or [1, 3, 10]
    print(f"log one injection, median of {ROUNDS} (ms from accept)")
    for n in years:
        with tempfile.TemporaryDirectory() as tmp:
            diary = Diary.open_with_key(copy_of(n, Path(tmp)), tenyear.KEY)
            pending = shots(diary)
            store = per_call_ms(diary, pending)
            later = [replace(s, taken_at=s.taken_at + timedelta(days=400)) for s in pending]
            shown = with_window(diary, later)
            diary.close()
        verdict = "ok" if store < 30 else "MISSED"
        print(
            f"  {n:>2} years: committed {store:5.1f} ms (target < 30 ms) {verdict} | "
            f"with the window refreshed {shown:6.1f} ms (for information)"
        )


if __name__ == "__main__":
    main()
