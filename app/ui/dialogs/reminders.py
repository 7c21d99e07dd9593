"""Settings → Reminders…: reminders on or off, how early, how much a notification says, the tray,
start at login, and the log dialog's guard."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.dose_guard import (
    DEFAULT_REACH_HOURS,
    DEFAULT_REPEAT_HOURS,
    MAX_GUARD_HOURS,
    REACH_SETTING,
    REPEAT_SETTING,
)
from app.domain.records import Protocol
from app.domain.reminders import (
    DETAIL_SETTING,
    ENABLED_SETTING,
    KEEP_IN_TRAY_SETTING,
    LEAD_SETTING,
    Detail,
    dose_words,
)
from app.ui.actions import run_action
from app.ui.life import autostart

if TYPE_CHECKING:
    from app.store.diary import Diary

translate = QCoreApplication.translate


class RemindersDialog(QDialog):
    """Reads the settings from `values` (key -> text) and gives them back from `values()`."""

    def __init__(
        self,
        values: dict[str, str],
        example: Protocol | None,
        diary_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Reminders", "Reminders"))
        self.diary_path = diary_path
        self.enabled = QCheckBox(
            translate("Reminders", "&Remind me of doses, labs due and appointments")
        )
        self.enabled.setChecked(values.get(ENABLED_SETTING, "on") != "off")
        self.lead = QSpinBox()
        self.lead.setRange(0, 240)
        self.lead.setSingleStep(5)
        self.lead.setSuffix(translate("Reminders", " min before"))
        self.lead.setSpecialValueText(translate("Reminders", "At the dose time"))
        self.lead.setValue(int(values.get(LEAD_SETTING, "0") or 0))
        detail = Detail.from_setting(values.get(DETAIL_SETTING, Detail.TIME.value))
        due = datetime(2026, 1, 1, 20, 0).astimezone()
        self.detail_buttons: dict[Detail, QRadioButton] = {}
        group = QButtonGroup(self)
        detail_box = QGroupBox(translate("Reminders", "A notification says"))
        detail_layout = QVBoxLayout(detail_box)
        for choice in Detail:
            words = dose_words(choice, example, due, due.tzinfo)  # type: ignore[arg-type]
            button = QRadioButton(f"“Dosebook: {words}”")
            button.setChecked(choice is detail)
            group.addButton(button)
            detail_layout.addWidget(button)
            self.detail_buttons[choice] = button
        privacy = QLabel(
            translate(
                "Reminders",
                "Notifications can show on a locked screen, and an exported calendar may be "
                "shared. The first two never name the product or the dose.",
            )
        )
        privacy.setWordWrap(True)
        detail_layout.addWidget(privacy)
        self.keep = QComboBox()
        self.keep.addItem(translate("Reminders", "Ask me"), "ask")
        self.keep.addItem(translate("Reminders", "Keep Dosebook in the tray"), "yes")
        self.keep.addItem(translate("Reminders", "Quit Dosebook"), "no")
        self.keep.setCurrentIndex(
            max(0, self.keep.findData(values.get(KEEP_IN_TRAY_SETTING, "ask")))
        )
        self.at_login = QCheckBox(
            translate("Reminders", "Start Dosebook in the tray when I &log in")
        )
        self.at_login.setChecked(autostart.is_enabled())
        self.at_login.setEnabled(autostart.supported())
        if not autostart.supported():
            self.at_login.setToolTip(
                translate("Reminders", "Set this up in your system's settings on this computer.")
            )
        self.reach = QSpinBox()
        self.reach.setRange(0, MAX_GUARD_HOURS)
        self.reach.setSuffix(translate("Reminders", " hours away"))
        self.reach.setValue(int(values.get(REACH_SETTING, str(DEFAULT_REACH_HOURS))))
        self.repeat = QSpinBox()
        self.repeat.setRange(0, MAX_GUARD_HOURS)
        self.repeat.setSuffix(translate("Reminders", " hours"))
        self.repeat.setSpecialValueText(translate("Reminders", "Never ask"))
        self.repeat.setValue(int(values.get(REPEAT_SETTING, str(DEFAULT_REPEAT_HOURS))))

        form = QFormLayout()
        form.addRow("", self.enabled)
        form.addRow(translate("Reminders", "Remind &me"), self.lead)
        form.addRow(translate("Reminders", "&Closing the window"), self.keep)
        form.addRow("", self.at_login)
        guard = QGroupBox(translate("Reminders", "Logging a dose"))
        guard_form = QFormLayout(guard)
        guard_form.addRow(translate("Reminders", "Offer a scheduled dose up to"), self.reach)
        guard_form.addRow(translate("Reminders", "Ask before a second dose within"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(detail_box)
        layout.addWidget(guard)
        layout.addWidget(buttons)
        self.enabled.toggled.connect(self.lead.setEnabled)
        self.lead.setEnabled(self.enabled.isChecked())
        self.setMinimumWidth(480)

    def values(self) -> dict[str, str]:
        detail = next(d for d, b in self.detail_buttons.items() if b.isChecked())
        return {
            ENABLED_SETTING: "on" if self.enabled.isChecked() else "off",
            LEAD_SETTING: str(self.lead.value()),
            DETAIL_SETTING: detail.value,
            KEEP_IN_TRAY_SETTING: self.keep.currentData(),
            REACH_SETTING: str(self.reach.value()),
            REPEAT_SETTING: str(self.repeat.value()),
        }

    def apply_start_at_login(self) -> None:
        """Write or remove the autostart entry as ticked (outside the diary: it is a file)."""
        if autostart.supported() and self.at_login.isChecked() != autostart.is_enabled():
            autostart.set_enabled(self.at_login.isChecked(), self.diary_path)


def edit_reminders(parent: QWidget, diary: Diary, diary_path: Path | None) -> None:
    """Settings → Reminders…: show the dialog and save what was chosen."""
    protocols = diary.protocols()
    dialog = RemindersDialog(
        dict(diary.settings()), protocols[0] if protocols else None, diary_path, parent
    )
    if dialog.exec() and run_action(lambda: diary.set_settings(dialog.values()), parent).ok:
        run_action(
            dialog.apply_start_at_login, parent, translate("Reminders", "Start at login not set")
        )


def export_calendar(parent: QWidget, diary: Diary) -> None:
    """File → Export calendar…: the schedule as an .ics file, at the chosen detail."""
    from app.store.files.private import write_private_text
    from app.store.interchange.ics import diary_calendar

    suggested = diary.path.with_name(diary.path.stem + "-doses.ics")
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Reminders", "Export calendar"),
        str(suggested),
        translate("Reminders", "Calendar (*.ics)"),
    )
    if path:
        now = datetime.now(diary.timezone())
        run_action(
            lambda: write_private_text(Path(path), diary_calendar(diary, now)),
            parent,
            translate("Reminders", "Calendar not written"),
        )
