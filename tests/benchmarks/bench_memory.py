"""Peak memory (max RSS) of the GUI on the benchmark diaries.

Run: uv run python -m tests.benchmarks.bench_memory [years]
Two figures per diary, each from a fresh process (offscreen):
- as launched: `python -m app --diary PATH`, the key "from the keyring" (EnvKeyring), closed by
  DOSEBOOK_QUIT_AFTER_MS after start-up; its max RSS comes from os.wait4.
- every view: this module run as a driver (`--drive PATH`) opens the diary as the launcher does,
  shows the main window, opens every tab and sub-page, charts every lab test, paints each, and
  prints its own VmHWM (peak RSS).
Target from issue 10: under 250 MB at ten years. Medians; nothing here asserts.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

from tests.benchmarks import tenyear

ROOT = Path(__file__).resolve().parents[2]
RUNS = 3
QUIT_AFTER_MS = 1500


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOSEBOOK_")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["DOSEBOOK_BENCH_KEY"] = tenyear.KEY.key.hex()
    env["PYTHON_KEYRING_BACKEND"] = "tests.benchmarks.env_keyring.EnvKeyring"
    return env


def as_launched_mb(path: Path) -> float:
    env = {**_env(), "DOSEBOOK_QUIT_AFTER_MS": str(QUIT_AFTER_MS)}
    args = [sys.executable, "-m", "app", "--diary", str(path)]
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"the app exited with {proc.returncode}")
    return usage.ru_maxrss * 1024 / 1e6  # kB on Linux; MB (10^6 bytes) out


def every_view_mb(path: Path) -> float:
    args = [sys.executable, "-m", "tests.benchmarks.bench_memory", "--drive", str(path)]
    out = subprocess.run(args, cwd=ROOT, env=_env(), capture_output=True, text=True, check=True)
    return float(out.stdout.split()[-1]) * 1024 / 1e6


def vm_hwm_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def drive(path: Path) -> None:
    """Open `path` with the remembered key, visit every view and chart, print VmHWM in kB."""
    from PySide6.QtWidgets import QApplication, QTabWidget

    from app.access import open_remembered
    from app.ui.life.launch import Controller, make_app

    app = make_app()
    controller = Controller()
    diary = open_remembered(path)
    assert diary is not None, "the benchmark key did not open the diary"
    controller.show(diary)
    window = controller.window
    window.resize(1100, 760)

    def paint() -> None:
        QApplication.processEvents()
        window.grab()

    paint()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tab(index)
        paint()
        for pages in tab.findChildren(QTabWidget):
            for page in range(pages.count()):
                pages.setCurrentIndex(page)
                paint()
        box = getattr(tab, "test_box", None)  # the Labs tab: chart each test in turn
        for item in range(box.count() if box is not None else 0):
            box.setCurrentIndex(item)
            paint()
    print(vm_hwm_kb(), flush=True)
    window.close()
    controller.close()
    app.quit()


def main() -> None:
    years = [int(a) for a in sys.argv[1:]] or [1, 3, 10]
    print(f"GUI peak memory (max RSS), median of {RUNS} runs (target < 250 MB at 10 years)")
    for n in years:
        tenyear.open_diary(n).close()
        path = tenyear.diary_path(n)
        launched = statistics.median(as_launched_mb(path) for _ in range(RUNS))
        visited = statistics.median(every_view_mb(path) for _ in range(RUNS))
        verdict = "ok" if visited < 250 else "MISSED"
        print(
            f"  {n:>2} years: as launched {launched:5.0f} MB | every tab and chart "
            f"{visited:5.0f} MB  {verdict}"
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--drive"]:
        drive(Path(sys.argv[2]))
    else:
        main()
