"""The injections section: each due dose and what became of it, and the rotation on the body map."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from app.domain.i18n.numbers import figure
from app.domain.i18n.seeds import zone_label
from app.domain.schedule import DoseOutcome, DoseStatus, summarize
from app.domain.wording import month_year
from app.report.bodymap_print import draw_body_map
from app.report.data import ReportData
from app.report.pages import BODY, INK, SMALL, SMALL_BOLD, SUBHEADING, Column, Flow
from app.report.text import clock, long_day, plural, short_day
from app.rules.conditions.sites import reaction_kind

translate = QCoreApplication.translate

# Past this many doses a line per dose stops being compact: a line per month instead.
MAX_DOSE_ROWS = 60
MAP_HEIGHT_MM = 95


def _status_text(outcome: DoseOutcome) -> str:
    if outcome.status is DoseStatus.LATE and outcome.due_at and outcome.taken_at:
        hours = (outcome.taken_at - outcome.due_at).total_seconds() / 3600
        return translate("report", "Late (+{h} h)").format(h=round(hours))
    return {
        DoseStatus.ON_TIME: translate("report", "On time"),
        DoseStatus.LATE: translate("report", "Late"),
        DoseStatus.MISSED: translate("report", "MISSED"),
        DoseStatus.UPCOMING: translate("report", "Not yet due"),
        DoseStatus.EXTRA: translate("report", "Extra"),
    }[outcome.status]


def write_injections(flow: Flow, data: ReportData) -> None:
    """Doses (one row each, or one per month for long ranges), then the rotation summary."""
    flow.heading(translate("report", "Injections"))
    outcomes = [o for part in data.protocols for o in part.outcomes]
    outcomes.sort(key=lambda o: o.when)
    if not outcomes:
        flow.paragraph(
            translate("report", "No doses were due and no injections were logged in this period.")
        )
    elif len(outcomes) <= MAX_DOSE_ROWS:
        _dose_table(flow, data, outcomes)
    else:
        _month_table(flow, data, outcomes)
    _rotation(flow, data)


def _dose_table(flow: Flow, data: ReportData, outcomes: list[DoseOutcome]) -> None:
    tz = data.now.tzinfo
    with_year = data.options.start.year != data.options.end.year
    by_id = {i.id: i for i in data.injections}
    labels = {z.id: zone_label(z.label) for z in data.zones}
    reactions = {r.injection_id: r for r in data.reactions}
    rows, missed = [], set()
    for outcome in outcomes:
        due = outcome.due_at.astimezone(tz) if outcome.due_at else None
        taken = outcome.taken_at.astimezone(tz) if outcome.taken_at else None
        shot = by_id.get(outcome.injection_id)
        note = ""
        reaction = reactions.get(outcome.injection_id)
        if reaction is not None:
            kind = reaction_kind(reaction.kind)
            note = translate("report", "{kind}, grade {grade} of 5").format(
                kind=kind, grade=reaction.grade
            )
        if outcome.status is DoseStatus.MISSED:
            missed.add(len(rows))
        rows.append(
            [
                f"{short_day(due.date(), with_year)} {clock(due)}" if due else "–",
                f"{short_day(taken.date(), with_year)} {clock(taken)}" if taken else "–",
                _status_text(outcome),
                f"{figure(shot.dose)} {shot.dose_unit}" if shot else "",
                labels.get(shot.zone_id, shot.zone_id) if shot else "",
                note,
            ]
        )
    columns = [
        Column(translate("report", "Due"), 17),
        Column(translate("report", "Taken"), 17),
        Column(translate("report", "Status"), 13),
        Column(translate("report", "Dose"), 8),
        Column(translate("report", "Site"), 24),
        Column(translate("report", "Site reaction"), 16),
    ]
    if not reactions:
        columns, rows = columns[:-1], [row[:-1] for row in rows]
    flow.table(columns, rows, bold_rows=frozenset(missed))


def _month_table(flow: Flow, data: ReportData, outcomes: list[DoseOutcome]) -> None:
    tz = data.now.tzinfo
    months: dict[date, list[DoseOutcome]] = {}
    for outcome in outcomes:
        day = outcome.when.astimezone(tz).date()
        months.setdefault(day.replace(day=1), []).append(outcome)
    labels = {z.id: zone_label(z.label) for z in data.zones}
    zone_of = {i.id: i.zone_id for i in data.injections}
    rows = []
    for month, items in sorted(months.items()):
        s = summarize(items)
        zones = Counter(zone_of[o.injection_id] for o in items if o.injection_id in zone_of)
        top = ", ".join(labels.get(z, z) for z, _ in zones.most_common(2))
        rows.append(
            [
                month_year(month),
                str(s.on_time + s.late + s.missed),
                str(s.on_time),
                str(s.late),
                str(s.missed),
                str(s.extra),
                top,
            ]
        )
    flow.paragraph(
        translate("report", "{n} doses in this period: one line per month.").format(
            n=len(outcomes)
        ),
        after=2,
    )
    columns = [
        Column(translate("report", "Month"), 12),
        Column(translate("report", "Due"), 7, Qt.AlignmentFlag.AlignRight),
        Column(translate("report", "On time"), 9, Qt.AlignmentFlag.AlignRight),
        Column(translate("report", "Late"), 7, Qt.AlignmentFlag.AlignRight),
        Column(translate("report", "Missed"), 8, Qt.AlignmentFlag.AlignRight),
        Column(translate("report", "Extra"), 7, Qt.AlignmentFlag.AlignRight),
        Column(translate("report", "Sites used most"), 38),
    ]
    flow.table(columns, rows)


def _rotation(flow: Flow, data: ReportData) -> None:
    """The body map with a count on each zone, and the same counts as a list beside it."""
    flow.heading(
        translate("report", "Injection sites in this period"), SUBHEADING, keep=MAP_HEIGHT_MM * 3.78
    )
    counts = {z.id: data.usage[z.id].count for z in data.zones if z.id in data.usage}
    disabled = frozenset(z.id for z in data.zones if not z.enabled)
    with_year = data.options.start.year != data.options.end.year
    lines: list[tuple[str, str, str]] = []
    for zone in data.zones:
        usage = data.usage.get(zone.id)
        last = "–"
        if usage and usage.last_used:
            day = usage.last_used.astimezone(data.now.tzinfo).date()
            last = long_day(day) if with_year else short_day(day)
        count = (
            translate("report", "not in use")
            if not zone.enabled
            else str(usage.count if usage else 0)
        )
        lines.append((zone_label(zone.label), count, last))
    total = sum(counts.values())
    caption = translate(
        "report",
        "Numbers are injections per zone ({total}); darker zones were used more. "
        "Front view: the person's left is on the right.",
    ).format(
        total=plural(total, translate("report", "injection"), translate("report", "injections"))
    )
    height = MAP_HEIGHT_MM * 96 / 25.4

    def draw(painter: QPainter, rect: QRectF) -> None:
        map_rect = QRectF(rect.left(), rect.top(), rect.width() * 0.48, rect.height())
        draw_body_map(painter, map_rect, counts, disabled)
        _zone_list(painter, QRectF(map_rect.right() + 10, rect.top(), rect.width() * 0.52 - 10,
                                   rect.height()), lines)  # fmt: skip

    text = " ".join(" ".join(line) for line in lines)
    flow.block(height, draw, text)
    flow.paragraph(caption, SMALL, after=6)


def _zone_list(painter: QPainter, rect: QRectF, lines: list[tuple[str, str, str]]) -> None:
    """Zone, uses and last use, one zone per line, in the seeds' order."""
    header = (
        translate("report", "Zone"),
        translate("report", "Uses"),
        translate("report", "Last used"),
    )
    line_h = QFontMetricsF(BODY, painter.device()).height() + 2
    widths = (rect.width() * 0.56, rect.width() * 0.12, rect.width() * 0.32)
    y = rect.top() + 4
    for index, row in enumerate([header, *lines]):
        painter.setFont(SMALL_BOLD if index == 0 else SMALL)
        painter.setPen(INK)
        x = rect.left()
        for k, (text, width) in enumerate(zip(row, widths, strict=True)):
            align = Qt.AlignmentFlag.AlignRight if k == 1 else Qt.AlignmentFlag.AlignLeft
            cell = QRectF(x, y, width - 6, line_h)
            # A zone the person renamed at length is shortened with "…", never cut off.
            shown = painter.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, int(cell.width())
            )
            painter.drawText(cell, int(align | Qt.AlignmentFlag.AlignVCenter), shown)
            x += width
        if index == 0:
            painter.drawLine(QPointF(rect.left(), y + line_h), QPointF(rect.right(), y + line_h))
        y += line_h
