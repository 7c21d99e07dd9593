"""Settings → Profile… and Settings…, changing the passphrase, the Care tab and the next
appointment in the Injections header, on real diaries offscreen."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel

from app.access import create_diary, is_remembered, remember, unlock_diary
from app.domain.records import Appointment, Caution, Medication, Profile
from app.store.diary import Diary
from app.store.errors import WrongPassphrase
from app.store.files import backups
from app.ui.dialogs.report import ReportDialog
from app.ui.main_window import MainWindow
from app.ui.person.passphrase_dialog import ChangePassphraseDialog
from app.ui.person.profile_dialog import ProfileDialog
from app.ui.person.settings_dialog import ReportPage, SecurityPage, SettingsDialog

TODAY = date(2026, 11, 24)


@pytest.fixture
def diary(tmp_path: Path, fast_key):
    d = Diary.create_with_key(tmp_path / "p.dosebook", fast_key)
    yield d
    d.close()


@pytest.fixture
def window(qtbot, diary):
    win = MainWindow(diary)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def banner_titles(window: MainWindow) -> list[str]:
    return [b.view.title for b in window.banners.banners]


def test_profile_dialog_saves_cautions_that_show_as_banners(qtbot, window, diary) -> None:
    dialog = ProfileDialog(diary, window)
    qtbot.addWidget(dialog)
    dialog.about.name.setText("  Ana  ")
    dialog.cautions.boxes[Caution.IMMUNOSUPPRESSED].setChecked(True)
    dialog.allergies.allergies.setText("latex")
    dialog.accept()
    assert dialog.result() == ProfileDialog.DialogCode.Accepted
    assert diary.profile() == Profile(
        name="Ana", cautions=frozenset({Caution.IMMUNOSUPPRESSED}), allergies="latex"
    )
    assert "Standing caution: immune suppression or transplant" in banner_titles(window)


def test_profile_dialog_keeps_what_it_cannot_save_and_says_why(qtbot, diary) -> None:
    dialog = ProfileDialog(diary)
    qtbot.addWidget(dialog)
    dialog.about.timezone.setCurrentText("Atlantis/Capital")
    dialog.accept()
    assert dialog.result() != ProfileDialog.DialogCode.Accepted
    assert "not a time zone" in dialog.error.text()
    assert diary.profile().timezone == ""


def test_changing_the_passphrase_keeps_old_backups_on_the_old_one(qtbot, tmp_path) -> None:
    path = tmp_path / "d.dosebook"
    diary = create_diary(path, "first passphrase")
    diary.save_medication(Medication(None, "Zinc"))
    remember(diary)
    made = backups.write_backup(diary)
    dialog = ChangePassphraseDialog(diary)
    qtbot.addWidget(dialog)
    assert "Backups made before this change still open only with the old passphrase" in (
        dialog.findChild(type(dialog.error), "backupsNote").text()
    )
    # A wrong current passphrase changes nothing.
    dialog.current.setText("not it at all")
    dialog.new.setText("second passphrase")
    dialog.repeat.setText("second passphrase")
    dialog.accept()
    assert "Wrong passphrase" in dialog.error.text()
    dialog.current.setText("first passphrase")
    dialog.accept()
    assert dialog.result() == ChangePassphraseDialog.DialogCode.Accepted
    assert is_remembered(diary)  # the remembered key was replaced by the new one
    diary.close()
    with pytest.raises(WrongPassphrase):
        unlock_diary(path, "first passphrase")
    with unlock_diary(path, "second passphrase") as reopened:
        assert [m.name for m in reopened.medications()] == ["Zinc"]
    with unlock_diary(made.path, "first passphrase") as old_backup:
        assert [m.name for m in old_backup.medications()] == ["Zinc"]
    with pytest.raises(WrongPassphrase):
        unlock_diary(made.path, "second passphrase")


def test_settings_save_the_report_choices_in_one_go(qtbot, window, diary) -> None:
    diary.save_appointment(
        Appointment(
            None, datetime.combine(TODAY - timedelta(days=10), time(9), diary.timezone()), "GP"
        )
    )
    dialog = SettingsDialog(diary, window)
    qtbot.addWidget(dialog)
    report = dialog.page(ReportPage)
    report.paper.setCurrentIndex(report.paper.findData("letter"))
    report.periods["months"].setChecked(True)
    report.months.setValue(6)
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    printing = ReportDialog(diary, today=TODAY)
    qtbot.addWidget(printing)
    options = printing.options()
    assert (options.start, options.paper) == (date(2026, 5, 24), "letter")
    # From the last appointment (the default) the report starts at the GP visit.
    diary.set_settings({"report.period": "since_last_appointment"})
    again = ReportDialog(diary, today=TODAY)
    qtbot.addWidget(again)
    assert again.options().start == TODAY - timedelta(days=10)


def test_remember_and_forget_on_this_computer(qtbot, diary, memory_keyring) -> None:
    dialog = SettingsDialog(diary)
    qtbot.addWidget(dialog)
    security = dialog.page(SecurityPage)
    assert not security.remember.isChecked()
    security.remember.setChecked(True)
    dialog.accept()
    assert is_remembered(diary) and len(memory_keyring.store) == 1
    again = SettingsDialog(diary)
    qtbot.addWidget(again)
    assert again.page(SecurityPage).remember.isChecked()
    again.page(SecurityPage).remember.setChecked(False)
    again.accept()
    assert not is_remembered(diary) and memory_keyring.store == {}


def shown_rows(panel) -> list:  # noqa: ANN001
    return [panel.model.row_object(r) for r in range(panel.model.rowCount())]


def pick(panel, row: int) -> None:  # noqa: ANN001
    """Select one row as a click would, whatever modifier keys an earlier test left down
    (QTableView.selectRow toggles when Ctrl is held)."""
    flags = QItemSelectionModel.SelectionFlag
    panel.table.selectionModel().select(
        panel.table.proxy.index(row, 0), flags.ClearAndSelect | flags.Rows
    )


def test_care_tab_adds_stops_deletes_and_undoes(qtbot, window, diary) -> None:
    window.tabs.setCurrentIndex(3)
    care = window.tab(3)
    dialog = care.edit_medication(None)
    dialog.name.setText("Prednisolone")
    dialog.immune.setChecked(True)
    dialog.accept()
    assert [m.name for m in shown_rows(care.medicines)] == ["Prednisolone"]
    assert "Standing caution: other immune-active medicines" in banner_titles(window)
    pick(care.medicines, 0)
    care.stop_medication()
    (stopped,) = diary.medications()
    assert stopped.stopped == datetime.now(diary.timezone()).date()
    pick(care.medicines, 0)
    assert care.medicines.delete_button.isEnabled()
    assert not care.stop_button.isEnabled()  # stopped already
    care.delete_medication()
    assert diary.medications() == []
    assert shown_rows(care.medicines) == []
    care.undo_bar.undo()
    assert diary.medications() == [stopped] == shown_rows(care.medicines)


def test_an_appointment_shows_as_next_in_the_injections_header(qtbot, window, diary) -> None:
    window.tabs.setCurrentIndex(3)
    care = window.tab(3)
    dialog = care.edit_appointment(None)
    tomorrow = datetime.now(diary.timezone()).date() + timedelta(days=1)
    dialog.day.setDate(dialog.day.date().addDays(1))
    dialog.with_whom.setText("Liver clinic")
    dialog.questions.setPlainText("Repeat the ALT?\nVitamin D?")
    dialog.accept()
    (saved,) = diary.appointments()
    assert saved.at.date() == tomorrow and saved.questions == "Repeat the ALT?\nVitamin D?"
    assert "Liver clinic" in care.appointments.title()
    pick(care.appointments, 0)
    care.delete_appointment()
    window.tabs.setCurrentIndex(0)
    assert window.tab(0).header.appointment_label.isHidden()
    care.undo_bar.undo()  # the Injections tab on screen now refreshes at once
    header = window.tab(0).header
    assert header.appointment_label.text().startswith("Next appointment: Liver clinic, ")


def test_the_settings_menu_opens_the_profile_and_the_settings(window, monkeypatch) -> None:
    import app.ui.main_window as main_window

    opened: list[object] = []
    monkeypatch.setattr(main_window, "open_person_dialog", lambda kind, _w: opened.append(kind))
    menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Settings"
    )
    by_text = {a.text(): a for a in menu.actions()}
    by_text["&Profile…"].trigger()
    by_text["&Settings…"].trigger()
    assert opened == ["profile", "settings"]


def test_the_tall_dialogs_fit_a_small_screen(qtbot, window, diary, monkeypatch) -> None:
    """1366×768 at 125 % leaves about 580 px: Save and Cancel must stay on the screen."""
    from PySide6.QtCore import QSize

    from app.ui import screens
    from app.ui.dialogs.warning_signs_help import WarningSignsHelp

    room = QSize(1093, 580)
    monkeypatch.setattr(screens, "available_size", lambda _widget=None: room)
    for dialog in (ProfileDialog(diary, window), WarningSignsHelp(window)):
        qtbot.addWidget(dialog)
        assert dialog.height() <= room.height(), type(dialog).__name__
