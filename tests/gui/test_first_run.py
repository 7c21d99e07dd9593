"""A new diary set up by keyboard: the first run's answers show in the banners, the lab entry's
ranges and the report."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QApplication, QComboBox

from app.domain.records import Caution, Condition, Sex
from app.report import ReportOptions, gather, lay_out
from app.report.render import page_layout
from app.store.diary import Diary
from app.ui.life.launch import Controller
from app.ui.person.first_run import FirstRunWizard
from app.ui.person.medication_dialog import MedicationDialog

ALT = Qt.KeyboardModifier.AltModifier


def focused():
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the person presses it: to whatever has the focus."""
    assert focused() is not None
    qtbot.keyClick(focused(), key, modifier)


def type_here(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


@pytest.fixture
def created(qtbot, tmp_path: Path, fast_key, quiet_boxes):
    controller = Controller()
    diary = Diary.create_with_key(tmp_path / "new.dosebook", fast_key)
    controller.show_created(diary)
    qtbot.addWidget(controller.window)
    qtbot.waitExposed(controller.window)
    wizard = controller.window.findChild(FirstRunWizard)
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    yield controller, wizard
    controller.close()


def test_first_run_by_keyboard_then_cautions_ranges_and_the_report(qtbot, created) -> None:
    controller, wizard = created
    diary = controller.diary
    # About you: the name stays empty (optional); sex and birth year.
    assert focused() is wizard.about.name
    press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(focused(), QComboBox)
    press(qtbot, Qt.Key.Key_Down)  # Not given -> Female
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "1985")
    press(qtbot, Qt.Key.Key_Return)  # Next
    # What it is for: hepatitis B, the first box.
    assert focused() is wizard.conditions.boxes[Condition.HEPATITIS_B]
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    # Allergies.
    assert focused() is wizard.allergies.allergies
    type_here(qtbot, "penicillin (rash)")
    press(qtbot, Qt.Key.Key_Return)
    # Cautions: the first and the third.
    assert focused() is wizard.cautions.boxes[Caution.AUTOIMMUNE]
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is wizard.cautions.boxes[Caution.PREGNANT_OR_BREASTFEEDING]
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    # Other medicines: Alt+A opens the dialog; an immune-active one, saved with Return.
    press(qtbot, Qt.Key.Key_A, ALT)  # a mnemonic clicks after a short animation
    qtbot.waitUntil(lambda: wizard.medicines.dialog is not None)
    dialog = wizard.medicines.dialog
    assert isinstance(dialog, MedicationDialog)
    qtbot.waitUntil(lambda: focused() is dialog.name)
    type_here(qtbot, "Prednisolone")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "5 mg")
    press(qtbot, Qt.Key.Key_I, ALT)
    qtbot.waitUntil(dialog.immune.isChecked)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Prednisolone" in wizard.medicines.listing.text()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    press(qtbot, Qt.Key.Key_Return)
    # The course can wait: Finish.
    assert wizard.currentPage() is wizard.course
    press(qtbot, Qt.Key.Key_Return)
    assert not wizard.isVisible()

    profile = diary.profile()
    assert (profile.name, profile.sex, profile.birth_year) == ("", Sex.FEMALE, 1985)
    assert profile.conditions == {Condition.HEPATITIS_B}
    assert profile.allergies == "penicillin (rash)"
    assert profile.cautions == {Caution.AUTOIMMUNE, Caution.PREGNANT_OR_BREASTFEEDING}
    (medicine,) = diary.medications()
    assert (medicine.name, medicine.dose, medicine.acts_on_immune_system) == (
        "Prednisolone", "5 mg", True,
    )  # fmt: skip

    # The banners: two standing cautions from the profile, one from the medicine.
    window = controller.window
    titles = [b.view.title for b in window.banners.banners]
    assert "Standing caution: autoimmune disease" in titles
    assert "Standing caution: pregnancy or breastfeeding" in titles
    assert "Standing caution: other immune-active medicines" in titles

    # Lab entry offers the female range for haemoglobin (the grey hint; the lab's own is typed).
    from app.ui.labs.entry_dialog import PanelEntryDialog

    entry = PanelEntryDialog(diary, today=date.today())
    qtbot.addWidget(entry)
    qtbot.keyClicks(entry.rows[0].test_edit, "Hb")
    assert entry.rows[0].range_edit.placeholderText() == "12–16"

    # The report lists the medicine, the allergy and the cautions.
    today = date.today()
    options = ReportOptions(date(today.year, 1, 1) if today.month > 1 else today, today)
    writer = QPdfWriter(str(Path(diary.path).with_name("probe.pdf")))
    writer.setResolution(96)
    writer.setPageLayout(page_layout("a4"))
    laid_out = lay_out(gather(diary, options, datetime.now(diary.timezone())), writer)
    text = "\n".join(item.text for page in laid_out.pages for item in page.items)
    assert "Prednisolone | 5 mg" in text
    assert "Allergies: penicillin (rash)." in text
    assert "Standing cautions: An autoimmune disease; Pregnant or breastfeeding; Other " in text
    assert "The protocol is for: Hepatitis B." in text


def test_every_page_can_be_skipped(qtbot, created) -> None:
    controller, wizard = created
    for _page in range(6):
        press(qtbot, Qt.Key.Key_Return)
    assert not wizard.isVisible()
    assert controller.diary.profile() == type(controller.diary.profile())()
    assert controller.diary.medications() == [] and controller.diary.protocols() == []


def test_a_bad_birth_year_is_said_on_its_page_and_nothing_moves_on(qtbot, created) -> None:
    controller, wizard = created
    wizard.about.birth_year.setText("1850")
    first = wizard.currentPage()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is first
    assert "birth year does not look right" in first.error.text()
    assert controller.diary.profile().birth_year is None


def test_the_course_page_opens_the_template(qtbot, created) -> None:
    controller, wizard = created
    for _page in range(5):
        press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.course
    wizard.course.buttons[0].click()
    dialog = wizard.course.dialog
    assert dialog.product_edit.text().startswith("Thymosin Alpha-1")
    dialog.accept()
    assert [p.product for p in controller.diary.protocols()] == [dialog.product_edit.text()]
    assert "Set up: Thymosin Alpha-1" in wizard.course.state.text()
