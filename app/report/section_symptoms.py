"""The symptoms section: trend charts with their rolling means, and the sick episodes."""

from __future__ import annotations

from app.domain.diary import EpisodeFigures
from app.domain.i18n import translate
from app.report.data import RATINGS, ReportData
from app.report.pages import BODY, PX_PER_MM, SMALL, SUBHEADING, Column, Flow
from app.report.text import long_day, number, plural, short_day

CHART_HEIGHT_MM = 58


def rating_titles() -> dict[str, str]:
    """Each rating's chart title, with the direction that is better."""
    return {
        "energy": translate("report", "Energy (0–10, higher is better)"),
        "fatigue": translate("report", "Fatigue (0–10, higher is worse)"),
        "wellbeing": translate("report", "Well-being (0–10, higher is better)"),
    }


def write_symptoms(flow: Flow, data: ReportData) -> None:
    """Coverage, one chart per rating, then the sick episodes and their figures."""
    # The heading, its note and the first chart go on one page.
    flow.heading(
        translate("report", "Symptoms"),
        keep=CHART_HEIGHT_MM * PX_PER_MM + 3 * flow.line_height(BODY),
    )
    days = (data.options.end - data.options.start).days + 1
    if not data.entries:
        flow.paragraph(translate("report", "No diary entries in this period."))
    else:
        # the chart modules (pyqtgraph) load only for a report that has a chart
        from app.charts.rating import build_rating_chart
        from app.charts.style import print_theme
        from app.report.charts_print import draw_chart

        flow.paragraph(
            translate(
                "report",
                "Diary kept on {logged} of {days} days. Dots are single days; the line is the "
                "7-day average; grey bands are days marked sick; ticks along the bottom are "
                "injections.",
            ).format(logged=len(data.entries), days=days)  # fmt: skip
        )
        spans = data.sick_spans()
        injection_days = data.injection_days()
        titles = rating_titles()
        for field, _ in RATINGS:
            title = titles[field]
            points, rolling = data.rating_series(field)
            plot = build_rating_chart(
                None,
                points,
                rolling,
                spans,
                injection_days,
                title,
                theme=print_theme(),
            )
            flow.block(
                CHART_HEIGHT_MM * PX_PER_MM,
                lambda painter, rect, plot=plot: draw_chart(painter, plot, rect),
                title,
            )
            flow.gap(4)
    _episodes(flow, data)


def _episodes(flow: Flow, data: ReportData) -> None:
    flow.heading(translate("report", "Sick episodes"), SUBHEADING, keep=60)
    with_year = data.options.start.year != data.options.end.year
    if not data.episodes:
        flow.paragraph(translate("report", "No sick days in this period."))
    else:
        rows = []
        for e in data.episodes:
            going = e.may_continue(data.options.end)
            rows.append(
                [
                    short_day(e.start, with_year),
                    short_day(e.end, with_year)
                    + (translate("report", " (may go on)") if going else ""),
                    plural(e.length_days, translate("report", "day"), translate("report", "days")),
                    str(e.sick_days),
                    ", ".join(sorted(e.kinds)),
                    f"{number(e.max_temperature)} °C" if e.max_temperature is not None else "–",
                ]
            )
        columns = [
            Column(translate("report", "First sick day"), 17),
            Column(translate("report", "Last sick day"), 22),
            Column(translate("report", "Length"), 11),
            Column(translate("report", "Days marked sick"), 14),
            Column(translate("report", "Kind"), 14),
            Column(translate("report", "Highest temperature"), 16),
        ]
        flow.table(columns, rows)
    flow.paragraph(_figures_text(translate("report", "Started in this period"), data.figures))
    if data.comparison is not None:
        before, since = data.comparison.before, data.comparison.since
        if before.covered_days:
            flow.paragraph(
                _figures_text(translate("report", "Before the protocol started"), before), after=1
            )
        flow.paragraph(
            _figures_text(
                translate("report", "Since it started (up to {day})").format(
                    day=long_day(data.options.end)
                ),
                since,
            )
        )
    flow.paragraph(
        translate(
            "report",
            "Days to recover = an episode's length, first to last sick day; one unmarked day "
            "between sick days does not end an episode.",
        ),
        SMALL,  # fmt: skip
    )


def _figures_text(label: str, f: EpisodeFigures) -> str:
    text = translate("report", "{label}: {episodes}").format(
        label=label,
        episodes=plural(f.count, translate("report", "episode"), translate("report", "episodes")),
    )
    if f.episodes_per_90_days is not None:
        text += translate("report", " over {days} days of diary ({rate} per 90 days)").format(
            days=f.covered_days, rate=number(f.episodes_per_90_days)
        )
    if f.average_recovery_days is not None:
        text += translate("report", "; on average {days} days to recover").format(
            days=number(f.average_recovery_days)
        )
    if f.ongoing:
        text += translate("report", "; {n} may still be going on").format(n=f.ongoing)
    return text + "."
