"""Never miss a dose, never double one: the log dialog says which dose it counts as and lets the
person choose, asks before a second dose, and never shows a dose number nobody typed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.records import Profile, Protocol
from app.domain.schedule import DoseStatus
from app.store.diary import Diary
from app.ui.injections import InjectionsTab

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 11, 16)
EARLY = datetime(2026, 11, 16, 7, 16, tzinfo=BERLIN)  # 12 h 44 min before the 20:00 dose
DUE = datetime(2026, 11, 16, 20, 0, tzinfo=BERLIN)


@pytest.fixture(autouse=True)
def english_dates() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def diary(tmp_path: Path, fast_key) -> Iterator[Diary]:
    d = Diary.create_with_key(tmp_path / "d.dosebook", fast_key)
    d.save_profile(Profile(timezone="Europe/Berlin"))
    d.save_protocol(Protocol(None, "TA1", 1.6, "mg", weekdays=(0, 3), start=date(2026, 11, 2)))
    yield d
    d.close()


def make_tab(qtbot: QtBot, diary: Diary, clock: Clock) -> InjectionsTab:
    widget = InjectionsTab(diary, clock=clock)
    diary.subscribe(widget.refresh)
    qtbot.addWidget(widget)
    widget.resize(1280, 820)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def press_enter(qtbot: QtBot, tab: InjectionsTab) -> None:
    qtbot.keyClick(tab.log_dialog.focusWidget(), Qt.Key.Key_Return)


def test_a_dose_at_0716_on_a_20_00_day_says_how_it_counts_and_counts_so(
    qtbot: QtBot, diary: Diary
) -> None:
    clock = Clock(EARLY)
    tab = make_tab(qtbot, diary, clock)
    dialog = tab.open_log_dialog()
    assert dialog.counts_as.isVisible()
    assert dialog.counts_as.sentence.text() == (
        "This will count as today's 20:00 dose, taken 12 h 44 min early."
    )
    assert dialog.counts_as.that_dose.isChecked()
    press_enter(qtbot, tab)
    assert not dialog.isVisible()
    (shot,) = diary.injections()
    assert (shot.counts_for, shot.extra) == (DUE, False)
    (mark,) = tab.calendar.marks_on(MONDAY)
    assert (mark.status, mark.injection_id) == (DoseStatus.ON_TIME, shot.id)
    assert tab.header.next_label.text().startswith("Taken today 07:16 · next: Thursday 20:00")


def test_choosing_an_extra_dose_leaves_20_00_due(qtbot: QtBot, diary: Diary) -> None:
    tab = make_tab(qtbot, diary, Clock(EARLY))
    dialog = tab.open_log_dialog()
    dialog.counts_as.extra_dose.click()
    assert dialog.counts_as.sentence.text() == (
        "This will be an extra dose; today's 20:00 dose stays due."
    )
    dialog.save_button.click()
    (shot,) = diary.injections()
    assert (shot.counts_for, shot.extra) == (None, True)
    statuses = sorted(mark.status for mark in tab.calendar.marks_on(MONDAY))
    assert statuses == sorted([DoseStatus.UPCOMING, DoseStatus.EXTRA])
    assert "Today 20:00" in tab.header.next_label.text()


def test_a_dose_the_night_before_says_it_is_extra_and_can_count_as_that_dose(
    qtbot: QtBot, diary: Diary
) -> None:
    """Sunday 22:30 against Monday 20:00: 21 h 30 min early, beyond the 12 h reach. The dialog
    says so instead of saying nothing, and the person can count it as Monday's dose."""
    sunday_night = datetime(2026, 11, 15, 22, 30, tzinfo=BERLIN)
    tab = make_tab(qtbot, diary, Clock(sunday_night))
    dialog = tab.open_log_dialog()
    assert dialog.counts_as.isVisible()
    assert dialog.counts_as.extra_dose.isChecked()
    assert dialog.counts_as.sentence.text() == (
        "This will be an extra dose; tomorrow's 20:00 dose stays due."
    )
    dialog.counts_as.that_dose.click()
    assert dialog.counts_as.sentence.text() == (
        "This will count as tomorrow's 20:00 dose, taken 21 h 30 min early."
    )
    dialog.save_button.click()
    (shot,) = diary.injections()
    assert (shot.counts_for, shot.extra) == (DUE, False)
    (mark,) = tab.calendar.marks_on(MONDAY)
    assert mark.injection_id == shot.id and mark.status != DoseStatus.MISSED


