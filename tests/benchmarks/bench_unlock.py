"""Unlocking: the key derivation, opening with a remembered key, and a full passphrase unlock.

Run: uv run python -m tests.benchmarks.bench_unlock
Targets from issue 10: scrypt 0.1-0.5 s (slow enough against guessing, quick enough to feel
instant); opening the ten-year diary with the remembered key, until a first read, under 50 ms
(modules already imported: that is start-up's business, see bench_startup). A passphrase unlock
is the two together and is reported for information. Medians; nothing here asserts.
The first open in a process is the stricter figure: about 18 ms of it is SQLAlchemy importing its
SQLite dialect on first use, and about 18 ms loading the seeds (8 ms on later opens).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.access import create_diary, unlock_diary
from app.store.diary import Diary
from app.vault.kdf import derive_key, new_salt
from tests.benchmarks import tenyear

ROUNDS = 7
PASSPHRASE = "correct horse battery staple"


def timed(run: Callable[[], object], rounds: int = ROUNDS) -> tuple[float, float]:
    """(first call, median of the next `rounds` calls), in seconds."""
    began = time.perf_counter()
    run()
    first = time.perf_counter() - began
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return first, statistics.median(times)


def open_and_read(path: Path) -> None:
    diary = Diary.open_with_key(path, tenyear.KEY)
    diary.profile()  # usable: the first cheap read went through
    diary.close()


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> None:
    salt = new_salt()
    _, kdf = timed(lambda: derive_key(PASSPHRASE, salt))
    print(f"  scrypt key derivation:        {kdf:.3f} s  (target 0.1-0.5 s)  {verdict(0.1 <= kdf <= 0.5)}")  # fmt: skip

    for years in (1, 3, 10):
        if not tenyear.diary_path(years).exists():
            tenyear.open_diary(years).close()
        # A fresh process per size: its first open pays what a launch pays (SQLAlchemy loads its
        # SQLite dialect and compiles its statements on first use), but no module imports.
        out = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.bench_unlock", "--open", str(years)],
            capture_output=True, text=True, check=True,
        ).stdout.split()  # fmt: skip
        first, median = float(out[0]), float(out[1])
        print(
            f"  open with remembered key, {years:>2}y: first in process {first * 1000:5.1f} ms, "
            f"then {median * 1000:5.1f} ms  (target < 50 ms)  {verdict(first < 0.05)}"
        )

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "unlock.dosebook"
        create_diary(path, PASSPHRASE).close()
        _, median = timed(lambda: unlock_diary(path, PASSPHRASE).close())
        print(f"  unlock with passphrase:       {median:.3f} s  (scrypt + open; for information)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--open"]:
        first, median = timed(lambda: open_and_read(tenyear.diary_path(int(sys.argv[2]))))
        print(first, median)
    else:
        main()
