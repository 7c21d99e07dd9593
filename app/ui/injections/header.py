"""The top of the Injections tab: what is next, how the courses are going, and the main buttons."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.injection_overview import CourseOverview
from app.domain.vials import format_volume
from app.ui.injections.texts import (
    adherence_words,
    clock,
    next_dose_line,
    schedule_words,
    translate,
)
from app.ui.injections.widgets import NoteLabel


def course_line(view: CourseOverview) -> str:
    """Two lines: 'Thymosin Alpha-1 · Monday and Thursday at 20:00 · vial TA1 (draw 1.00 mL)',
    then 'Last 4 weeks: 8 of 8 taken · course so far: 85 of 87 taken, 12 late'."""
    p = view.protocol
    parts = [p.product, schedule_words(p)]
    if view.vial is not None:
        vial = (
            translate("Injections", "vial {lot}").format(lot=view.vial.lot)
            if view.vial.lot
            else translate("Injections", "vial")
        )
        if view.volume_ml is not None:
            vial += " " + translate("Injections", "(draw {volume})").format(
                volume=format_volume(view.volume_ml)
            )
        parts.append(vial)
    taken = translate("Injections", "Last 4 weeks: {recent} · course so far: {course}").format(
        recent=adherence_words(view.last_four_weeks), course=adherence_words(view.course)
    )
    return " · ".join(parts) + "\n" + taken


def _next_words(view: CourseOverview, today: date) -> str:
    """'Next: Today 20:00 · 1.6 mg', or after a dose today 'Taken today 07:16 · next: …'."""
    line = next_dose_line(view, today)
    if view.taken_today_at is None:
        return translate("Injections", "Next: {line}").format(line=line)
    return translate("Injections", "Taken today {time} · next: {line}").format(
        time=clock(view.taken_today_at), line=line
    )


class InjectionHeader(QFrame):
    """Next dose in large type; a line per course below; Log, Courses and Vials on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("injectionHeader")
        self.next_label = QLabel()
        self.next_label.setObjectName("nextDose")
        self.next_label.setWordWrap(True)
        self.courses_label = QLabel()
        self.courses_label.setWordWrap(True)
        self.vial_note = NoteLabel()
        self.zone_note = NoteLabel()  # the computer's clock in another zone than the diary's
        self.appointment_label = QLabel()
        self.appointment_label.setObjectName("nextAppointment")
        self.appointment_label.hide()
        self.log_button = QPushButton(translate("Injections", "&Log injection…"))
        self.log_button.setToolTip(translate("Injections", "Log an injection now (Ctrl+I)"))
        self.log_button.setDefault(True)
        self.courses_button = QToolButton()
        self.courses_button.setText(translate("Injections", "&Courses"))
        self.courses_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.courses_menu = QMenu(self.courses_button)
        self.courses_button.setMenu(self.courses_menu)
        self.vials_button = QPushButton(translate("Injections", "&Vials…"))
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.next_label)
        text.addWidget(self.courses_label)
        text.addWidget(self.appointment_label)
        text.addWidget(self.vial_note)
        text.addWidget(self.zone_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.courses_button)
        buttons.addWidget(self.vials_button)
        buttons.addWidget(self.log_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)

    def show_courses(self, views: list[CourseOverview], today: date) -> None:
        """The soonest next dose in large type, then one line per course."""
        if not views:
            self.next_label.setText(translate("Injections", "No course yet"))
            self.courses_label.setText(
                translate(
                    "Injections",
                    "Set one up under Courses: start from the template or describe your own.",
                )
            )
            self.vial_note.set_note(None)
            return
        self.next_label.setText(_next_words(views[0], today))
        self.next_label.setAccessibleName(self.next_label.text())
        lines = [course_line(view) for view in views]
        for view in views[1:]:
            lines.append(
                translate("Injections", "{product}: {line}").format(
                    product=view.protocol.product, line=_next_words(view, today)
                )
            )
        self.courses_label.setText("\n".join(lines))
        problems = [problem for view in views for problem in view.vial_problems]
        self.vial_note.set_note(" ".join(dict.fromkeys(problems)) or None)

    def show_appointment(self, line: str | None) -> None:
        """ "Next appointment: Liver clinic, Tue 15 Dec 10:30", or nothing."""
        text = translate("Injections", "Next appointment: {line}").format(line=line) if line else ""
        self.appointment_label.setText(text)
        self.appointment_label.setAccessibleName(text)
        self.appointment_label.setVisible(bool(line))
