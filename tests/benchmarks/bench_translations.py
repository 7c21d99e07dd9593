"""Translations for the command line: Qt's QTranslator against the Qt-free reader of the same .qm.

Run: uv run python -m tests.benchmarks.bench_translations
`dosebook status` and `warnings` never load Qt. Speaking German through QTranslator would mean
importing QtCore first; app/domain/i18n/qm.py reads the same compiled catalogue without it.
Each figure is a fresh process (imports included), median of several; nothing here asserts.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

from app.domain.i18n import catalogue_path

ROUNDS = 7
# What every command imports anyway, before it speaks
ALREADY = "import dataclasses, pathlib, re, struct, time; began = time.perf_counter()\n"
QT = f"""
from PySide6.QtCore import QCoreApplication, QTranslator
app = QCoreApplication([])
t = QTranslator()
assert t.load({str(catalogue_path("de"))!r})
app.installTranslator(t)
QCoreApplication.translate("Status", "Warnings: none")
"""
PURE = """
from app.domain.i18n import translate, use_language
assert use_language("de")
translate("Status", "Warnings: none")
"""


def process_time(code: str) -> float:
    """Median time, inside a fresh Python, to run `code` after the usual imports."""
    times = []
    for _ in range(ROUNDS):
        script = ALREADY + code + "\nprint(time.perf_counter() - began)"
        out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True)
        times.append(float(out.stdout))
    return statistics.median(times)


def main() -> None:
    qt = process_time(QT)
    pure = process_time(PURE)
    size = catalogue_path("de").stat().st_size // 1024
    print(f"  QtCore and QTranslator (de):        {qt * 1000:6.1f} ms")
    print(f"  Qt-free reader (de, {size:4} KiB .qm): {pure * 1000:6.1f} ms")


if __name__ == "__main__":
    main()
