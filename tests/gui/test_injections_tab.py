"""The Injections tab: logging with the keyboard alone, the map in the dialog, edit and delete with
undo, the calendar's marks, zones set aside, reactions and vial warnings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from app.domain.records import Injection, Profile, Protocol, Vial
from app.domain.schedule import DoseStatus
from app.store.diary import Diary
from app.ui.injections import InjectionsTab

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 16, 19, 40, tzinfo=BERLIN)  # a Monday, twenty minutes before the dose


@pytest.fixture(autouse=True)
def english_dates() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def diary(tmp_path: Path, fast_key) -> Iterator[Diary]:
    d = Diary.create_with_key(tmp_path / "d.dosebook", fast_key)
    d.save_profile(Profile(timezone="Europe/Berlin"))
    p = d.save_protocol(Protocol(None, "TA1", 1.6, "mg", weekdays=(0, 3), start=date(2026, 11, 2)))
    vial = d.save_vial(Vial(None, "TA1", lot="L9", strength_mg=16, diluent_ml=10))
    for day, zone in (
        (2, "abdomen-lower-left"),
        (5, "abdomen-lower-right"),
        (12, "thigh-front-left"),
    ):
        d.log_injection(
            Injection(
                None,
                datetime(2026, 11, day, 20, 5, tzinfo=BERLIN),
                p.id,
                1.6,
                "mg",
                zone,
                vial_id=vial.id,
            )
        )
    yield d
    d.close()


@pytest.fixture
def tab(qtbot: QtBot, diary: Diary) -> InjectionsTab:
    widget = InjectionsTab(diary, clock=lambda: NOW)
    diary.subscribe(widget.refresh)
    qtbot.addWidget(widget)
    widget.resize(1280, 820)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _press(qtbot: QtBot, widget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def test_the_header_says_what_is_next(tab: InjectionsTab) -> None:
    text = tab.header.next_label.text()
    assert text.startswith("Next: Today 20:00 · 1.6 mg · suggested: ")
    assert "Last 4 weeks: 3 of 4 taken" in tab.header.courses_label.text()


def test_logging_with_the_keyboard_alone(qtbot: QtBot, tab: InjectionsTab, diary: Diary) -> None:
    tab.header.log_button.setFocus()
    _press(qtbot, tab.header.log_button, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.log_dialog
    assert dialog is not None and dialog.isVisible()
    suggested = tab.snapshot.suggested_zone(NOW)
    # One key: Enter in the field that has the focus accepts every default.
    assert dialog.focusWidget() is dialog.when_edit
    _press(qtbot, dialog.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    shot = diary.injections()[-1]
    assert shot.taken_at == NOW
    assert (shot.dose, shot.dose_unit, shot.zone_id) == (1.6, "mg", suggested.id)
    assert shot.vial_id == diary.vials()[0].id and shot.volume_ml == 1.0
    assert tab.calendar.marks_on(date(2026, 11, 16))[0].status is DoseStatus.ON_TIME
    assert tab.undo_bar.isVisible()


def test_clicking_a_zone_on_the_map_selects_it_in_the_dialog(
    qtbot: QtBot, tab: InjectionsTab, diary: Diary
) -> None:
    dialog = tab.open_log_dialog()
    target = "buttock-left"
    point = dialog.body_map.zone_rect(target).center().toPoint()
    qtbot.mouseClick(dialog.body_map, Qt.MouseButton.LeftButton, pos=point)
    assert dialog.zone_box.currentData() == target
    assert dialog.body_map.selected_zone() == target
    dialog.save_button.click()
    assert diary.injections()[-1].zone_id == target


def test_a_zone_used_days_ago_warns_but_still_saves(
    qtbot: QtBot, tab: InjectionsTab, diary: Diary
) -> None:
    dialog = tab.open_log_dialog()
    dialog.zone_box.setCurrentIndex(dialog.zone_box.findData("thigh-front-left"))
    assert dialog.zone_note.isVisible()
    assert "was used 4 days ago" in dialog.zone_note.text()
    dialog.save_button.click()
    assert diary.injections()[-1].zone_id == "thigh-front-left"


def test_change_an_injection_from_the_day_list_and_undo_it(
    qtbot: QtBot, tab: InjectionsTab, diary: Diary
) -> None:
    tab.calendar.select_day(date(2026, 11, 12))
    tab.day_panel.day_list.setFocus()
    _press(qtbot, tab.day_panel.day_list, Qt.Key.Key_Return)
    dialog = tab.log_dialog
    assert dialog.windowTitle() == "Change injection"
    dialog.dose_edit.setValue(1.2)
    dialog.save_button.click()
    assert diary.injections()[-1].dose == 1.2
    assert "saved" in tab.undo_bar.label.text()
    tab.undo_bar.undo_button.click()
    assert diary.injections()[-1].dose == 1.6
    assert not tab.undo_bar.isVisible()


def test_delete_from_the_calendar_day_and_undo(
    qtbot: QtBot, tab: InjectionsTab, diary: Diary
) -> None:
    tab.calendar.setFocus()
    tab.calendar.select_day(date(2026, 11, 5))
    assert tab.calendar.marks_on(date(2026, 11, 5))[0].status is DoseStatus.ON_TIME
    tab.day_panel.day_list.setFocus()
    _press(qtbot, tab.day_panel.day_list, Qt.Key.Key_Delete)
    assert len(diary.injections()) == 2
    assert tab.calendar.marks_on(date(2026, 11, 5))[0].status is DoseStatus.MISSED
    assert "deleted" in tab.undo_bar.label.text()
    _press(qtbot, tab, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(diary.injections()) == 3
    assert tab.calendar.marks_on(date(2026, 11, 5))[0].status is DoseStatus.ON_TIME


def test_delete_from_the_list_of_all_injections_and_undo(tab: InjectionsTab, diary: Diary) -> None:
    panel = tab.day_panel
    panel.pages.setCurrentWidget(panel.history)
    assert panel.history.model().rowCount() == 3
    panel.history.selectRow(0)  # newest first
    panel.delete_button.click()
    assert [s.taken_at.day for s in diary.injections()] == [2, 5]
    tab.undo_bar.undo_button.click()
    assert [s.taken_at.day for s in diary.injections()] == [2, 5, 12]


def test_a_missed_dose_shows_on_the_calendar_and_can_be_logged_late(
    tab: InjectionsTab, diary: Diary
) -> None:
    assert [m.status for m in tab.calendar.marks_on(date(2026, 11, 9))] == [DoseStatus.MISSED]
    tab.calendar.select_day(date(2026, 11, 9))
    assert "Missed" in tab.day_panel.day_list.item(0).text()
    tab.calendar.dayActivated.emit(date(2026, 11, 9))
    dialog = tab.log_dialog
    assert dialog.taken_at() == datetime(2026, 11, 9, 20, 0, tzinfo=BERLIN)
    dialog.save_button.click()
    assert tab.calendar.marks_on(date(2026, 11, 9))[0].status is DoseStatus.ON_TIME


def test_the_map_colours_follow_the_log(tab: InjectionsTab) -> None:
    tip = tab.body_map.zone_tooltip("thigh-front-left")
    assert "Last used 4 days ago" in tip
    assert "Not used yet" in tab.body_map.zone_tooltip("arm-back-left")


def test_a_zone_set_aside_from_the_tab_is_greyed_and_not_offered(
    tab: InjectionsTab, diary: Diary
) -> None:
    panel = tab.zone_panel
    panel.zone_box.setCurrentIndex(panel.zone_box.findData("abdomen-upper-left"))
    panel.zone_box.activated.emit(panel.zone_box.currentIndex())
    panel.reason_edit.setText("scar")
    panel.disabled_box.setChecked(True)
    zone = diary.zone("abdomen-upper-left")
    assert not zone.enabled and zone.disabled_reason == "scar"
    assert "Not in use: scar" in tab.body_map.zone_tooltip("abdomen-upper-left")
    dialog = tab.open_log_dialog()
    assert dialog.zone_box.findData("abdomen-upper-left") == -1
    dialog.reject()


def test_a_reaction_added_later_marks_the_map(tab: InjectionsTab, diary: Diary) -> None:
    shot = diary.injections()[-1]
    dialog = tab.open_reaction_dialog(shot.id)
    dialog.grade_group.button(2).setChecked(True)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("swelling"))
    dialog.accept()
    (reaction,) = diary.reactions()
    assert (reaction.injection_id, reaction.grade, reaction.kind) == (shot.id, 2, "swelling")
    assert "A site reaction was noted here" in tab.body_map.zone_tooltip(shot.zone_id)
    tab.calendar.select_day(date(2026, 11, 12))
    assert "reaction: swelling, grade 2" in tab.day_panel.day_list.item(0).text()


def test_photos_can_be_kept_with_a_saved_reaction(
    tab: InjectionsTab, diary: Diary, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.dialogs.attachments import AttachmentsDialog

    shot = diary.injections()[-1]
    first = tab.open_reaction_dialog(shot.id)
    assert not first.photos_button.isEnabled()  # saved first, then photos
    first.accept()
    again = tab.open_reaction_dialog(shot.id)
    assert again.photos_button.isEnabled()
    opened: list[AttachmentsDialog] = []

    def add_a_photo() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(dialog)
        pdf = tmp_path / "redness.pdf"
        pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
        dialog.add_file(pdf)
        dialog.accept()

    QTimer.singleShot(0, add_a_photo)
    again.photos_button.click()
    assert isinstance(opened[0], AttachmentsDialog)
    (kept,) = diary.attachments()
    assert (kept.reaction_id, kept.panel_id) == (diary.reactions()[0].id, None)


def test_the_reaction_dialog_shows_the_emergency_signs_and_an_open_sore_is_grade_3(
    tab: InjectionsTab, diary: Diary
) -> None:
    shot = diary.injections()[-1]
    dialog = tab.open_reaction_dialog(shot.id)
    text = dialog.emergency.text()
    assert "Hives" in text and "swelling of the face or lips" in text
    assert "trouble breathing" in text and "Call emergency services now" in text
    assert "Sources:" in text
    assert dialog.emergency.isVisible()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("open_sore"))
    assert dialog.grade_group.checkedId() == 3
    dialog.accept()
    (reaction,) = diary.reactions()
    assert (reaction.kind, reaction.grade) == ("open_sore", 3)


def test_the_dialog_shows_the_volume_and_warns_on_an_expired_vial(
    tab: InjectionsTab, diary: Diary
) -> None:
    (vial,) = diary.vials()
    diary.save_vial(replace(vial, expiry=date(2026, 11, 1)))
    dialog = tab.open_log_dialog()
    assert "Draw 1.00 mL" in dialog.vial_note.text()
    assert "1.6 mg/mL" in dialog.vial_note.text()
    assert dialog.vial_warning.isVisible() and "expiry date" in dialog.vial_warning.text()
    dialog.save_button.click()  # a warning, not a block
    assert len(diary.injections()) == 4


def test_a_new_course_from_the_ta1_template(tab: InjectionsTab, diary: Diary) -> None:
    from app.ui.injections import courses

    dialog = courses.open_protocol(tab, None)
    dialog.template_box.setCurrentIndex(dialog.template_box.findData("ta1"))
    dialog.template_box.activated.emit(dialog.template_box.currentIndex())
    assert dialog.product_edit.text().startswith("Thymosin Alpha-1")
    dialog.accept()
    new = diary.protocols()[-1]
    assert (new.dose, new.weekdays, new.start) == (1.6, (0, 3), NOW.date())
    assert (new.planned_end - new.start).days == 26 * 7 - 1


def test_the_demo_month_shows_done_late_missed_and_upcoming_doses(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from app.access import create_demo

    demo = create_demo(tmp_path / "demo.dosebook", date(2026, 11, 24))
    try:
        now = datetime(2026, 11, 24, 18, 30, tzinfo=BERLIN)
        widget = InjectionsTab(demo, clock=lambda: now)
        qtbot.addWidget(widget)
        first, last = widget.calendar.visible_range()
        seen = {
            mark.status
            for offset in range((last - first).days + 1)
            for mark in widget.calendar.marks_on(date.fromordinal(first.toordinal() + offset))
            if mark.due_at is not None and mark.due_at.month == 11
        }
        assert {DoseStatus.ON_TIME, DoseStatus.LATE, DoseStatus.MISSED, DoseStatus.UPCOMING} <= seen
        last_shot = demo.injections()[-1]
        assert "Last used yesterday" in widget.body_map.zone_tooltip(last_shot.zone_id)
        suggested = widget.snapshot.suggested_zone(now)
        assert suggested is not None and suggested.id != last_shot.zone_id
        assert suggested.label.lower() in widget.header.next_label.text()
    finally:
        demo.close()


def test_a_failed_save_keeps_the_dialog_and_saving_again_logs_the_dose_once(
    tab: InjectionsTab, diary: Diary
) -> None:
    """Logging the dose and finishing its vial are one write: when the vial part fails, nothing
    was logged, the dialog says why and stays open, and Save after the fix logs it once."""
    with diary._connection() as conn:  # noqa: SLF001 - a real SQLite failure in the second half
        conn.execute(
            "CREATE TRIGGER no_vial BEFORE UPDATE ON vial BEGIN SELECT RAISE(ABORT, 'no'); END"
        )
    dialog = tab.open_log_dialog()
    dialog.finish_vial_box.setChecked(True)
    dialog.save_button.click()
    assert dialog.isVisible() and "Nothing from this change was saved" in dialog.error_note.text()
    assert len(diary.injections()) == 3
    with diary._connection() as conn:  # noqa: SLF001
        conn.execute("DROP TRIGGER no_vial")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert len(diary.injections()) == 4 and diary.vials()[0].finished_on == NOW.date()
    tab.undo_bar.undo()  # the undo is one write too: the dose goes, the vial is open again
    assert len(diary.injections()) == 3 and diary.vials()[0].finished_on is None
