"""Status section: the other medicines taken now and the next appointment."""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING, Any

from app.domain.i18n import translate
from app.domain.person import appointment_line, how_often_words, medicines_on, next_appointment
from app.domain.records import Appointment, Medication
from app.store.diary import Diary

if TYPE_CHECKING:
    from app.cli.status.command import StatusReport


def medication_json(m: Medication) -> dict[str, Any]:
    return {
        "name": m.name,
        "dose": m.dose,
        "how_often": m.how_often,
        "started": m.started.isoformat() if m.started else None,
        "stopped": m.stopped.isoformat() if m.stopped else None,
        "acts_on_immune_system": m.acts_on_immune_system,
    }


def medication_text(m: Medication) -> str:
    """ "Tenofovir disoproxil 245 mg, once a day (acts on the immune system)"."""
    text = " ".join(part for part in (m.name, m.dose) if part)
    if m.how_often:
        text += f", {how_often_words(m.how_often)}"
    if m.acts_on_immune_system:
        text += " " + translate("CommandLine", "(acts on the immune system)")
    return text


def appointment_json(a: Appointment, tz: tzinfo) -> dict[str, Any]:
    return {
        "at": a.at.astimezone(tz).isoformat(),
        "with_whom": a.with_whom,
        "place": a.place,
        "questions": [q.strip() for q in a.questions.splitlines() if q.strip()],
    }


def person_section(diary: Diary, report: StatusReport) -> None:
    """Add `medications` (taken on the report's day) and `next_appointment` (or null)."""
    taken = medicines_on(diary.medications(), report.as_of)
    coming = next_appointment(diary.appointments(), report.now)
    tz = report.now.tzinfo
    report.fields["medications"] = [medication_json(m) for m in taken]
    report.fields["next_appointment"] = appointment_json(coming, tz) if coming else None
    if taken:
        report.lines.append(translate("CommandLine", "Other medicines:"))
        report.lines.extend(f"  {medication_text(m)}" for m in taken)
    if coming is not None:
        place = f" ({coming.place})" if coming.place else ""
        line = f"{appointment_line(coming, tz)}{place}"
        report.lines.append(translate("Injections", "Next appointment: {line}").format(line=line))
