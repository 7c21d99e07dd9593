"""JSON export of the benchmark diaries, and importing that JSON into a new, empty diary.

Run: uv run python -m tests.benchmarks.bench_interchange [years]
Times what `dosebook export PATH --out FILE` and `dosebook import PATH FILE` do once the diary is
open: `Diary.export_json()` plus writing the file, and reading the file plus `Diary.import_json()`
(validate everything, then write it in one transaction). Target from issue 10: under 5 s each on
ten years of data; 1 and 3 years show how it grows. Medians; nothing here asserts.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from app.store.diary import Diary
from tests.benchmarks import tenyear

ROUNDS = 3


def main() -> None:
    years = [int(a) for a in sys.argv[1:]] or [1, 3, 10]
    print(f"JSON export and import, median of {ROUNDS} runs (target < 5 s each at 10 years)")
    for n in years:
        exports, imports = [], []
        with tempfile.TemporaryDirectory() as tmp, tenyear.open_diary(n) as diary:
            out = Path(tmp) / "export.json"
            for i in range(ROUNDS):
                began = time.perf_counter()
                out.write_text(diary.export_json(), encoding="utf-8")
                exports.append(time.perf_counter() - began)

                target = Diary.create_with_key(Path(tmp) / f"import{i}.dosebook", tenyear.KEY)
                began = time.perf_counter()
                rows = target.import_json(out.read_text(encoding="utf-8"))
                imports.append(time.perf_counter() - began)
                target.close()
            size = out.stat().st_size
        ex, im = statistics.median(exports), statistics.median(imports)
        verdict = "ok" if ex < 5 and im < 5 else "MISSED"
        print(
            f"  {n:>2} years ({rows:,} rows, {size / 1e6:.1f} MB): "
            f"export {ex:.2f} s | import {im:.2f} s  {verdict}"
        )


if __name__ == "__main__":
    main()
