"""The body map: picking zones with mouse and keyboard, what hover shows, colours and dark mode."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from app.domain.records import Zone
from app.ui.bodymap import BodyMapWidget, ZoneUsageView

ROOT = Path(__file__).resolve().parents[2]
ZONES = [
    Zone(**z) for z in tomllib.loads((ROOT / "seeds" / "zones.toml").read_text("utf-8"))["zone"]
]


@pytest.fixture(autouse=True)
def english_dates() -> Iterator[None]:
    """Dates in tooltips follow the locale; pin it so the expected words are known."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def _map(qtbot: QtBot, zones: list[Zone] = ZONES) -> BodyMapWidget:
    widget = BodyMapWidget()
    qtbot.addWidget(widget)
    widget.set_zones(zones)
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _centre(widget: BodyMapWidget, zone_id: str) -> QPoint:
    rect = widget.zone_rect(zone_id)
    assert rect is not None
    return rect.center().toPoint()


@pytest.mark.parametrize("zone_id", [z.id for z in ZONES])
def test_clicking_the_centre_of_a_zone_picks_it(qtbot: QtBot, zone_id: str) -> None:
    widget = _map(qtbot)
    with qtbot.waitSignal(widget.zoneSelected, timeout=1000) as picked:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=_centre(widget, zone_id))
    assert picked.args == [zone_id]
    assert widget.selected_zone() == zone_id


def test_clicking_outside_the_body_picks_nothing(qtbot: QtBot) -> None:
    widget = _map(qtbot)
    with qtbot.assertNotEmitted(widget.zoneSelected):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert widget.selected_zone() is None


def test_a_disabled_zone_cannot_be_picked(qtbot: QtBot) -> None:
    scarred = "abdomen-lower-left"
    zones = [
        replace(z, enabled=False, disabled_reason="scar") if z.id == scarred else z for z in ZONES
    ]
    widget = _map(qtbot, zones)
    with qtbot.assertNotEmitted(widget.zoneSelected):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=_centre(widget, scarred))
        assert widget.select_zone(scarred) is False
        # Reach it with the keyboard too: from the zone above it, one step down, then Enter.
        widget.select_zone("abdomen-upper-left")
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Down)
        assert widget.focused_zone() == scarred
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert widget.selected_zone() == "abdomen-upper-left"
    assert "not in use: scar" in widget.zone_tooltip(scarred).lower()
    assert "not in use: scar" in widget.accessibleDescription()


def test_arrow_keys_and_enter_pick_a_zone(qtbot: QtBot) -> None:
    widget = _map(qtbot)
    widget.select_zone("abdomen-upper-right")  # the person's right: our left on the front view
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.focused_zone() == "abdomen-upper-left"
    qtbot.keyClick(widget, Qt.Key.Key_Down)
    assert widget.focused_zone() == "abdomen-lower-left"
    assert "Left lower abdomen" in widget.accessibleDescription()
    with qtbot.waitSignal(widget.zoneSelected, timeout=1000) as picked:
        qtbot.keyClick(widget, Qt.Key.Key_Enter)
    assert picked.args == ["abdomen-lower-left"]
    assert widget.selected_zone() == "abdomen-lower-left"


def test_arrows_cross_from_the_front_view_to_the_back_view(qtbot: QtBot) -> None:
    widget = _map(qtbot)
    widget.select_zone("flank-left")  # rightmost zone of the front view at waist height
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.focused_zone() in {"arm-back-left", "buttock-left"}
    qtbot.keyClick(widget, Qt.Key.Key_Space)
    assert widget.selected_zone() == widget.focused_zone()


def test_tooltip_shows_the_last_use_and_recent_dates(qtbot: QtBot) -> None:
    widget = _map(qtbot)
    recent = [date(2026, 10, 12), date(2026, 9, 14), date(2026, 8, 17)]
    widget.set_usage({"thigh-front-left": ZoneUsageView(days_since=3, count=3, recent=recent)})
    text = widget.zone_tooltip("thigh-front-left")
    assert "Left front thigh" in text
    assert "Last used 3 days ago (Mon 12 Oct)" in text
    assert "Mon 14 Sep" in text and "used 3 times" in text.lower()

    pos = _centre(widget, "thigh-front-left")
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    assert "Mon 12 Oct" in QToolTip.text()
    QToolTip.hideText()


def test_a_never_used_zone_says_so(qtbot: QtBot) -> None:
    widget = _map(qtbot)
    assert "not used yet" in widget.zone_tooltip("buttock-right").lower()


def _colour_at(widget: BodyMapWidget, zone_id: str) -> QColor:
    point = widget.zone_point(zone_id)
    assert point is not None
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(point.x() * ratio), round(point.y() * ratio))


def test_recent_zones_look_warm_and_rested_zones_look_cool(qtbot: QtBot) -> None:
    widget = _map(qtbot)
    widget.set_usage(
        {
            "thigh-front-left": ZoneUsageView(days_since=2, count=1, recent=[date(2026, 10, 13)]),
            "thigh-front-right": ZoneUsageView(days_since=40, count=1, recent=[date(2026, 9, 5)]),
        }
    )
    recent = _colour_at(widget, "thigh-front-left")
    rested = _colour_at(widget, "thigh-front-right")
    assert recent.red() > recent.blue()
    assert rested.blue() > rested.red()


def test_dark_palette_gives_a_dark_map(qtbot: QtBot) -> None:
    widget = _map(qtbot)
    light = _colour_at(widget, "buttock-left")  # never used: the neutral light tone
    dark = QPalette(widget.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202428"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e9ed"))
    widget.setPalette(dark)
    shaded = _colour_at(widget, "buttock-left")
    assert light.lightness() > 200
    assert shaded.lightness() < 128
