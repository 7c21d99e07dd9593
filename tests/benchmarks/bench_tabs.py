"""Switching tabs on the ten-year diary, the first time and later, as the app starts it.

Run: uv run python -m tests.benchmarks.bench_tabs [years]. The diary opens the way the app opens a
remembered one (`Controller.start`); once it is open and the other tabs are built (while idle),
each tab is switched to and painted. Target from issue 10: under 100 ms.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402

from tests.benchmarks import tenyear  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402


def measure(years: int) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.life.launch import Controller, make_app
    from app.vault import keychain

    app = make_app()
    with tenyear.open_diary(years) as diary:
        path = diary.path
    keychain.remember(tenyear.KEY)
    controller = Controller()
    controller.start(path)
    window = controller.window
    window.resize(1280, 860)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (
        window.diary is not None
        and "app.charts.lab" in sys.modules  # the charts load while idle, then the tabs build
        and not window.build_next_tab()
    ):
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    figures = []
    for index in (1, 2, 0, 1, 2, 0):
        began = time.perf_counter()
        window.tabs.setCurrentIndex(index)
        window.repaint()
        QApplication.processEvents()
        figures.append(
            f"{window.tabs.tabText(index)} {(time.perf_counter() - began) * 1000:.0f} ms"
        )
    print(f"  {years:>2} years, switch to: " + " | ".join(figures) + "  (target < 100 ms each)")
    window.close()
    controller.close()


def main() -> None:
    keyring.set_keyring(MemoryKeyring())
    print("tab switches after start-up (first three are the first visit of each tab)")
    for years in [int(a) for a in sys.argv[1:]] or [10]:
        measure(years)


if __name__ == "__main__":
    main()
