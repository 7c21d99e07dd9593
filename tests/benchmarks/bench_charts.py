"""How long a rating chart of 1, 3 and 10 years takes to redraw.

Run: uv run python -m tests.benchmarks.bench_charts [years ...].

Prints milliseconds per redraw (rebuild + paint) and per repaint (pan + paint). Not a test: timings
depend on the machine, so nothing here asserts.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from PySide6.QtWidgets import QApplication  # noqa: E402

from app.charts.base import make_plot_widget  # noqa: E402
from app.charts.rating import build_rating_chart  # noqa: E402
from app.charts.style import SECONDS_PER_DAY, light_theme  # noqa: E402
from tests.gui import samples  # noqa: E402

ROUNDS = 20


def main() -> None:
    """Time full redraws and pans of each chart and print ms per redraw."""
    for years in [int(a) for a in sys.argv[1:]] or [1, 3, 10]:
        measure(365 * years)


def measure(days: int) -> None:
    app = QApplication.instance() or QApplication([])
    theme = light_theme()
    widget = make_plot_widget(theme)
    widget.resize(1000, 400)
    widget.show()
    app.processEvents()
    points, rolling = samples.rating_series(days)
    spans, injections = samples.sick_spans(days), samples.injection_days(days)
    plot = widget.getPlotItem()

    def redraw() -> None:
        build_rating_chart(plot, points, rolling, spans, injections, "Energy", theme=theme)
        widget.grab()  # forces layout and paint of everything

    redraw()  # warm-up: font caches, symbol atlas
    start = time.perf_counter()
    for _ in range(ROUNDS):
        redraw()
    full = (time.perf_counter() - start) / ROUNDS * 1000

    (x0, x1), _ = plot.vb.viewRange()
    start = time.perf_counter()
    for i in range(ROUNDS):
        shift = (i % 5) * 30 * SECONDS_PER_DAY
        plot.setXRange(x0 + shift, x1 - shift, padding=0)
        widget.grab()
    pan = (time.perf_counter() - start) / ROUNDS * 1000

    print(f"{days // 365}-year rating chart ({days} days, {len(injections)} injections):")
    print(f"  rebuild + paint: {full:.1f} ms per redraw")
    print(f"  pan + paint:     {pan:.1f} ms per redraw")
    widget.close()


if __name__ == "__main__":
    main()
