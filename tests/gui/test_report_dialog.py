"""File → Print report…: the form's defaults, saving a PDF, the preview, the menu entry."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrintPreviewWidget

from app.access import create_demo
from app.store.diary import Diary
from app.ui.dialogs.report import ReportDialog
from app.ui.main_window import MainWindow

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    diary = create_demo(tmp_path_factory.mktemp("dialog") / "demo.dosebook", TODAY)
    yield diary.path, diary.key_material
    diary.close()


@pytest.fixture
def demo(demo_file, tmp_path):
    """A fresh copy of the demo for each test (a backup is much faster than a new demo)."""
    path, key = demo_file
    with Diary.open_with_key(path, key) as original:
        original.backup_to(tmp_path / "copy.dosebook")
    diary = Diary.open_with_key(tmp_path / "copy.dosebook", key)
    yield diary
    diary.close()


@pytest.fixture
def dialog(qtbot, demo):
    dlg = ReportDialog(demo, today=TODAY)
    qtbot.addWidget(dlg)
    return dlg


def test_defaults_run_from_the_last_appointment_with_every_section(dialog) -> None:
    options = dialog.options()
    assert (options.start, options.end) == (date(2026, 10, 20), TODAY)  # the demo's last visit
    assert options.sections == frozenset(dialog.section_boxes)
    assert options.show_name  # the demo profile has a name


def test_a_day_old_diary_gets_a_two_day_report_not_three_months(qtbot, tmp_path, fast_key) -> None:
    from app.domain.records import DiaryEntry

    with Diary.create_with_key(tmp_path / "new.dosebook", fast_key) as diary:
        diary.save_entry(DiaryEntry(day=date(2026, 11, 23), energy=6))
        dlg = ReportDialog(diary, today=TODAY)
        qtbot.addWidget(dlg)
        assert dlg.options().start == date(2026, 11, 23)
        assert dlg.range_note.text() == "2 days."


def test_save_pdf_starts_in_the_documents_folder(qtbot, dialog, monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **_: (asked.append(args[2]), ("", ""))[1]
    )
    assert dialog.save_pdf() is None  # cancelled
    from app.ui.screens import documents_folder

    assert asked == [str(documents_folder() / "report-2026-11-24.pdf")]
    assert ".local" not in asked[0]


def test_saving_a_pdf_remembers_the_day_for_the_next_report(qtbot, demo, dialog, tmp_path) -> None:
    dialog.from_edit.setDate(QDate(2026, 7, 1))
    dialog.questions.setPlainText("Can I travel with the vials?")
    target = dialog.save_pdf(str(tmp_path / "mine"))
    assert target == tmp_path / "mine.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert demo.last_report_day() == TODAY
    later = ReportDialog(demo, today=date(2027, 1, 15))
    qtbot.addWidget(later)
    assert later.options().start == date(2026, 12, 15)  # the demo's visit since then comes first
    demo.set_settings({"report.period": "since_last_report"})
    chosen = ReportDialog(demo, today=date(2027, 1, 15))
    qtbot.addWidget(chosen)
    assert chosen.options().start == TODAY


def test_a_backwards_range_disables_the_buttons_and_says_why(dialog) -> None:
    dialog.from_edit.setDate(QDate(2026, 11, 20))
    dialog.to_edit.setDate(QDate(2026, 11, 10))
    assert not dialog.save_button.isEnabled() and not dialog.preview_button.isEnabled()
    assert "after" in dialog.range_note.text()
    dialog.to_edit.setDate(QDate(2026, 11, 24))
    assert dialog.save_button.isEnabled()


def test_no_section_chosen_disables_the_buttons(dialog) -> None:
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    assert not dialog.print_button.isEnabled()
    assert "section" in dialog.range_note.text()


def test_preview_draws_the_pages_on_the_kept_printer(qtbot, dialog) -> None:
    preview = dialog.make_preview()
    qtbot.addWidget(preview)
    preview.show()
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() > 1)
    assert dialog.printer.resolution() == 96
    preview.close()


def test_file_menu_offers_print_report(qtbot, demo) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Print report…" in texts


def test_return_in_the_form_saves_the_pdf_and_does_not_close_the_dialog(qtbot, dialog) -> None:
    from PySide6.QtCore import Qt

    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.save_button.isDefault()
    saved: list[bool] = []
    dialog.save_button.clicked.disconnect()
    dialog.save_button.clicked.connect(lambda *_: saved.append(True))
    dialog.from_edit.setFocus()
    qtbot.keyClick(dialog.from_edit, Qt.Key.Key_Return)
    assert saved == [True]
    assert dialog.isVisible()
