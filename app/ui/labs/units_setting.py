"""The person's unit system for labs: conventional (g/dL, mg/dL) or SI (g/L, µmol/L).

It decides which unit lab entry offers first and which unit charts are drawn in; every result
keeps the unit it was typed in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.settings import LAB_UNITS
from app.store.diary import Diary
from app.ui.actions import run_action

translate = QCoreApplication.translate


def unit_system(diary: Diary) -> str:
    """ "si" or "conventional"."""
    return diary.lab_unit_system()


class UnitsDialog(QDialog):
    """Settings → Lab units…: two choices and what they mean."""

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.setWindowTitle(translate("Labs", "Lab units"))
        intro = QLabel(
            translate(
                "Labs",
                "Which units do your lab reports print? Lab entry offers these first, and charts "
                "are drawn in them. Each result keeps the unit it was typed in.",
            )
        )
        intro.setWordWrap(True)
        self.conventional = QRadioButton(
            translate("Labs", "&Conventional: g/dL, mg/dL, ×10³/µL, U/L")
        )
        self.si = QRadioButton(
            translate("Labs", "&SI (international): g/L, µmol/L, ×10⁹/L, µkat/L")
        )
        group = QButtonGroup(self)
        for button in (self.conventional, self.si):
            group.addButton(button)
        (self.si if unit_system(diary) == "si" else self.conventional).setChecked(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.conventional)
        layout.addWidget(self.si)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def save(self) -> None:
        choice = "si" if self.si.isChecked() else "conventional"
        done = run_action(
            lambda: self.diary.set_setting(LAB_UNITS, choice),
            self,
            show=lambda text: self.message.setText("⚠ " + text),
        )
        if done.ok:
            self.accept()
