"""Deterministic large diaries for the benchmarks: the demo course stretched over N years.

Ten years gives about 1,000 injections (and as many vials), 3,400 diary days, 41 lab panels of
about 18 results, and a site reaction a year. Files are cached under the system temp folder, keyed by
their size, so a second benchmark run does not wait for them.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from app.domain.keys import KeyMaterial
from app.store.demo import fill_demo
from app.store.diary import Diary

TODAY = date(2026, 11, 24)
# A fixed key: these files hold made-up data only, and the benchmarks must not run scrypt.
KEY = KeyMaterial(key=bytes(range(32)), salt=bytes(range(100, 116)))
_VERSION = 2


def diary_path(years: int) -> Path:
    return Path(tempfile.gettempdir()) / f"dosebook-bench-{years}y-v{_VERSION}.dosebook"


def open_diary(years: int = 10) -> Diary:
    """Open (creating on first use) the benchmark diary spanning `years` years."""
    path = diary_path(years)
    if path.exists():
        return Diary.open_with_key(path, KEY)
    partial = path.with_name(path.name + ".building")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    diary = Diary.create_with_key(partial, KEY)
    fill_demo(diary, TODAY, course_weeks=years * 52)
    diary.close()
    partial.rename(path)
    return Diary.open_with_key(path, KEY)


PASSPHRASE = "benchmark passphrase"


def passphrase_copy(years: int) -> Path:
    """A copy of the `years` diary keyed from PASSPHRASE (same salt), for `--passphrase-stdin`."""
    from app.store.files.raw import open_raw
    from app.vault.kdf import derive_key

    path = diary_path(years).with_suffix(".passphrase.dosebook")
    if not path.exists():
        with open_diary(years) as diary:
            partial = path.with_name(path.name + ".building")
            partial.unlink(missing_ok=True)
            diary.backup_to(partial)
        conn = open_raw(partial, KEY)
        conn.execute(f"PRAGMA rekey = {derive_key(PASSPHRASE, KEY.salt).pragma_value()}")
        conn.close()
        partial.rename(path)
    return path


if __name__ == "__main__":
    import time

    for n in (1, 3, 10):
        began = time.perf_counter()
        with open_diary(n) as d:
            print(n, "years:", d.counts(), f"{time.perf_counter() - began:.1f} s")
