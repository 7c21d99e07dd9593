"""Small form pieces of the person's screens: a day that may be left empty, a message line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from app.ui.actions import run_action


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def error_label() -> QLabel:
    """A dialog's own message line for a value that cannot be saved."""
    label = QLabel()
    label.setObjectName("errorText")
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(highlight); font-weight: 600;")
    label.hide()
    return label


class OptionalDate(QWidget):
    """A tick ("Started") and a day: the day counts only while ticked."""

    def __init__(self, text: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tick = QCheckBox(text)
        self.edit = QDateEdit(qdate(today))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("ddd d MMM yyyy")
        self.edit.setAccessibleName(text.replace("&", ""))
        self.tick.toggled.connect(self.edit.setEnabled)
        self.edit.setEnabled(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.tick)
        row.addWidget(self.edit, 1)

    def set_day(self, day: date | None) -> None:
        self.tick.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(qdate(day))

    def day(self) -> date | None:
        return pydate(self.edit.date()) if self.tick.isChecked() else None


class FormDialog(QDialog):
    """A dialog whose Save runs one user action (`save_form`, given when it is made); a refusal
    shows in its own message line and the dialog stays open."""

    def __init__(self, save_form: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save_form = save_form
        self.error = error_label()

    def save_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def accept(self) -> None:
        if run_action(self._save_form, self, show=self.show_error).ok:
            super().accept()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
