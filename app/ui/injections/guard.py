"""The log dialog's guard: which scheduled dose a dose counts as (with the choice of an extra dose),
and the question before a second dose of the same course (domain/dose_guard.py decides)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.dose_guard import OpenDose
from app.domain.records import Injection
from app.ui.injections.texts import clock, dose_text, weekday_name

translate = QCoreApplication.translate


def duration_words(span: timedelta) -> str:
    """'12 h 44 min', '35 min', '2 h' (whole minutes, sign dropped)."""
    minutes = round(abs(span.total_seconds()) / 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return translate("Injections", "{h} h {m} min").format(h=hours, m=minutes)
    if hours:
        return translate("Injections", "{h} h").format(h=hours)
    return translate("Injections", "{m} min").format(m=minutes)


def dose_name(due: datetime, today: date) -> str:
    """ "today's 20:00 dose", "yesterday's 20:00 dose", "Thursday's 20:00 dose"."""
    days = (due.date() - today).days
    if days == 0:
        return translate("Injections", "today's {time} dose").format(time=clock(due))
    if days == -1:
        return translate("Injections", "yesterday's {time} dose").format(time=clock(due))
    if days == 1:
        return translate("Injections", "tomorrow's {time} dose").format(time=clock(due))
    return translate("Injections", "{day}'s {time} dose").format(
        day=weekday_name(due.date()), time=clock(due)
    )


def counts_as_sentence(dose: OpenDose) -> str:
    """'This will count as today's 20:00 dose, taken 12 h 44 min early.'"""
    name = dose_name(dose.due_at, dose.taken_at.date())
    early = dose.early_by
    if abs(early) < timedelta(minutes=1):
        return translate("Injections", "This will count as {dose}, taken on the minute.").format(
            dose=name
        )
    text = (
        translate("Injections", "This will count as {dose}, taken {span} early.")
        if early > timedelta(0)
        else translate("Injections", "This will count as {dose}, taken {span} late.")
    )
    return text.format(dose=name, span=duration_words(early))


def repeat_question(earlier: Injection, tz_today: date, tz) -> str:  # noqa: ANN001 - a ZoneInfo
    """'You logged 1.6 mg at 07:16 today. Log another?'"""
    when = earlier.taken_at.astimezone(tz)
    days = (when.date() - tz_today).days
    amount = dose_text(earlier.dose, earlier.dose_unit)
    if days == 0:
        text = translate("Injections", "You logged {dose} at {time} today. Log another?")
    elif days == -1:
        text = translate("Injections", "You logged {dose} at {time} yesterday. Log another?")
    else:
        text = translate("Injections", "You logged {dose} on {day} at {time}. Log another?")
    return text.format(dose=amount, time=clock(when), day=weekday_name(when.date()))


class CountsAsChoice(QFrame):
    """'This will count as today's 20:00 dose, taken 12 h 44 min early.' and the choice:
    that dose, or an extra one. A dose further off than the reach setting starts as an extra one
    ("This will be an extra dose; Thursday's 20:00 dose stays due."). Hidden when no dose is open
    within the course's shortest gap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doseGuard")
        self.sentence = QLabel()
        self.sentence.setObjectName("doseGuardSentence")
        self.sentence.setWordWrap(True)
        self.that_dose = QRadioButton()
        self.extra_dose = QRadioButton(translate("Injections", "An e&xtra dose"))
        group = QButtonGroup(self)
        group.addButton(self.that_dose)
        group.addButton(self.extra_dose)
        self.that_dose.setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addWidget(self.sentence)
        layout.addWidget(self.that_dose)
        layout.addWidget(self.extra_dose)
        self.dose: OpenDose | None = None
        self.far = False  # the dose offered is beyond the reach setting
        self.that_dose.toggled.connect(lambda _on: self._say())
        self.hide()

    def show_dose(
        self, dose: OpenDose | None, extra: bool | None = None, far: bool = False
    ) -> None:
        """Offer `dose` (None hides the choice); `extra` sets the choice, None keeps it. A `far`
        dose (beyond the reach setting) starts as an extra dose, a near one as that dose."""
        if extra is None and dose is not None and far != self.far:
            extra = far
        self.far = far
        self.dose = dose
        if dose is None:
            self.hide()
            return
        name = dose_name(dose.due_at, dose.taken_at.date())
        self.that_dose.setText(
            translate("Injections", "&{dose}").format(dose=name[0].upper() + name[1:])
        )
        if extra is not None:
            (self.extra_dose if extra else self.that_dose).setChecked(True)
        self._say()
        self.show()

    def _say(self) -> None:
        if self.dose is None:
            return
        if self.extra_dose.isChecked():
            name = dose_name(self.dose.due_at, self.dose.taken_at.date())
            text = translate("Injections", "This will be an extra dose; {dose} stays due.").format(
                dose=name
            )
        else:
            text = counts_as_sentence(self.dose)
        self.sentence.setText(text)
        self.setAccessibleName(text)

    def counts_for(self) -> datetime | None:
        """The scheduled dose chosen, or None (no choice offered, or an extra dose)."""
        if self.dose is None or not self.isVisibleTo(self.parentWidget()):
            return None
        return None if self.extra_dose.isChecked() else self.dose.due_at

    def is_extra(self) -> bool:
        """True when the person chose an extra dose over the scheduled one."""
        return self.dose is not None and self.extra_dose.isChecked()


class RepeatQuestion(QFrame):
    """'You logged 1.6 mg at 07:16 today. Log another?' with [Log another] [Go back]."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeatQuestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.another_button = QPushButton(translate("Injections", "Log &another"))
        self.back_button = QPushButton(translate("Injections", "&Go back"))
        for button in (self.another_button, self.back_button):
            button.setAutoDefault(False)  # Enter keeps meaning Save, and never confirms this
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(QLabel("⚠"))
        row.addWidget(self.label, 1)
        row.addWidget(self.another_button)
        row.addWidget(self.back_button)
        self.back_button.clicked.connect(self.hide)
        self.hide()

    def ask(self, question: str) -> None:
        """Show the question; the safe answer has the focus."""
        self.label.setText(question)
        self.setAccessibleName(question)
        self.show()
        self.back_button.setFocus()
