"""Status section: per protocol the next dose, its suggested zone, adherence and the vial in use."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING, Any

from app.domain.injection_overview import CourseOverview, course_overview
from app.domain.schedule import AdherenceSummary
from app.domain.vials import format_volume
from app.domain.wording import schedule_sentence

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
        return "nothing due yet"
    text = f"{summary.on_time + summary.late} of {due} taken"
    return text + (f" ({summary.late} late)" if summary.late else "")


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
            "suggested_zone_label": suggested.label if suggested else None,
            "adherence_last_4_weeks": adherence_json(view.last_four_weeks),
            "adherence_course": adherence_json(view.course),
            "vial": vial_json(view),
        }
        protocols.append(entry)
        report.lines.append(
            f"{p.product}: {p.dose:g} {p.dose_unit}, {entry['schedule']}; "
            f"{len(mine)} injections logged"
            + (f", last {last.taken_at.astimezone(tz):%a %d %b %H:%M}" if last else "")
            + (f" in {labels.get(last.zone_id, last.zone_id).lower()}" if last else "")
        )
        if view.next_due is not None:
            where = f"; suggested: {suggested.label.lower()}" if suggested else ""
            report.lines.append(f"  Next dose: {view.next_due:%a %d %b %H:%M}{where}")
        else:
            report.lines.append(
                f"  No dose due: the course is {view.state.value.replace('_', ' ')}"
            )
        report.lines.append(
            f"  Last 4 weeks: {adherence_text(view.last_four_weeks)}; "
            f"course so far: {adherence_text(view.course)}"
        )
        if view.vial is not None:
            draw = f", draw {format_volume(view.volume_ml)}" if view.volume_ml else ""
            report.lines.append(f"  Vial: lot {view.vial.lot or '?'}{draw}")
            report.lines.extend(f"  Note: {problem}" for problem in view.vial_problems)
    if not protocols:
        report.lines.append("No protocol yet.")
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
    if vial is not None:
        expiry = f", expires {vial.expiry:%d %b %Y}" if vial.expiry else ""
        report.lines.append(f"Current vial: lot {vial.lot or '?'}{expiry}")
