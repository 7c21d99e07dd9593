"""Start-up of the built bundle against the venv, and the bundle's size.

Run after `packaging/build_linux.sh`: `uv run python -m tests.benchmarks.bench_packaging`.
Start-up = `dosebook --demo` (offscreen) from launch until the window is shown and closed again:
DOSEBOOK_QUIT_AFTER_MS=0 closes it as soon as the event loop runs, so the figure includes the
demo diary being written (one scrypt) and a short teardown. Not a test: nothing asserts.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "dosebook"
ROUNDS = 5


def _seconds(cmd: list[str]) -> float:
    with tempfile.TemporaryDirectory(prefix="dosebook-bench-home-") as home:
        env = {
            **os.environ,
            "HOME": home,
            "XDG_DATA_HOME": home,
            "XDG_CONFIG_HOME": home,
            "QT_QPA_PLATFORM": "offscreen",
            "DOSEBOOK_QUIT_AFTER_MS": "0",
        }
        start = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
        return time.perf_counter() - start


def _median(cmd: list[str]) -> tuple[float, float]:
    _seconds(cmd)  # warm the file cache once
    times = [_seconds(cmd) for _ in range(ROUNDS)]
    return statistics.median(times), min(times)


def _mb(path: Path) -> float:
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1024 / 1024


def main() -> int:
    """Print the bundle size and the median start-up of venv and bundle."""
    executable = BUNDLE / "dosebook"
    if not executable.is_file():
        print("No bundle: build it first with packaging/build_linux.sh")
        return 1
    print(f"bundle size: {_mb(BUNDLE):.0f} MB ({BUNDLE.relative_to(ROOT)})")
    for deb in sorted((ROOT / "dist").glob("dosebook_*.deb")):
        print(f".deb size: {deb.stat().st_size / 1024 / 1024:.0f} MB ({deb.name})")
    for label, cmd in (
        ("venv  ", [sys.executable, "-m", "app", "--demo"]),
        ("bundle", [str(executable), "--demo"]),
    ):
        median, best = _median(cmd)
        print(f"start-up --demo until shown, {label}: median {median:.2f} s, best {best:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
