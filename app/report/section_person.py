"""The person in the report: what the protocol is for, allergies, standing cautions and other
medicines (in the summary); and the questions page, with the appointment's own questions and
the warning signs to ask about."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter, QPen

from app.domain.person import CAUTION_NAMES, appointment_line, how_often_words
from app.domain.records import Caution, Medication
from app.report.data import ReportData
from app.report.options import ReportWarning
from app.report.pages import BODY, GREY, RULE, SUBHEADING, Column, Flow
from app.report.text import long_day, translate

NOTE_LINES = 8


def write_person(flow: Flow, data: ReportData) -> None:
    """What it is for, allergies and cautions in a few lines, then the other medicines."""
    person = data.person
    flow.heading(translate("report", "About me"), SUBHEADING, keep=40)
    if person.conditions:
        flow.paragraph(
            translate("report", "The protocol is for: {what}.").format(what=person.conditions),
            after=1,
        )
    if person.allergies:
        flow.paragraph(
            translate("report", "Allergies: {what}.").format(what=person.allergies), after=1
        )
    cautions = [translate("Person", CAUTION_NAMES[c]) for c in Caution if c in person.cautions]
    if cautions:
        flow.paragraph(
            translate("report", "Standing cautions: {list}.").format(list="; ".join(cautions)),
            after=1,
        )
    if not (person.conditions or person.allergies or cautions):
        flow.paragraph(translate("report", "Nothing noted in the profile."), after=1)
    flow.gap(3)
    flow.heading(translate("report", "Other medicines"), SUBHEADING, keep=40)
    if not person.medications:
        flow.paragraph(translate("report", "None listed for this period."))
        return
    columns = [
        Column(translate("report", "Medicine"), 3),
        Column(translate("report", "Dose"), 1.6),
        Column(translate("report", "How often"), 1.8),
        Column(translate("report", "Started"), 1.3),
        Column(translate("report", "Stopped"), 1.3),
        Column(translate("report", "Immune-active"), 1.4),
    ]
    flow.table(columns, [_medication_row(m) for m in person.medications])


def _medication_row(m: Medication) -> list[str]:
    return [
        m.name,
        m.dose or "–",
        how_often_words(m.how_often) or "–",
        long_day(m.started) if m.started else "–",
        long_day(m.stopped) if m.stopped else "–",
        translate("report", "yes") if m.acts_on_immune_system else "",
    ]


def has_questions(data: ReportData, typed: str) -> bool:
    """Whether the questions page has questions on it, not only lines to write on."""
    appointment = data.person.appointment
    return bool(typed.strip() or (appointment is not None and appointment.questions.strip()))


def write_questions(
    flow: Flow, data: ReportData, typed: str, warnings: Sequence[ReportWarning] | None = None
) -> None:
    """The appointment's questions and the person's own, the warning signs to ask about, then
    ruled lines for notes during the appointment."""
    flow.heading(translate("report", "Questions for my doctor"))
    appointment = data.person.appointment
    if appointment is not None:
        line = appointment_line(appointment, data.now.tzinfo)
        where = f" · {appointment.place}" if appointment.place else ""
        flow.paragraph(
            translate("report", "Appointment: {line}").format(line=line + where),
            BODY,
            GREY,
            after=4,
        )
        asked = [q.strip() for q in appointment.questions.splitlines() if q.strip()]
        if asked:
            flow.bullets(asked)
    if typed.strip():
        flow.paragraph(typed.strip(), after=6)
    if warnings:
        flow.paragraph(translate("report", "Warning signs to ask about:"), after=1)
        flow.bullets([w.title for w in warnings])
    flow.gap(6)
    flow.paragraph(translate("report", "Notes"), SUBHEADING, after=2)
    step = 26.0
    for _ in range(NOTE_LINES):
        flow.ensure(step)
        y = flow.y + step - 4
        x0, x1 = flow.left, flow.left + flow.width

        def line_(painter: QPainter, y: float = y, x0: float = x0, x1: float = x1) -> None:
            painter.setPen(QPen(RULE, 0.6))
            painter.drawLine(QPointF(x0, y), QPointF(x1, y))

        flow.block(step, lambda painter, _rect, draw=line_: draw(painter))