def test_a_second_dose_within_the_window_asks_before_saving(qtbot: QtBot, diary: Diary) -> None:
    clock = Clock(EARLY)
    tab = make_tab(qtbot, diary, clock)
    tab.open_log_dialog().save_button.click()
    clock.now = DUE
    dialog = tab.open_log_dialog()
    assert not dialog.counts_as.isVisible()  # today's dose is taken: nothing to count for
    press_enter(qtbot, tab)
    assert dialog.isVisible()
    assert dialog.repeat_question.isVisible()
    assert dialog.repeat_question.label.text() == "You logged 1.6 mg at 07:16 today. Log another?"
    press_enter(qtbot, tab)  # Enter never confirms a second dose
    assert len(diary.injections()) == 1
    dialog.repeat_question.back_button.click()
    assert not dialog.repeat_question.isVisible() and dialog.isVisible()
    dialog.save_button.click()
    dialog.repeat_question.another_button.click()
    assert not dialog.isVisible()
    assert len(diary.injections()) == 2


def test_ctrl_i_on_an_empty_diary_shows_no_dose_number(
    qtbot: QtBot, tmp_path: Path, fast_key
) -> None:
    empty = Diary.create_with_key(tmp_path / "e.dosebook", fast_key)
    try:
        tab = make_tab(qtbot, empty, Clock(EARLY))
        tab.activateWindow()  # the shortcut works in the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
        tab.header.log_button.setFocus()
        qtbot.keyClick(tab.header.log_button, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        dialog = tab.log_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.dose_edit.text() == "" and dialog.dose_edit.value() is None
        press_enter(qtbot, tab)
        assert dialog.isVisible()
        assert dialog.error_note.text() == "⚠ Type the dose you took."
        assert empty.injections() == []
        dialog.dose_edit.setText("0.5")
        dialog.save_button.click()
        assert [shot.dose for shot in empty.injections()] == [0.5]
    finally:
        empty.close()


def test_an_own_course_starts_with_an_empty_dose(qtbot: QtBot, diary: Diary) -> None:
    from app.ui.injections import courses

    tab = make_tab(qtbot, diary, Clock(EARLY))
    dialog = courses.open_protocol(tab, None)
    assert dialog.template_box.currentData() == ""  # "Your own"
    assert dialog.dose_edit.text() == ""
    dialog.product_edit.setText("My course")
    dialog.accept()
    assert dialog.isVisible() and "Type the dose" in dialog.error.text()
    # A template fills its dose; going back to "Your own" empties it again.
    dialog.template_box.setCurrentIndex(dialog.template_box.findData("ta1"))
    dialog.template_box.activated.emit(dialog.template_box.currentIndex())
    assert dialog.dose_edit.value() == 1.6
    dialog.template_box.setCurrentIndex(0)
    dialog.template_box.activated.emit(0)
    assert dialog.dose_edit.text() == ""


@pytest.fixture
def computer_zone(monkeypatch) -> Iterator[Callable[[str], None]]:
    """Set this computer's clock to a zone (the diary's zone is Berlin); put it back after."""
    import time

    def move_to(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()

    yield move_to
    monkeypatch.undo()
    time.tzset()


def test_times_in_the_diarys_zone_are_named_when_the_computer_is_elsewhere(
    qtbot: QtBot, diary: Diary, computer_zone: Callable[[str], None]
) -> None:
    computer_zone("America/New_York")
    tab = make_tab(qtbot, diary, Clock(EARLY))
    expected = (
        "Times here are in the diary's time zone, Europe/Berlin: 07:16 there, 01:16 on this "
        "computer. Travelling? Change the zone under Settings → Profile."
    )
    assert tab.header.zone_note.isVisible() and tab.header.zone_note.accessibleName() == expected
    dialog = tab.open_log_dialog()
    assert dialog.clock_note.isVisible() and dialog.clock_note.accessibleName() == expected


def test_no_zone_note_when_the_computer_keeps_the_diarys_time(
    qtbot: QtBot, diary: Diary, computer_zone: Callable[[str], None]
) -> None:
    computer_zone("Europe/Berlin")
    tab = make_tab(qtbot, diary, Clock(EARLY))
    assert not tab.header.zone_note.isVisible()
    assert not tab.open_log_dialog().clock_note.isVisible()
