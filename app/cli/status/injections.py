"""Status section: per protocol the next dose, its suggested zone, adherence and the vial in use."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING, Any

from app.domain.i18n import translate
from app.domain.i18n.numbers import figure
from app.domain.i18n.seeds import zone_label
from app.domain.injection_overview import CourseOverview, CourseState, course_overview
from app.domain.schedule import AdherenceSummary
from app.domain.vials import format_volume
from app.domain.wording import long_day, moment, schedule_sentence

if TYPE_CHECKING:
    from app.cli.status.command import StatusReport
    from app.store.reading.reader import QuickReader


def schedule_text(weekdays: tuple[int, ...], every_n_days: int | None, at: time) -> str:
    return schedule_sentence(weekdays, every_n_days, at)


def adherence_json(summary: AdherenceSummary) -> dict[str, Any]:
    """Counts by outcome and the share taken, rounded to a whole percent (None: nothing due)."""
    percent = summary.taken_percent
    return {
        "on_time": summary.on_time,
        "late": summary.late,
        "missed": summary.missed,
        "extra": summary.extra,
        "taken_percent": None if percent is None else round(percent),
    }


def adherence_text(summary: AdherenceSummary) -> str:
    """'8 of 8 taken (1 late)', or 'nothing due yet'."""
    due = summary.on_time + summary.late + summary.missed
    if not due:
        return translate("Status", "nothing due yet")
    taken = summary.on_time + summary.late
    if summary.late:
        return translate("Status", "{taken} of {due} taken ({late} late)").format(
            taken=taken, due=due, late=summary.late
        )
    return translate("Status", "{taken} of {due} taken").format(taken=taken, due=due)


def state_words(state: CourseState) -> str:
    """Why no dose is due: the course is not started, paused, ended or completed."""
    return {
        CourseState.NOT_STARTED: translate("Status", "No dose due: the course has not started"),
        CourseState.PAUSED: translate("Status", "No dose due: the course is paused"),
        CourseState.ENDED: translate("Status", "No dose due: the course has ended"),
        CourseState.COMPLETED: translate("Status", "No dose due: the course is completed"),
    }.get(state, translate("Status", "No dose due"))


def vial_json(overview: CourseOverview) -> dict[str, Any] | None:
    vial = overview.vial
    if vial is None:
        return None
    return {
        "id": vial.id,
        "product": vial.product,
        "lot": vial.lot,
        "expiry": vial.expiry.isoformat() if vial.expiry else None,
        "concentration_mg_per_ml": vial.concentration_mg_per_ml,
        "remaining_mg": overview.vial_remaining_mg,
        "volume_to_draw_ml": overview.volume_ml,
        "problems": list(overview.vial_problems),
    }


def injections_section(diary: QuickReader, report: StatusReport) -> None:
    tz = report.now.tzinfo
    injections = diary.injections(end=report.now)
    zones = diary.zones()
    vials = diary.vials()
    labels = {zone.id: zone.label for zone in zones}
    protocols = []
    for p in diary.protocols():
        view = course_overview(p, injections, zones, vials, diary.timezone(), report.now)
        mine = [i for i in injections if i.protocol_id == p.id]
        last = view.last_injection
        suggested = view.suggested_zone if view.next_due else None
        entry = {
            "id": p.id,
            "product": p.product,
            "dose": p.dose,
            "dose_unit": p.dose_unit,
            "schedule": schedule_text(p.weekdays, p.every_n_days, p.time_of_day),
            "last_injection": last.taken_at.isoformat() if last else None,
            "last_zone": last.zone_id if last else None,
            "injections": len(mine),
            "state": view.state.value,
            "next_dose": view.next_due.isoformat() if view.next_due else None,
            "suggested_zone": suggested.id if suggested else None,
            "suggested_zone_label": zone_label(suggested.label) if suggested else None,
            "adherence_last_4_weeks": adherence_json(view.last_four_weeks),
            "adherence_course": adherence_json(view.course),
            "vial": vial_json(view),
        }
        protocols.append(entry)
        fields = {
            "product": p.product,
            "dose": figure(p.dose),
            "unit": p.dose_unit,
            "schedule": entry["schedule"],
            "n": len(mine),
        }
        if last is not None:
            line = translate(
                "Status",
                "{product}: {dose} {unit}, {schedule}; {n} injections logged, last {when} in {zone}",
            ).format(
                **fields,
                when=moment(last.taken_at.astimezone(tz), report.as_of),
                zone=zone_label(labels.get(last.zone_id, last.zone_id), in_sentence=True),
            )
        else:
            line = translate(
                "Status", "{product}: {dose} {unit}, {schedule}; {n} injections logged"
            ).format(**fields)
        report.lines.append(line)
        if view.next_due is not None and suggested is not None:
            report.lines.append(
                "  "
                + translate("Status", "Next dose: {when}; suggested: {zone}").format(
                    when=moment(view.next_due, report.as_of),
                    zone=zone_label(suggested.label, in_sentence=True),
                )
            )
        elif view.next_due is not None:
            report.lines.append(
                "  "
                + translate("Status", "Next dose: {when}").format(
                    when=moment(view.next_due, report.as_of)
                )
            )
        else:
            report.lines.append("  " + state_words(view.state))
        report.lines.append(
            "  "
            + translate("Status", "Last 4 weeks: {recent}; course so far: {course}").format(
                recent=adherence_text(view.last_four_weeks), course=adherence_text(view.course)
            )
        )
        if view.vial is not None:
            lot = view.vial.lot or "?"
            if view.volume_ml:
                vial_line = translate("Status", "Vial: lot {lot}, draw {volume}").format(
                    lot=lot, volume=format_volume(view.volume_ml)
                )
            else:
                vial_line = translate("Status", "Vial: lot {lot}").format(lot=lot)
            report.lines.append("  " + vial_line)
            report.lines.extend(
                "  " + translate("Status", "Note: {problem}").format(problem=problem)
                for problem in view.vial_problems
            )
    if not protocols:
        report.lines.append(translate("Status", "No protocol yet."))
    report.fields["protocols"] = protocols
    vial = diary.current_vial()
    report.fields["current_vial"] = (
        None
        if vial is None
        else {
            "id": vial.id,
            "product": vial.product,
            "lot": vial.lot,
            "expiry": vial.expiry.isoformat() if vial.expiry else None,
        }
    )
    if vial is not None and vial.expiry:
        report.lines.append(
            translate("Status", "Current vial: lot {lot}, expires {day}").format(
                lot=vial.lot or "?", day=long_day(vial.expiry)
            )
        )
    elif vial is not None:
        report.lines.append(
            translate("Status", "Current vial: lot {lot}").format(lot=vial.lot or "?")
        )
