"""The Diary tab: a day's entry with the keyboard alone, the history, trends and sick episodes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.charts.base import legend_for
from app.domain.keys import KeyMaterial
from app.domain.records import DiaryEntry
from app.store.demo import write_demo
from app.store.diary import Diary
from app.ui.diary import DiaryTab

TODAY = date(2026, 11, 24)  # a Tuesday; the demo's cold and flu lie before it


def open_tab(qtbot, diary: Diary) -> DiaryTab:
    tab = DiaryTab(diary, today=lambda: TODAY)
    diary.subscribe(tab.refresh)  # as the main window does for every tab
    qtbot.addWidget(tab)
    tab.resize(1200, 850)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.entry_page.fields.first_input().setFocus()
    return tab


@pytest.fixture
def empty_tab(qtbot, tmp_path: Path, fast_key):
    diary = Diary.create_with_key(tmp_path / "d.dosebook", fast_key)
    yield open_tab(qtbot, diary)
    diary.close()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> tuple[Path, KeyMaterial]:
    """One demo diary written per module; each test gets its own copy."""
    key = KeyMaterial(key=os.urandom(32), salt=os.urandom(16))
    path = tmp_path_factory.mktemp("demo") / "demo.dosebook"
    write_demo(path, key, TODAY).close()
    return path, key


@pytest.fixture
def demo_tab(qtbot, tmp_path: Path, demo_file):
    source, key = demo_file
    copy = Path(shutil.copy(source, tmp_path / source.name))
    diary = Diary.open_with_key(copy, key)
    yield open_tab(qtbot, diary)
    diary.close()


def press(qtbot, *keys: str | Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Type into whatever has the keyboard focus, as a person would."""
    for key in keys:
        target = QApplication.focusWidget()
        assert target is not None
        if isinstance(key, str):
            qtbot.keyClicks(target, key)
        else:
            qtbot.keyClick(target, key, modifier)


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer every question box with `button`; returns the questions asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_todays_entry_filled_and_saved_with_the_keyboard_alone(empty_tab: DiaryTab, qtbot) -> None:
    page = empty_tab.entry_page
    assert page.day == TODAY
    assert QApplication.focusWidget() is page.fields.ratings["energy"]
    press(qtbot, "7", Qt.Key.Key_Tab, "3", Qt.Key.Key_Tab, "10", Qt.Key.Key_Tab)
    press(qtbot, "f", Qt.Key.Key_Tab, "38,4", Qt.Key.Key_Tab)  # "f" picks Flu; a comma is fine
    # The label's symptoms are one Tab stop: arrows move between the boxes, Space ticks one.
    press(qtbot, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab, "Headache,  sore throat", Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space, Qt.Key.Key_Tab)  # site trouble
    press(qtbot, "Stayed in bed.", Qt.Key.Key_Tab, "Rest, Poor  sleep")
    press(qtbot, Qt.Key.Key_S, modifier=Qt.KeyboardModifier.ControlModifier)

    assert empty_tab.diary.entry(TODAY) == DiaryEntry(
        day=TODAY,
        energy=7,
        fatigue=3,
        wellbeing=10,
        sick=True,
        sickness_kind="flu",
        temperature_c=38.4,
        site_trouble=True,
        notes="Stayed in bed.",
        tags=("rest", "poor sleep"),
        symptoms=("rash", "hand_swelling", "headache", "sore throat"),
    )
    assert "Saved Tue 24 Nov" in page.status.text()
    assert TODAY in empty_tab.history.shown_days()


def test_symptoms_typed_by_their_name_tick_their_box_and_read_back(empty_tab, qtbot) -> None:
    page = empty_tab.entry_page
    fields = page.fields
    fields.symptoms.own.setText("Joint pain, dizzy, site discomfort")
    press(qtbot, Qt.Key.Key_S, modifier=Qt.KeyboardModifier.ControlModifier)
    saved = empty_tab.diary.entry(TODAY)
    assert saved is not None
    assert saved.symptoms == ("joint_pain", "dizzy") and saved.site_trouble
    page.show_day(TODAY, ask=False)
    assert fields.symptoms.boxes["joint_pain"].isChecked()
    assert not fields.symptoms.boxes["rash"].isChecked()
    assert fields.symptoms.own.text() == "dizzy" and fields.site_trouble.isChecked()
    assert not page.is_dirty()


