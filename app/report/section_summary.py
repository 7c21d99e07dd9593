"""The first page's title and summary: protocol, doses, labs flagged and due, warnings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF

from app.domain.i18n.seeds import lab_name
from app.domain.labs import Flag, flag_result
from app.domain.person import appointment_line
from app.domain.schedule import AdherenceSummary
from app.report.data import ReportData
from app.report.options import ReportWarning
from app.report.pages import BODY, GREY, SMALL, SUBHEADING, TITLE, Flow, text_item
from app.report.text import (
    flag_text,
    long_day,
    number,
    plural,
    protocol_text,
    range_text,
    result_text,
    short_day,
    translate,
)


def severity_word(severity: str) -> str:
    """Words, not "!!"."""
    return {
        "urgent": translate("report", "Urgent"),
        "info": translate("report", "Note"),
    }.get(severity, translate("report", "Warning"))


def sickness_word(kind: str) -> str:
    return {
        "cold": translate("report", "cold"),
        "flu": translate("report", "flu"),
        "stomach": translate("report", "stomach bug"),
        "other": translate("report", "other sickness"),
    }.get(kind, kind)


def rating_word(field: str) -> str:
    return {
        "energy": translate("report", "energy"),
        "fatigue": translate("report", "fatigue"),
        "wellbeing": translate("report", "well-being"),
    }[field]


def write_title(flow: Flow, data: ReportData) -> None:
    """ "Appointment report", then who it is for and the dates it covers."""
    height = flow.line_height(TITLE)
    flow.add(
        text_item(
            QRectF(flow.left, flow.y, flow.width, height),
            translate("report", "Appointment report"),
            TITLE,
        )
    )
    flow.y += height + 2
    parts = [translate("report", "For {name}").format(name=data.name)] if data.name else []
    parts.append(range_text(data.options.start, data.options.end))
    parts.append(translate("report", "made on {day}").format(day=long_day(data.now.date())))
    flow.paragraph(" · ".join(parts), BODY, GREY, after=2 if data.person.appointment else 6)
    if data.person.appointment is not None:
        line = appointment_line(data.person.appointment, data.now.tzinfo)
        flow.paragraph(
            translate("report", "For the appointment: {line}").format(line=line),
            BODY,
            GREY,
            after=6,
        )


def adherence_text(summary: AdherenceSummary) -> str:
    """ "40 of 42 doses due were taken (95%): 36 on time, 4 late. Missed: 2." """
    taken = summary.on_time + summary.late
    due = taken + summary.missed
    if not due:
        return translate("report", "No doses were due in this period.")
    text = translate(
        "report",
        "{taken} of {due} doses due were taken ({percent}%): {on_time} on time, {late} late.",
    )
    text = text.format(
        taken=taken,
        due=due,
        percent=number(summary.taken_percent, 0),
        on_time=summary.on_time,
        late=summary.late,
    )
    text += " " + translate("report", "Missed: {n}.").format(n=summary.missed)
    if summary.extra:
        text += " " + translate(
            "report", "Extra injections (not matched to a due dose): {n}."
        ).format(n=summary.extra)
    return text


def write_summary(flow: Flow, data: ReportData, warnings: Sequence[ReportWarning] | None) -> None:
    """Protocol, adherence, reactions, sickness, flagged labs, labs due and (if given) warnings."""
    flow.heading(translate("report", "Summary"))
    if warnings:
        flow.heading(translate("report", "Warning signs to talk about"), SUBHEADING, keep=40)
        for w in warnings:
            marker = severity_word(w.severity)
            heading = translate("report", "{severity}: {title}").format(
                severity=marker, title=w.title
            )
            flow.paragraph(heading, SUBHEADING, after=1)
            flow.paragraph(w.message, BODY, indent=18, after=1)
            for line in w.evidence:
                flow.paragraph(f"– {line}", SMALL, indent=18, after=0)
            if w.source:
                flow.paragraph(
                    translate("report", "Source: {source}").format(source=w.source), SMALL, GREY, 18
                )
            flow.gap(4)

    flow.heading(translate("report", "Protocol"), SUBHEADING, keep=40)
    if not data.protocols:
        flow.paragraph(translate("report", "No protocol ran in this period."))
    for part in data.protocols:
        flow.paragraph(protocol_text(part.protocol), after=1)
        if len(data.protocols) > 1:
            flow.paragraph(adherence_text(part.summary), indent=18)
    if data.protocols:
        flow.paragraph(adherence_text(data.adherence), after=2)
    reactions = data.reactions
    if reactions:
        worst = max(r.grade for r in reactions)
        flow.paragraph(
            translate(
                "report",
                "Injection-site reactions noted: {n} (highest grade {grade} of 5 on the CTCAE scale).",
            ).format(n=len(reactions), grade=worst)
        )

    flow.heading(translate("report", "Symptoms"), SUBHEADING, keep=40)
    with_year = data.options.start.year != data.options.end.year
    if data.episodes:
        day, days = translate("report", "day"), translate("report", "days")
        spells = [
            f"{', '.join(sickness_word(k) for k in sorted(e.kinds))} "
            f"{short_day(e.start, with_year)} – {short_day(e.end, with_year)} "
            f"({plural(e.length_days, day, days)})"
            for e in data.episodes
        ]
        flow.paragraph(translate("report", "Sick: {spells}.").format(spells="; ".join(spells)))
    else:
        flow.paragraph(translate("report", "No sick days in this period."))
    means = []
    for field in ("energy", "fatigue", "wellbeing"):
        values = [getattr(e, field) for e in data.entries if getattr(e, field) is not None]
        if values:
            means.append(f"{rating_word(field)} {number(sum(values) / len(values))}")
    if means:
        flow.paragraph(
            translate("report", "Average ratings (0–10) over {days}: {means}.").format(
                days=plural(
                    len(data.entries),
                    translate("report", "diary day"),
                    translate("report", "diary days"),
                ),
                means=", ".join(means),
            )
        )

    flow.heading(translate("report", "Labs"), SUBHEADING, keep=40)
    out = []
    for panel in data.panels:
        if panel.collected_on < data.options.start:
            continue
        for result in panel.results:
            flag = flag_result(result)
            if flag in (Flag.HIGH, Flag.LOW, Flag.ABNORMAL):
                test = data.tests.get(result.test_code)
                name = lab_name(test.name) if test else result.test_code
                printed = translate("report", "range {range}").format(
                    range=result.range_text or "–"
                )
                out.append(
                    f"{name}: {result_text(result)} {flag_text(flag)} "
                    f"({long_day(panel.collected_on)}; {printed})"
                )
    if out:
        flow.paragraph(
            translate("report", "Results outside the printed range in this period:"), after=1
        )
        flow.bullets(out)
    elif data.lab_rows:
        flow.paragraph(
            translate("report", "No result in this period was outside its printed range.")
        )
    else:
        flow.paragraph(translate("report", "No lab results in this period."))
    due = [item.text for item in data.due]
    if due:
        flow.paragraph(
            translate("report", "Labs due as of {day}:").format(day=long_day(data.options.end)),
            after=1,
        )
        flow.bullets(due)
