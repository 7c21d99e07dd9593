"""The range box in lab entry holds what the report prints: no catalogue range saved as printed,
ranges that follow a unit change exactly or are asked for again, and "same as last time"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from app.domain.records import LabPanel, LabResult, Profile, Sex
from app.store.diary import Diary
from app.ui.labs.entry_row import ResultRow
from tests.gui.test_labs_entry import TODAY, open_dialog


@pytest.fixture
def diary(tmp_path: Path, fast_key):
    d = Diary.create_with_key(tmp_path / "labs.db", fast_key)
    d.save_profile(Profile(sex=Sex.MALE))
    yield d
    d.close()


def pick(row: ResultRow, test: str, value: str, unit: str = "") -> None:
    row.test_edit.setText(test)
    row.value_edit.setText(value)
    if unit:
        row.unit_box.setEditText(unit)


def test_bilirubin_in_micromoles_with_its_printed_range_is_in_range_without_a_grade(
    qtbot, diary: Diary
) -> None:
    dialog = open_dialog(qtbot, diary)
    row = dialog.rows[0]
    pick(row, "TBIL", "15", "µmol/L")
    # The usual range, shown grey in the row's own unit, is not a printed range.
    assert row.range_edit.text() == "" and row.range_edit.placeholderText() == "1.71–17.1"
    assert row.flag_label.text().startswith("?  No range printed")
    assert "grade" not in row.flag_label.text()
    qtbot.keyClicks(row.range_edit, "3-21")
    assert row.flag_label.text().startswith("✓  In range")
    dialog.save()
    (result,) = diary.panels()[0].results
    assert (result.unit, result.range_text, result.range_source) == ("umol/L", "3-21", "printed")


def test_a_panel_saved_without_ranges_keeps_no_range(qtbot, diary: Diary) -> None:
    dialog = open_dialog(qtbot, diary)
    pick(dialog.rows[0], "ALT", "31")
    dialog.save()
    (result,) = diary.panels()[0].results
    assert (result.range_low, result.range_high, result.range_text) == (None, None, "")


def test_changing_the_unit_converts_a_typed_range_exactly(qtbot, diary: Diary) -> None:
    dialog = open_dialog(qtbot, diary)
    row = dialog.rows[0]
    pick(row, "Hb", "7.5")
    qtbot.keyClicks(row.range_edit, "13.5-17.5")
    row.unit_box.setEditText("g/L")  # the report was in g/L after all
    assert row.range_edit.text() == "135–175"
    assert row.range_source == "converted"
    assert "converted from 13.5-17.5 g/dL" in row.flag_label.text()
    row.value_edit.setText("75")  # a severe anaemia, but a real result: nothing to ask
    assert row.flag_label.text().startswith("↓ L")
    assert "grade 3" in row.flag_label.text()
    dialog.save()
    (result,) = diary.panels()[0].results
    assert (result.value, result.unit, result.range_low, result.range_high) == (75, "g/L", 135, 175)
    assert result.range_source == "converted"


def test_a_range_that_cannot_follow_the_unit_is_cleared_and_asked_for(qtbot, diary) -> None:
    dialog = open_dialog(qtbot, diary)
    row = dialog.rows[0]
    pick(row, "HBV DNA", "300")
    qtbot.keyClicks(row.range_edit, "<20")
    row.unit_box.setEditText("copies/mL")  # never converted: the factor depends on the kit
    assert row.range_edit.text() == ""
    assert "The range was for IU/mL: type the range printed for this unit" in (
        row.flag_label.text()
    )


def test_a_range_typed_for_another_unit_blocks_saving(qtbot, diary: Diary) -> None:
    dialog = open_dialog(qtbot, diary)
    row = dialog.rows[0]
    pick(row, "Hb", "130")
    qtbot.keyClicks(row.range_edit, "135-175")
    row.unit_box.setEditText("g/")  # half-typed: the range waits for a unit the test knows
    assert row.range_edit.text() == "135-175"
    assert "The range was typed for g/dL" in row.flag_label.text()
    dialog.save()
    assert "Result 1: The range was typed for g/dL" in dialog.message.text()
    assert diary.panels() == []


def test_typing_into_a_filled_range_box_replaces_its_text(qtbot, diary: Diary) -> None:
    diary.save_panel(
        LabPanel(None, date(2026, 6, 1), "City Lab", results=(
            LabResult(None, "alt", 30.0, "U/L", text="30", range_low=7, range_high=55,
                      range_text="7–55"),
        )),
        today=TODAY,
    )  # fmt: skip
    dialog = open_dialog(qtbot, diary)
    dialog.lab_edit.setText("City Lab")
    row = dialog.rows[0]
    pick(row, "ALT", "40")
    assert row.copy_last_range()
    dialog.activateWindow()
    qtbot.mouseClick(row.range_edit, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: row.range_edit.selectedText() == "7–55")
    qtbot.keyClicks(row.range_edit, "10-50")
    assert row.range_edit.text() == "10-50"  # not "7–5510-50"
    assert row.range_source == "printed"


def test_same_as_last_time_copies_this_labs_range_and_marks_it(qtbot, diary: Diary) -> None:
    diary.save_panel(
        LabPanel(None, date(2026, 6, 1), "City Lab", results=(
            LabResult(None, "bili", 0.6, "mg/dL", text="0.6", range_low=0.3, range_high=1.2,
                      range_text="0.3–1.2"),
        )),
        today=TODAY,
    )  # fmt: skip
    diary.save_panel(
        LabPanel(None, date(2026, 7, 1), "Other Lab", results=(
            LabResult(None, "bili", 0.5, "mg/dL", text="0.5", range_low=0.1, range_high=1.0,
                      range_text="0.1–1.0"),
        )),
        today=TODAY,
    )  # fmt: skip
    dialog = open_dialog(qtbot, diary)
    row = dialog.rows[0]
    pick(row, "TBIL", "0.9")
    assert not row.copy_button.isEnabled()  # no lab named yet
    dialog.lab_edit.setText("city lab")
    assert row.copy_button.isEnabled()
    assert "0.3–1.2" in row.copy_button.toolTip() and "1 Jun 2026" in row.copy_button.toolTip()
    row.unit_box.setEditText("µmol/L")  # this time the report is in µmol/L
    row.value_edit.setText("15")
    dialog.copy_ranges()
    assert row.range_edit.text() == "5.13–20.5"  # converted with the exact factor
    assert "Range copied from 1 Jun 2026" in row.flag_label.text()
    dialog.save()
    (result,) = diary.panels()[-1].results
    assert (result.range_text, result.range_source) == ("5.13–20.5", "copied")


def test_hemoglobin_in_g_per_decilitre_far_above_analysers_is_asked(qtbot, diary) -> None:
    asked: list[list[str]] = []
    dialog = open_dialog(qtbot, diary, lambda _p, q: asked.append(q) or False)
    pick(dialog.rows[0], "Hb", "75", "g/dL")
    dialog.save()
    assert "Hemoglobin 75 g/dL is higher than lab analysers report" in asked[0][0]
    assert diary.panels() == []


def test_the_si_unit_system_offers_si_units_first(qtbot, diary: Diary) -> None:
    diary.set_setting("labs.units", "si")
    dialog = open_dialog(qtbot, diary)
    row = dialog.rows[0]
    pick(row, "Hb", "131")
    assert row.unit_box.currentText() == "g/L"
    assert row.range_edit.placeholderText() == "140–170"
    pick(row, "WBC", "6.1")
    assert row.unit_box.currentText() == "×10⁹/L"
