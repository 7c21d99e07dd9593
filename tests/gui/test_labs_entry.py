"""Typing a panel from a paper report: by keyboard, with the flag as you type and questions first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.records import Profile, Sex
from app.store.diary import Diary
from app.ui.labs.entry_dialog import PanelEntryDialog
from app.ui.labs.new_test_dialog import NewTestDialog

TODAY = date(2026, 11, 24)


@pytest.fixture
def diary(tmp_path: Path, fast_key):
    d = Diary.create_with_key(tmp_path / "labs.db", fast_key)
    d.save_profile(Profile(sex=Sex.MALE))
    yield d
    d.close()


def never_asked(_parent, questions):
    raise AssertionError(f"nothing should have been asked, got {questions}")


def open_dialog(qtbot, diary: Diary, confirm=never_asked) -> PanelEntryDialog:
    dialog = PanelEntryDialog(diary, today=TODAY, confirm=confirm)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def focused():
    return QApplication.focusWidget()


def key_target():
    """Where the system sends keys: an open completion list first (it passes them on)."""
    return QApplication.activePopupWidget() or focused()


def type_here(qtbot, text: str, then=Qt.Key.Key_Tab) -> None:
    """Type into whatever has the focus, then press a key (Tab by default), as a person would."""
    for char in text:
        qtbot.keyClicks(key_target(), char)
    qtbot.keyClick(key_target(), then)


def test_a_panel_is_entered_with_the_keyboard_and_survives_export_and_import(
    qtbot, diary: Diary, tmp_path: Path, fast_key
) -> None:
    dialog = open_dialog(qtbot, diary)
    dialog.date_edit.setFocus()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Down)  # the day before today
    for _section in range(4):  # Tab walks weekday, day, month and year, then leaves
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert focused() is dialog.lab_edit
    type_here(qtbot, "City Lab")
    type_here(qtbot, "")  # no notes
    assert focused() is dialog.rows[0].test_edit
    type_here(qtbot, "HBV DNA")
    type_here(qtbot, "<20")
    type_here(qtbot, "")  # the unit the catalogue offers first: IU/mL
    type_here(qtbot, "", then=Qt.Key.Key_Return)  # no range printed; on to the next row
    assert focused() is dialog.rows[1].test_edit
    type_here(qtbot, "IL-6")
    type_here(qtbot, "2.4")
    type_here(qtbot, "")
    # The catalogue's usual range is only a grey hint; the box is empty until the report says.
    assert dialog.rows[1].range_edit.text() == ""
    assert dialog.rows[1].range_edit.placeholderText() == "<6.4"
    type_here(qtbot, "<7.0", then=Qt.Key.Key_Return)  # what this report prints instead
    type_here(qtbot, "ALT")
    type_here(qtbot, "118")
    type_here(qtbot, "")
    type_here(qtbot, "7-55", then=Qt.Key.Key_Return)
    qtbot.keyClick(key_target(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == PanelEntryDialog.DialogCode.Accepted, dialog.message.text()
    (panel,) = diary.panels()
    assert (panel.collected_on, panel.lab) == (date(2026, 11, 23), "City Lab")
    hbv, il6, alt = panel.results
    assert (hbv.test_code, hbv.text, hbv.comparator, hbv.value, hbv.unit) == (
        "hbvdna", "<20", "<", 20.0, "[IU]/mL",
    )  # fmt: skip
    assert (il6.range_low, il6.range_high, il6.range_text) == (None, 7.0, "<7.0")
    assert (alt.value, alt.range_low, alt.range_high, alt.range_text) == (118.0, 7, 55, "7-55")

    with Diary.create_with_key(tmp_path / "copy.db", fast_key) as copy:
        copy.import_json(diary.export_json())
        assert copy.panels() == diary.panels()


def test_the_flag_and_grade_show_while_typing(qtbot, diary: Diary) -> None:
    dialog = open_dialog(qtbot, diary)
    row = dialog.rows[0]
    qtbot.keyClicks(row.test_edit, "ALT")
    assert row.range_edit.text() == "" and row.range_edit.placeholderText() == "7–55"
    qtbot.keyClicks(row.value_edit, "118")
    assert row.flag_label.text().startswith("?  No range printed")  # no guess, no grade
    qtbot.keyClicks(row.range_edit, "7-55")
    assert row.flag_label.text().startswith("↑ H")
    assert "grade 1 of 5 on the CTCAE scale" in row.flag_label.text()
    row.value_edit.clear()
    qtbot.keyClicks(row.value_edit, "40")
    assert row.flag_label.text().startswith("✓")
    row.value_edit.clear()
    qtbot.keyClicks(row.value_edit, "4O")  # a letter O for a zero
    assert row.flag_label.text().startswith("⚠ Could not read")


def test_hemoglobin_130_g_per_dl_is_asked_about_before_saving(qtbot, diary: Diary) -> None:
    asked: list[list[str]] = []
    answer = {"yes": False}

    def confirm(_parent, questions):
        asked.append(questions)
        return answer["yes"]

    dialog = open_dialog(qtbot, diary, confirm)
    row = dialog.rows[0]
    qtbot.keyClicks(row.test_edit, "Hb")
    qtbot.keyClicks(row.value_edit, "130")
    assert row.unit_box.currentText() == "g/dL"
    dialog.save()
    assert len(asked) == 1 and "Was it 130 g/L" in asked[0][0]
    assert diary.panels() == []  # "go back and check": nothing saved, nothing lost
    assert "Nothing saved yet" in dialog.message.text()
    answer["yes"] = True
    dialog.save()
    assert [r.value for r in diary.panels()[0].results] == [130.0]


def test_a_row_that_cannot_be_read_blocks_saving_with_a_message(qtbot, diary: Diary) -> None:
    dialog = open_dialog(qtbot, diary)
    qtbot.keyClicks(dialog.rows[0].test_edit, "Vitamin Q")
    qtbot.keyClicks(dialog.rows[0].value_edit, "12")
    dialog.save()
    assert "Result 1: Pick a test" in dialog.message.text()
    assert diary.panels() == []


def test_a_new_test_is_added_to_the_catalogue_and_used(qtbot, diary: Diary) -> None:
    new = NewTestDialog(diary, "Vitamin D")
    qtbot.addWidget(new)
    new.unit_edit.setText("ng/mL")
    new.range_edit.setText(">30")
    new.save()
    assert new.saved is not None
    test = next(t for t in diary.lab_tests() if t.name == "Vitamin D")
    assert (test.unit, test.low_male, test.high_male, test.user_defined) == (
        "ng/mL", 30.0, None, True,
    )  # fmt: skip
    dialog = open_dialog(qtbot, diary)
    row = dialog.rows[0]
    qtbot.keyClicks(row.test_edit, "Vitamin D")
    assert row.range_edit.placeholderText() == ">30"
    qtbot.keyClicks(row.value_edit, "21")
    qtbot.keyClicks(row.range_edit, ">30")
    assert row.flag_label.text().startswith("↓ L")


def test_esc_or_cancel_asks_before_throwing_away_typed_results(qtbot, tmp_path, fast_key) -> None:
    from PySide6.QtCore import Qt

    from app.store.diary import Diary
    from app.ui.labs.entry_dialog import PanelEntryDialog

    asked: list[bool] = []
    answer = {"discard": False}

    def discard(_parent) -> bool:  # noqa: ANN001
        asked.append(True)
        return answer["discard"]

    with Diary.create_with_key(tmp_path / "d.dosebook", fast_key) as diary:
        dialog = PanelEntryDialog(diary, discard=discard)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once
        assert asked == [] and not dialog.isVisible()
        dialog = PanelEntryDialog(diary, discard=discard)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.rows[0].test_edit.setText("ALT")
        dialog.rows[0].value_edit.setText("88")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert asked == [True] and dialog.isVisible()  # "Keep editing"
        answer["discard"] = True
        dialog.cancel_button.click()
        assert asked == [True, True] and not dialog.isVisible()
        dialog = PanelEntryDialog(diary, discard=discard)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.lab_edit.setText("City Lab")
        dialog.reject()  # what locking does: no question
        assert asked == [True, True] and not dialog.isVisible()
