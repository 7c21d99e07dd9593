"""What people still wait for (issue 22): each row of its table, with and without bytecode caches.

Run: uv run python -m tests.benchmarks.bench_waits [years ...] [suite]
For each cache mode (see tests/benchmarks/processes.py), medians of RUNS fresh processes, in
seconds from spawning them; for the windows also the median ratio to a bare PySide6 window
started just before each run (so a busy machine weighs on both alike):
- `dosebook --demo`: the window, the demo's data (next dose, banners), log-a-dose usable (the
  Injections tab and its log dialog), every tab usable, the chart modules loaded;
- a remembered diary (the key "from the keyring", EnvKeyring) at 1, 3 and 10 years: the same;
- `status`, `warnings` and `check` with `--passphrase-stdin`, and `report`, on a demo diary and
  at 1, 3 and 10 years; `dosebook demo PATH`.
With `suite`, the test run (`uv run pytest`) is timed once at the end (minutes).
BENCH_CLOCK=cpu counts CPU seconds instead of wall seconds (a busy machine: see processes.py).
Targets (issue 22): --demo window <= 2x bare (goal 1.5x), demo data <= 3x; log-a-dose usable
<= 5x; every tab <= 8x at ten years (goal 6x); status and warnings <= 0.5 s; report <= 1.0 s;
demo PATH <= 0.5 s; the test suite <= 5 min. Nothing here asserts.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks import tenyear
from tests.benchmarks.processes import (
    CACHE_MODES,
    ROOT,
    app_env,
    bare_window,
    cache_env,
    clock_name,
    run_seconds,
    spawn_until,
)

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
GUI_STEPS = (
    ("window-shown", "window"),
    ("data-shown", "data"),
    ("diary-open", "log a dose"),
    ("tabs-built", "every tab"),
    ("charts-loaded", "charts"),
)
APP = [sys.executable, "-m", "app"]


def median_of(run: Callable[[], float]) -> float:
    return statistics.median(run() for _ in range(RUNS))


def gui_row(args: list[str], env: dict[str, str]) -> dict[str, tuple[float, float]]:
    """Per milestone: the median seconds and the median ratio to the bare window before it."""
    pairs = []
    for _ in range(RUNS):
        bare = bare_window(env)
        pairs.append((bare, spawn_until(args, env, "tabs-built", "charts-loaded")))
    out = {}
    for m, _ in GUI_STEPS:
        seconds = [run.get(m, float("nan")) for _, run in pairs]
        ratios = [run.get(m, float("nan")) / bare for bare, run in pairs]
        out[m] = (statistics.median(seconds), statistics.median(ratios))
    return out


def gui_text(label: str, row: dict[str, tuple[float, float]]) -> str:
    parts = [f"{name} {row[m][0]:.2f} s ({row[m][1]:.1f}×)" for m, name in GUI_STEPS]
    return f"  {label:<22}" + " | ".join(parts)


def demo_file(folder: Path, env: dict[str, str]) -> Path:
    path = folder / "demo.dosebook"
    if not path.exists():
        run_seconds([*APP, "demo", str(path)], env)
    return path


def cli_rows(diaries: dict[str, tuple[Path, str]], env: dict[str, str], folder: Path) -> list[str]:
    lines = []
    for command in ("status", "warnings", "check", "report"):
        parts = []
        for label, (path, passphrase) in diaries.items():

            def once(
                command: str = command, path: Path = path, passphrase: str = passphrase
            ) -> float:
                args = [*APP, command, str(path), "--passphrase-stdin"]
                if command == "report":
                    out = Path(tempfile.mktemp(suffix=".pdf", dir=folder))
                    args += ["--out", str(out)]
                return run_seconds(args, env, stdin=passphrase + "\n")

            parts.append(f"{label} {median_of(once):.2f} s")
        lines.append(f"  {command + ' --passphrase-stdin':<31}" + " | ".join(parts))

    def demo_once() -> float:
        return run_seconds([*APP, "demo", tempfile.mktemp(suffix=".dosebook", dir=folder)], env)

    lines.append(f"  {'dosebook demo PATH':<31}{median_of(demo_once):.2f} s")
    return lines


def measure(mode: str, years: list[int]) -> None:
    env = app_env(**cache_env(mode))
    bare = median_of(lambda: bare_window(env))
    print(f"\n{mode}: median of {RUNS} runs; {clock_name()} (× a bare window, {bare:.3f} s)")
    trace = {**env, "DOSEBOOK_TRACE_STARTUP": "1"}
    print(gui_text("--demo", gui_row([*APP, "--demo"], trace)))
    keyring = {
        **trace,
        "DOSEBOOK_BENCH_KEY": tenyear.KEY.key.hex(),
        "PYTHON_KEYRING_BACKEND": "tests.benchmarks.env_keyring.EnvKeyring",
    }
    for n in years:
        row = gui_row([*APP, "--diary", str(tenyear.diary_path(n))], keyring)
        print(gui_text(f"remembered, {n:>2} years", row), flush=True)
    with tempfile.TemporaryDirectory(prefix="dosebook-bench-waits-") as tmp:
        folder = Path(tmp)
        diaries = {"demo": (demo_file(folder, env), "demo")}
        for n in years:
            diaries[f"{n}y"] = (tenyear.passphrase_copy(n), tenyear.PASSPHRASE)
        for line in cli_rows(diaries, env, folder):
            print(line, flush=True)


def time_suite() -> None:
    began = time.perf_counter()
    done = subprocess.run(["uv", "run", "pytest", "-q", "-p", "no:cacheprovider"], cwd=ROOT,
                          capture_output=True, text=True)  # fmt: skip
    minutes, seconds = divmod(time.perf_counter() - began, 60)
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-200:]
    print(f"\nuv run pytest: {int(minutes)} min {seconds:.0f} s ({last})")


def main() -> None:
    years = [int(a) for a in sys.argv[1:] if a.isdigit()] or [1, 3, 10]
    for n in years:  # built once, outside the timings
        tenyear.open_diary(n).close()
        tenyear.passphrase_copy(n)
    print(f"what people wait for; {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    for mode in CACHE_MODES:
        measure(mode, years)
    if "suite" in sys.argv[1:]:
        time_suite()


if __name__ == "__main__":
    main()
