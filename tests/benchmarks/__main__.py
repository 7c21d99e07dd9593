"""Run every benchmark module (bench_*.py) in its own process and let each print its figures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    wanted = sys.argv[1:]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = 0
    for path in sorted(HERE.glob("bench_*.py")):
        if wanted and not any(w in path.stem for w in wanted):
            continue
        print(f"== {path.stem}", flush=True)
        module = f"tests.benchmarks.{path.stem}"
        failed |= subprocess.run([sys.executable, "-m", module], env=env).returncode != 0
    return int(failed)


if __name__ == "__main__":
    sys.exit(main())
