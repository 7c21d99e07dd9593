"""Add or change an appointment: day and time, with whom, where, and the questions to ask."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time, tzinfo

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import Appointment
from app.ui.person.fields import FormDialog, pydate, qdate
from app.ui.person.profile_parts import note
from app.ui.person.texts import translate


class AppointmentDialog(FormDialog):
    """One appointment in the diary's time zone; Save hands it to `save`."""

    def __init__(
        self,
        appointment: Appointment | None,
        now: datetime,
        save: Callable[[Appointment], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.save_form, parent)
        self._save = save
        self._tz: tzinfo = now.tzinfo
        start = datetime.combine(now.date(), time(9, 0), self._tz)
        self.original = appointment or Appointment(None, start, "")
        self.setWindowTitle(
            translate("Person", "Change appointment")
            if appointment
            else translate("Person", "Add an appointment")
        )
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setAccessibleName(translate("Person", "Day"))
        self.clock = QTimeEdit()
        self.clock.setDisplayFormat("HH:mm")
        self.clock.setAccessibleName(translate("Person", "Time"))
        self.with_whom = QLineEdit()
        self.with_whom.setPlaceholderText(
            translate("Person", "for example: Liver clinic, Dr Weber")
        )
        self.with_whom.setAccessibleName(translate("Person", "With whom"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(translate("Person", "optional"))
        self.place.setAccessibleName(translate("Person", "Where"))
        self.questions = QPlainTextEdit()
        self.questions.setTabChangesFocus(True)
        self.questions.setPlaceholderText(translate("Person", "One question per line"))
        self.questions.setAccessibleName(translate("Person", "Questions to ask"))
        self.questions.setMinimumHeight(90)
        when = QHBoxLayout()
        when.addWidget(self.day, 1)
        when.addWidget(self.clock)
        form = QFormLayout()
        form.addRow(translate("Person", "&When:"), when)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.day)
        form.addRow(translate("Person", "With &whom:"), self.with_whom)
        form.addRow(translate("Person", "Wh&ere:"), self.place)
        form.addRow(translate("Person", "&Questions:"), self.questions)
        form.addRow(
            "", note(translate("Person", "They are printed on the report's questions page."))
        )
        buttons = self.save_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._fill(self.original)
        (self.day if appointment else self.with_whom).setFocus()

    def _fill(self, a: Appointment) -> None:
        at = a.at.astimezone(self._tz)
        self.day.setDate(qdate(at.date()))
        self.clock.setTime(QTime(at.hour, at.minute))
        self.with_whom.setText(a.with_whom)
        self.place.setText(a.place)
        self.questions.setPlainText(a.questions)

    def appointment(self) -> Appointment:
        """The appointment as filled in, keeping its id."""
        clock = self.clock.time()
        at = datetime.combine(pydate(self.day.date()), time(clock.hour(), clock.minute()), self._tz)
        return replace(
            self.original,
            at=at,
            with_whom=self.with_whom.text(),
            place=self.place.text(),
            questions=self.questions.toPlainText(),
        )

    def save_form(self) -> object:
        return self._save(self.appointment())
