"""Checks on the person's other medicines and appointments before either is saved."""

from __future__ import annotations

from app.domain.checks.injections import zone_name_of
from app.domain.checks.values import check_aware, check_text, check_value
from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.records import Appointment, Medication

MAX_SHORT_TEXT = 200  # a name, a dose, a place: one line


def _short(field: str, value: str, what: str) -> None:
    check_text(field, value)
    if len(value) > MAX_SHORT_TEXT or "\n" in value:
        raise ValidationError(
            translate(
                "Checks", "Keep the {what} to one line of at most {MAX_SHORT_TEXT} characters."
            ).format(what=what, MAX_SHORT_TEXT=MAX_SHORT_TEXT),
            field,
        )


def check_medication(m: Medication) -> None:
    if not m.name.strip():
        raise ValidationError(translate("Checks", "Give the medicine a name."), "name")
    _short("name", m.name, "name")
    _short("dose", m.dose, "dose")
    _short("how_often", m.how_often, "how often")
    check_value("started", m.started)
    check_value("stopped", m.stopped)
    if m.started is not None and m.stopped is not None and m.stopped < m.started:
        raise ValidationError(
            translate("Checks", "The day it was stopped is before the day it was started."),
            "stopped",
        )
    if not isinstance(m.acts_on_immune_system, bool):
        raise ValidationError(
            translate("Checks", "'Acts on the immune system' is yes or no."),
            "acts_on_immune_system",
        )


def check_appointment(a: Appointment) -> None:
    check_aware(a.at, "appointment", "at_utc")
    zone_name_of(a.at, "appointment")
    if not a.with_whom.strip():
        raise ValidationError(
            translate("Checks", "Say who the appointment is with (a doctor, a clinic, a lab)."),
            "with_whom",
        )
    _short("with_whom", a.with_whom, "'with whom'")
    _short("place", a.place, "place")
    check_text("questions", a.questions)