def test_shift_tab_from_any_symptom_box_goes_back_to_the_temperature(empty_tab, qtbot) -> None:
    symptoms = empty_tab.entry_page.fields.symptoms
    symptoms.boxes["hand_swelling"].setFocus()
    press(qtbot, Qt.Key.Key_Backtab, modifier=Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is empty_tab.entry_page.fields.temperature
    symptoms.own.setFocus()
    press(qtbot, Qt.Key.Key_Backtab, modifier=Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is symptoms.first_box()


def test_a_symptom_too_long_is_shown_next_to_its_field(empty_tab, qtbot) -> None:
    page = empty_tab.entry_page
    page.fields.symptoms.own.setText("a" * 41)
    assert page.save() is False
    problem = page.fields.problems["symptoms"]
    assert problem.isVisible() and "40 characters" in problem.text()
    assert QApplication.focusWidget() is page.fields.symptoms.own
    assert empty_tab.diary.entry(TODAY) is None


def test_ctrl_enter_saves_too_and_the_button_shows_the_shortcut(empty_tab, qtbot) -> None:
    page = empty_tab.entry_page
    assert "Ctrl+S" in page.save_button.text()
    press(qtbot, "4", Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    saved = empty_tab.diary.entry(TODAY)
    assert saved is not None and saved.energy == 4


def test_a_future_day_asks_first_and_cancel_saves_nothing(empty_tab, qtbot, monkeypatch) -> None:
    page = empty_tab.entry_page
    later = TODAY + timedelta(days=2)
    page.show_day(later)
    page.fields.first_input().setFocus()
    press(qtbot, "6")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not page.save()
    assert asked and "26 Nov" in asked[0] and "future" in asked[0]
    assert empty_tab.diary.entry(later) is None

    answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert page.save()
    assert empty_tab.diary.entry(later).energy == 6


def test_a_typo_is_shown_next_to_its_field_and_nothing_is_saved(empty_tab, qtbot) -> None:
    fields = empty_tab.entry_page.fields
    press(qtbot, "5")
    fields.temperature.setText("101")
    assert not empty_tab.entry_page.save()
    problem = fields.problems["temperature_c"]
    assert problem.isVisible() and "Fahrenheit" in problem.text() and "38.3" in problem.text()
    assert QApplication.focusWidget() is fields.temperature
    assert empty_tab.diary.entry(TODAY) is None

    fields.temperature.setText("38.3")
    assert empty_tab.entry_page.save()
    assert not problem.isVisible()


def test_moving_to_another_day_with_unsaved_changes_asks(empty_tab, qtbot, monkeypatch) -> None:
    page = empty_tab.entry_page
    press(qtbot, "8")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    press(qtbot, Qt.Key.Key_Left, modifier=Qt.KeyboardModifier.AltModifier)
    assert asked and page.day == TODAY
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    page.show_day(TODAY - timedelta(days=1))
    assert page.day == TODAY - timedelta(days=1)
    assert empty_tab.diary.entry(TODAY).energy == 8


def test_a_past_day_opens_from_the_history_and_saves_in_place(demo_tab, qtbot) -> None:
    history = demo_tab.history
    day = history.shown_days()[3]
    demo_tab.pages.setCurrentWidget(history)
    history.view.setFocus()
    history.view.setCurrentIndex(history.proxy.index(3, 0))
    press(qtbot, Qt.Key.Key_Return)
    page = demo_tab.entry_page
    assert demo_tab.pages.currentWidget() is page and page.day == day
    assert page.state.text() == "editing the saved entry"
    press(qtbot, "0")
    press(qtbot, Qt.Key.Key_S, modifier=Qt.KeyboardModifier.ControlModifier)
    assert demo_tab.diary.entry(day).energy == 0


def test_rating_keys_type_ten_step_and_clear(empty_tab, qtbot) -> None:
    rating = empty_tab.entry_page.fields.ratings["energy"]
    press(qtbot, "1", "0")
    assert rating.value() == 10
    press(qtbot, Qt.Key.Key_Left, Qt.Key.Key_Left)
    assert rating.value() == 8
    press(qtbot, Qt.Key.Key_Delete)
    assert rating.value() is None and rating.caption.text() == "not rated"
    rating.group.button(3).click()
    assert rating.value() == 3


def test_tags_complete_from_the_ones_already_used(demo_tab) -> None:
    tags = demo_tab.entry_page.fields.tags
    tags.setText("exercise, tra")
    assert tags.completer_.splitPath(tags.text()) == ["tra"]
    tags.completer_.setCompletionPrefix("tra")
    assert tags.completer_.currentCompletion() == "exercise, travel, "


def test_demo_shows_the_cold_and_the_flu_as_two_episodes(demo_tab) -> None:
    page = demo_tab.episodes
    rows = [page.model.row_object(r) for r in range(page.model.rowCount())]
    assert [(e.kinds, e.length_days) for e in rows] == [
        (frozenset({"cold"}), 5),
        (frozenset({"flu"}), 8),
    ]
    # Before the protocol: the cold. Since: the flu. The last 90 days: none.
    assert page.cell_text("count", 0) == "1" and page.cell_text("recovery", 0) == "5.0 days"
    assert page.cell_text("count", 1) == "1" and page.cell_text("recovery", 1) == "8.0 days"
    assert page.cell_text("count", 2) == "0" and page.cell_text("recovery", 2) == "—"
    assert page.heading.text() == "2 sick episodes in the diary"


def test_trend_charts_draw_a_rolling_mean_and_shade_sick_days(demo_tab) -> None:
    demo_tab.pages.setCurrentWidget(demo_tab.trends)
    charts = demo_tab.trends.ensure_charts()
    charts.set_range("all")
    plot = charts.plots["fatigue"].getPlotItem()
    lines = [i for i in plot.items if type(i) is pg.PlotDataItem]
    assert len(lines) == 1
    _x, means = lines[0].getData()
    assert float(np.nanmin(means)) > 1.0 and float(np.nanmax(means)) < 9.0
    (shading,) = [i for i in plot.items if isinstance(i, pg.BarGraphItem)]
    assert len(shading.opts["x0"]) == 2  # the cold and the flu
    labels = legend_for(plot, charts.theme).labels()
    assert {"7-day average", "Sick day", "Injection"} <= set(labels)

    charts.set_range("1m")  # no sick day in the last month: no shading, still a mean
    plot = charts.plots["fatigue"].getPlotItem()
    assert not [i for i in plot.items if isinstance(i, pg.BarGraphItem)]
    assert [i for i in plot.items if type(i) is pg.PlotDataItem]


def test_search_filters_the_history_by_text_and_by_tag(demo_tab, qtbot) -> None:
    history = demo_tab.history
    total = len(history.shown_days())
    qtbot.keyClicks(history.search, "#travel")
    tagged = {e.day for e in demo_tab.entries if "travel" in e.tags}
    assert set(history.shown_days()) == tagged and 0 < len(tagged) < total
    assert history.count.text() == f"{len(tagged)} of {total} days"
    history.search.setText("flu home")
    assert len(history.shown_days()) == 8
    history.search.clear()
    assert len(history.shown_days()) == total


def test_pyqtgraph_loads_only_when_the_trends_are_first_shown(tmp_path: Path) -> None:
    script = f"""
import os, sys
from pathlib import Path
from app.domain.keys import KeyMaterial
from app.store.diary import Diary
from app.ui.life.launch import make_app
from app.ui.diary import DiaryTab
app = make_app()
key = KeyMaterial(os.urandom(32), os.urandom(16))
diary = Diary.create_with_key(Path({str(tmp_path / "d.dosebook")!r}), key)
tab = DiaryTab(diary)
tab.show(); app.processEvents()
print("before", "pyqtgraph" in sys.modules)
tab.pages.setCurrentWidget(tab.trends); app.processEvents()
print("after", "pyqtgraph" in sys.modules)
diary.close()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert "before False" in result.stdout, result.stderr
    assert "after True" in result.stdout, result.stderr
