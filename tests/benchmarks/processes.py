"""Timing the app as its own process: start-up milestones, command-line runs, bytecode caches.

Shared by bench_startup and bench_waits. Every figure is seconds from spawning the process.

Bytecode caches: these machines set PYTHONDONTWRITEBYTECODE=1, so a process compiles every module
it imports unless a cache already exists. A user's second run has caches, and the bundle ships
compiled modules; the first run after an install has none. Both cases are measured through
PYTHONPYCACHEPREFIX, which makes Python read (and write) caches in one folder only:
- "compiled": a folder filled once by `python -m compileall` (the standard library, the venv's
  packages, app and tests), kept under the temp folder for the next run;
- "no caches": an empty folder, and nothing written to it, so every module compiles (the standard
  library's too).

Clocks: wall seconds by default. On a machine busy with other work, BENCH_CLOCK=cpu counts the
CPU seconds the measured process has used instead (on Linux, from /proc or its resource usage),
which is close to what the wall clock shows on an idle machine and much steadier under load; it
leaves out waiting (for the disk, or for the keyring's child process, which runs beside it).
"""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CPU_CLOCK = os.environ.get("BENCH_CLOCK") == "cpu" and Path("/proc/self/stat").exists()
_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

COMPILED = "compiled"
NO_CACHES = "no caches"
CACHE_MODES = (COMPILED, NO_CACHES)

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1100, 760)
w.show()
QTimer.singleShot(0, lambda: print("dosebook-trace window-shown", file=sys.stderr, flush=True))
app.exec()
"""


def app_env(**extra: str) -> dict[str, str]:
    """This environment without any DOSEBOOK_ setting, offscreen, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOSEBOOK_")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def _pycache_root() -> Path:
    tag = f"{sys.implementation.cache_tag}-{hashlib.sha256(sys.prefix.encode()).hexdigest()[:8]}"
    return Path(tempfile.gettempdir()) / f"dosebook-bench-pycache-{tag}"


def cache_env(mode: str) -> dict[str, str]:
    """The variables that put a process in `mode` (see the module's docstring)."""
    root = _pycache_root()
    folder = root / ("compiled" if mode == COMPILED else "empty")
    folder.mkdir(parents=True, exist_ok=True)
    if mode == COMPILED:
        _compile_all(folder)
    return {"PYTHONPYCACHEPREFIX": str(folder), "PYTHONDONTWRITEBYTECODE": "1"}


_compiled_once: set[Path] = set()


def _compile_all(folder: Path) -> None:
    """`python -m compileall` into `folder`; quick when nothing changed since the last run."""
    if folder in _compiled_once:
        return
    stdlib = sysconfig.get_paths()["stdlib"]
    purelib = sysconfig.get_paths()["purelib"]
    skip = r"(/test/|/tests/|/idlelib/|/tkinter/|/lib2to3/|/turtledemo/|site-packages)"
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(folder)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for paths, exclude in (
        ([stdlib], skip),
        ([purelib, str(ROOT / "app"), str(ROOT / "tests")], ""),
    ):
        args = [sys.executable, "-m", "compileall", "-q", "-j", "0"]
        args += ["-x", exclude] if exclude else []
        subprocess.run([*args, *paths], env=env, cwd=ROOT, capture_output=True, check=False)
    _compiled_once.add(folder)


def clock_name() -> str:
    return "CPU seconds of the process" if CPU_CLOCK else "seconds from spawn"


def _cpu_seconds(pid: int) -> float:
    """User and system time the process (all its threads) has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def spawn_until(args: list[str], env: dict[str, str], *until: str) -> dict[str, float]:
    """Start `args`, note when each `dosebook-trace` milestone arrives, kill it once every one
    of `until` has (or it ends)."""
    began = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    seen: dict[str, float] = {}
    assert proc.stderr is not None
    timer = threading.Timer(120, proc.kill)  # a milestone that never comes ends the run
    timer.start()
    try:
        for line in proc.stderr:
            if line.startswith("dosebook-trace "):
                now = _cpu_seconds(proc.pid) if CPU_CLOCK else time.perf_counter() - began
                seen[line.split()[1]] = now
                if seen.keys() >= set(until):
                    break
    finally:
        timer.cancel()
        proc.kill()
        proc.wait()
    return seen


def bare_window(env: dict[str, str]) -> float:
    """Seconds until a bare PySide6 QMainWindow is shown."""
    return spawn_until([sys.executable, "-c", BARE], env, "window-shown")["window-shown"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_seconds(args: list[str], env: dict[str, str], stdin: str = "") -> float:
    """Seconds from spawning `args` until it exits (or its CPU seconds); it must succeed."""
    began, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run(args, cwd=ROOT, env=env, input=stdin, capture_output=True, text=True)
    seconds = _children_cpu() - cpu if CPU_CLOCK else time.perf_counter() - began
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[2:])} failed: {done.stderr.strip()[-300:]}")
    return seconds
