"""The Labs tab on the demo diary: flags, charts against the printed band, due dates, refresh."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest

from app.access import create_demo
from app.cli.status.command import status_report
from app.domain.records import LabPanel, LabResult
from app.ui.labs import LabsTab
from app.ui.labs.results_view import TEST_ROLE

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    diary = create_demo(tmp_path_factory.mktemp("labs") / "demo.dosebook", TODAY)
    yield diary
    diary.close()


@pytest.fixture
def tab(qtbot, demo) -> LabsTab:
    widget = LabsTab(demo, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def result_rows(tab: LabsTab, code: str) -> list[list[str]]:
    rows = []
    for i in range(tab.results.topLevelItemCount()):
        top = tab.results.topLevelItem(i)
        for j in range(top.childCount()):
            item = top.child(j)
            if item.data(0, TEST_ROLE) == code:
                rows.append([item.text(c) for c in range(5)])
    return rows


def test_the_demo_alt_rise_is_flagged_high_by_symbol_and_words(tab: LabsTab) -> None:
    rows = result_rows(tab, "alt")
    assert len(rows) == 4  # one per panel, newest first
    (high,) = [r for r in rows if r[1] == "118"]
    assert high[3] == "7–55"
    assert high[4] == "↑ High · gr. 1"  # the full words are in the tooltip
    assert all(r[4].startswith("✓") for r in rows if r is not high)


def test_the_demo_alt_is_charted_above_its_band(tab: LabsTab) -> None:
    tab.show_test("alt")
    kind, plot = tab.charts.shown[0]
    assert kind == "main"
    band = next(i for i in plot.items if isinstance(i, pg.BarGraphItem))
    starts, highs = np.asarray(band.opts["x0"]), np.asarray(band.opts["y1"])
    scatters = [i for i in plot.items if isinstance(i, pg.ScatterPlotItem)]
    high_marker = next(s for s in scatters if s.opts["symbol"] == "t1")
    (x,), (y,) = high_marker.getData()
    assert y == 118
    # The band step in force at that date ends at 55: the point sits above it.
    step = int(np.searchsorted(starts, x, side="right")) - 1
    assert highs[step] == 55 and y > highs[step]
    # The last panel came from another lab with its own range: the band changes there.
    assert highs[-1] == 50


def test_clicking_a_result_charts_its_test(tab: LabsTab, qtbot) -> None:
    top = tab.results.topLevelItem(0)
    item = next(
        top.child(j) for j in range(top.childCount()) if top.child(j).data(0, TEST_ROLE) == "hgb"
    )
    tab.results.setCurrentItem(item)
    assert tab.current_test_code() == "hgb"
    assert tab.charts.shown[0][1].titleLabel.text.find("Hemoglobin") >= 0


def test_due_dates_show_per_monitoring_group(tab: LabsTab) -> None:
    texts = [line.text() for line in tab.due.lines]
    assert texts == [
        "✓  Blood count: last 26 Oct 2026, next due from 26 Jan 2027 (not due yet)",
        "✓  Liver tests: last 26 Oct 2026, next due from 26 Jan 2027 (not due yet)",
        "✓  Immune markers: last 27 Jul 2026, next due from 27 Jan 2027 (not due yet)",
    ]


def test_status_json_lists_what_is_due(demo) -> None:
    report = status_report(demo, date(2027, 2, 1))
    due = report.as_json()["labs_due"]
    assert due[0] == {
        "group": "CBC",
        "last_done": "2026-10-26",
        "due_from": "2027-01-26",
        "due_by": "2027-04-26",
        "status": "due",
    }
    assert [d["group"] for d in due] == ["CBC", "Liver", "Immune"]
    assert "  Immune markers: last 27 Jul 2026, due by 27 Jul 2027" in report.as_text()


def test_a_result_in_an_unknown_unit_is_charted_apart_with_a_note(
    qtbot, tmp_path: Path, fast_key
) -> None:
    from app.store.diary import Diary

    with Diary.create_with_key(tmp_path / "d.db", fast_key) as diary:
        tab = LabsTab(diary, today=TODAY)
        qtbot.addWidget(tab)
        tab.show()
        diary.subscribe(tab.refresh)  # as the main window does for every tab
        for day, value, unit in ((date(2026, 3, 2), 1200.0, "[IU]/mL"),
                                 (date(2026, 6, 1), 900.0, "copies/mL")):  # fmt: skip
            diary.save_panel(
                LabPanel(
                    None, day, results=(LabResult(None, "hbvdna", value, unit, text=f"{value:g}"),)
                ),
                today=TODAY,
            )
        # The tab heard of the change and reloaded.
        assert tab.current_test_code() == "hbvdna"
        assert [kind for kind, _ in tab.charts.shown] == ["main", "apart"]
        (note,) = tab.charts.notes()
        assert "never converted" in note and "copies/mL" in note
        tab.close()


def test_pyqtgraph_waits_until_a_chart_is_shown(tmp_path: Path) -> None:
    script = f"""
import os, sys
from datetime import date
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.domain.keys import KeyMaterial
from app.domain.records import LabPanel, LabResult
from app.store.diary import Diary
from app.ui.labs import LabsTab
diary = Diary.create_with_key(Path({str(tmp_path)!r}) / "d.db", KeyMaterial(os.urandom(32), os.urandom(16)))
diary.save_panel(LabPanel(None, date(2026, 3, 2), results=(LabResult(None, "alt", 30.0, "U/L"),)))
tab = LabsTab(diary)
print("before", "pyqtgraph" in sys.modules)
tab.show()
app.processEvents()
print("after", "pyqtgraph" in sys.modules, len(tab.charts.shown))
diary.close()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert "before False" in out.stdout, out.stderr[-2000:]
    assert "after True 1" in out.stdout, out.stderr[-2000:]


def test_the_time_axis_of_a_lab_chart_names_its_months(tab: LabsTab) -> None:
    from PySide6.QtGui import QImage, QPainter

    tab.show_test("alt")
    axis = tab.charts.shown[0][1].getAxis("bottom")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    labels = [text for _rect, _flags, text in texts]
    assert len(labels) >= 3 and all(label.endswith("2026") for label in labels)
