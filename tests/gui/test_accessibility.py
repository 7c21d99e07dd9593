"""The custom widgets through Qt's accessibility interfaces, as a screen reader's bridge sees them
(the AT-SPI tree itself is read in test_screen_reader.py)."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from app.domain.injection_overview import DayMark
from app.domain.records import Zone
from app.domain.schedule import DoseStatus
from app.ui.a11y import install
from app.ui.bodymap import BodyMapWidget, ZoneUsageView
from app.ui.diary.rating_input import RatingInput
from app.ui.injections.calendar import MonthCalendar

ROOT = Path(__file__).resolve().parents[2]
ZONES = [
    Zone(**z) for z in tomllib.loads((ROOT / "seeds" / "zones.toml").read_text("utf-8"))["zone"]
]
Name, Description, Value = (
    QAccessible.Text.Name,
    QAccessible.Text.Description,
    QAccessible.Text.Value,
)


@pytest.fixture(autouse=True)
def factory() -> None:
    install()


def shown(qtbot: QtBot, widget):  # noqa: ANN201
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    return QAccessible.queryAccessibleInterface(widget)


def test_body_map_zones_are_buttons_that_say_their_state(qtbot: QtBot) -> None:
    widget = BodyMapWidget()
    zones = [replace(z, enabled=False, disabled_reason="scar") if z.id == "flank-left" else z
             for z in ZONES]  # fmt: skip
    widget.set_zones(zones)
    widget.set_usage({"thigh-front-left": ZoneUsageView(days_since=3, count=2)})
    widget.set_suggested("abdomen-lower-right")
    face = shown(qtbot, widget)
    assert face.role() == QAccessible.Role.Grouping
    parts = {face.child(i).text(Name): face.child(i) for i in range(face.childCount())}
    assert len(parts) == len(ZONES)
    assert parts["Left front thigh"].text(Description).startswith("last used 3 days ago")
    assert "suggested" in parts["Right lower abdomen"].text(Description)
    assert parts["Left flank"].text(Description).endswith("not in use: scar")
    assert parts["Left flank"].state().disabled
    assert parts["Left flank"].actionInterface().actionNames() == []
    thigh = parts["Left front thigh"]
    assert thigh.role() == QAccessible.Role.Button
    assert widget.rect().contains(widget.mapFromGlobal(thigh.rect().center()))
    with qtbot.waitSignal(widget.zoneSelected) as picked:
        thigh.actionInterface().doAction("Press")
    assert picked.args == ["thigh-front-left"]
    assert thigh.state().checked


def test_calendar_days_say_their_doses_and_open_on_request(qtbot: QtBot) -> None:
    today = date(2026, 11, 16)
    calendar = MonthCalendar(today)
    at_eight = datetime(2026, 11, 16, 20, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    due = DayMark(1, DoseStatus.UPCOMING, due_at=at_eight, injection_id=None, taken_at=None)
    calendar.set_marks({today: [due]})
    face = shown(qtbot, calendar)
    assert face.role() == QAccessible.Role.List and face.childCount() == 42
    first = calendar.visible_range()[0]
    index = (today - first).days
    day = face.child(index)
    assert day.text(Name) == "Monday 16 November 2026, today"
    assert day.text(Description) == "Due 20:00"
    assert day.state().selected
    calendar.activateWindow()
    qtbot.waitUntil(calendar.isActiveWindow)
    calendar.setFocus()
    qtbot.waitUntil(calendar.hasFocus)
    assert face.focusChild() is day and day.state().focused
    other = face.child(index + 1)
    assert other.text(Description) == "No dose due and nothing logged"
    with qtbot.waitSignal(calendar.dayActivated) as opened:
        other.actionInterface().doAction("Open")
    assert opened.args == [today + timedelta(days=1)]
    assert calendar.selected_day() == today + timedelta(days=1)


def test_a_rating_row_is_one_slider_from_0_to_10(qtbot: QtBot) -> None:
    rating = RatingInput("Energy")
    face = shown(qtbot, rating)
    assert face.role() == QAccessible.Role.Slider
    assert (face.text(Name), face.text(Value)) == ("Energy", "not rated")
    value = face.valueInterface()
    assert (value.minimumValue(), value.maximumValue(), value.minimumStepSize()) == (0, 10, 1)
    value.setCurrentValue(7)
    assert rating.value() == 7 and face.text(Value) == "7 / 10"
    assert value.currentValue() == 7


def test_charts_are_summed_up_in_words() -> None:
    from app.charts.lab import LabPoint
    from app.charts.summary import lab_summary, rating_summary

    start, end = date(2026, 11, 1), date(2026, 11, 30)
    points = [(date(2026, 11, 2), 4), (date(2026, 11, 3), None), (date(2026, 11, 9), 8)]
    assert rating_summary("Energy", points, 3, 8, start, end) == (
        "Energy, Sun 1 Nov 2026 to Mon 30 Nov 2026: rated on 2 days, average 6, lowest 4, "
        "highest 8; latest 8 on Mon 9 Nov 2026. 3 sick days, 8 injections."
    )
    assert rating_summary("Energy", [], 0, 0, start, end).endswith(": no ratings yet.")
    alt = [LabPoint(date(2026, 7, 27), 118, "high"), LabPoint(date(2026, 10, 26), 44, "normal")]
    assert lab_summary("ALT", alt, "U/L") == (
        "ALT: 2 results from Mon 27 Jul 2026 to Mon 26 Oct 2026; latest 44 U/L, in range. "
        "1 above the range."
    )
    assert lab_summary("ALT", alt[:1], "U/L") == (
        "ALT: one result, on Mon 27 Jul 2026: 118 U/L, above the range. 1 above the range."
    )
