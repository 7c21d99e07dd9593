"""How long the appointment report takes for one year and for ten years of a deterministic diary.

Run: uv run python -m tests.benchmarks.bench_report. Prints seconds and pages; asserts nothing
(timings depend on the machine). Targets: one year under 3 s, ten years under 10 s.
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
from app.domain.records import (  # noqa: E402
    DiaryEntry,
    Injection,
    LabPanel,
    LabResult,
    Profile,
    Protocol,
)
from app.report import ReportOptions, write_pdf  # noqa: E402
from app.store.diary import Diary  # noqa: E402

TODAY = date(2026, 11, 24)
YEARS = 10
TZ = ZoneInfo("Europe/Berlin")
_LABS = {  # code: (typical value, range low, range high, unit)
    "wbc": (6.0, 4.5, 11.0, "10*3/uL"),
    "plt": (240, 150, 450, "10*3/uL"),
    "alt": (30, 7, 55, "U/L"),
    "ast": (26, 8, 48, "U/L"),
}


def ten_year_diary(path: Path) -> Diary:
    """Ten years of twice-weekly doses, a daily diary with colds, and labs every three months."""
    rng = random.Random(2026)
    diary = Diary.create_with_key(path, KeyMaterial(key=bytes(range(32)), salt=bytes(16)))
    start = TODAY - timedelta(days=365 * YEARS)
    diary.save_profile(Profile(name="Ten Years", timezone="Europe/Berlin"))
    protocol = diary.save_protocol(
        Protocol(
            id=None,
            product="Thymosin Alpha-1",
            dose=1.6,
            dose_unit="mg",
            weekdays=(0, 3),
            start=start,
        )  # fmt: skip
    )
    zones = [z.id for z in diary.zones()]
    day, k = start, 0
    while day <= TODAY:
        if day.weekday() in (0, 3) and rng.random() > 0.04:
            taken = datetime.combine(day, clock(20, 0), TZ) + timedelta(
                minutes=rng.randint(-60, 900)
            )
            diary.log_injection(
                Injection(None, taken, protocol.id, 1.6, "mg", zones[k % len(zones)])
            )
            k += 1
        sick = day.timetuple().tm_yday % 97 < 5
        if rng.random() > 0.1:
            diary.save_entry(
                DiaryEntry(
                    day,
                    energy=max(0, min(10, round(rng.gauss(3 if sick else 6.5, 1.2)))),
                    fatigue=max(0, min(10, round(rng.gauss(7 if sick else 3, 1.2)))),
                    wellbeing=max(0, min(10, round(rng.gauss(3 if sick else 6.8, 1.1)))),
                    sick=sick,
                    sickness_kind="cold" if sick else "",
                )
            )
        if day.day == 15 and day.month % 3 == 0:
            results = tuple(
                LabResult(
                    None,
                    code,
                    round(mid * rng.uniform(0.7, 1.6), 1),
                    unit,
                    range_low=lo,
                    range_high=hi,
                    range_text=f"{lo:g}–{hi:g}",
                )  # fmt: skip
                for code, (mid, lo, hi, unit) in _LABS.items()
            )
            diary.save_panel(LabPanel(None, day, "City Lab", results=results), today=TODAY)
        day += timedelta(days=1)
    return diary


def timed(diary: Diary, start: date, out: Path) -> tuple[float, int]:
    now = datetime.combine(TODAY, clock(21, 0), TZ)
    begin = time.perf_counter()
    pages = write_pdf(diary, ReportOptions(start, TODAY), out, now=now)
    return time.perf_counter() - begin, pages


def main() -> None:
    """Build the diary once, then time the one-year and ten-year reports."""
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="dosebook-bench-report-"))
    begin = time.perf_counter()
    diary = ten_year_diary(folder / "ten.dosebook")
    counts = diary.counts()
    print(
        f"ten-year diary: {counts['injection']} injections, {counts['diary_entry']} diary days, "
        f"{counts['lab_panel']} lab panels (built in {time.perf_counter() - begin:.1f} s)"
    )
    timed(diary, TODAY - timedelta(days=30), folder / "warm.pdf")  # fonts and imports warm up
    for label, start, target in (
        ("one year", TODAY - timedelta(days=365), 3.0),
        ("ten years", TODAY - timedelta(days=365 * YEARS), 10.0),
    ):
        seconds, pages = timed(diary, start, folder / f"{label.replace(' ', '-')}.pdf")
        size = (folder / f"{label.replace(' ', '-')}.pdf").stat().st_size / 1e6
        print(f"  report of {label}: {seconds:.2f} s, {pages} pages, {size:.1f} MB "
              f"(target < {target:g} s)")  # fmt: skip
    diary.close()
    del app


if __name__ == "__main__":
    main()
