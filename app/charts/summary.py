"""A chart in one or two sentences, for screen readers: what it shows, the range, the latest."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app.charts.base import day_text
from app.charts.lab import LabPoint
from app.domain.i18n import translate
from app.domain.i18n.numbers import figure


def _number(value: float) -> str:
    return figure(value, 1)


def _counted(counts: Sequence[tuple[int, str]]) -> str:
    """ " 5 sick days, 26 injections." for the counts that are not zero; "" when all are."""
    said = [words.format(n=n) for n, words in counts if n]
    return " " + ", ".join(said) + "." if said else ""


def rating_summary(
    title: str,
    points: Sequence[tuple[date, float | None]],
    sick_days: int,
    injections: int,
    start: date,
    end: date,
) -> str:
    """ "Energy, Mon 24 Aug 2026 to Tue 24 Nov 2026: rated on 61 days, average 6.4, lowest 2,
    highest 9; latest 2 on Tue 24 Nov 2026. 5 sick days, 26 injections." """
    span = translate("charts", "{title}, {start} to {end}").format(
        title=title, start=day_text(start), end=day_text(end)
    )
    rated = sorted((day, value) for day, value in points if value is not None)
    if not rated:
        return translate("charts", "{span}: no ratings yet.").format(span=span)
    values = [value for _, value in rated]
    last_day, last_value = rated[-1]
    text = translate(
        "charts",
        "{span}: rated on {n} days, average {mean}, lowest {low}, highest {high}; "
        "latest {last} on {day}.",
    ).format(
        span=span,
        n=len(rated),
        mean=_number(sum(values) / len(values)),
        low=_number(min(values)),
        high=_number(max(values)),
        last=_number(last_value),
        day=day_text(last_day),
    )
    return text + _counted(
        [
            (sick_days, translate("charts", "{n} sick days")),
            (injections, translate("charts", "{n} injections")),
        ]
    )


def lab_summary(title: str, points: Sequence[LabPoint], unit: str) -> str:
    """ "ALT: 4 results from Mon 3 Jan 2026 to Mon 26 Oct 2026; latest 44 U/L, in range;
    1 above the range." """
    if not points:
        return translate("charts", "{title}: no results yet.").format(title=title)
    ordered = sorted(points, key=lambda p: p.date)
    last = ordered[-1]
    shown = last.label or f"{last.comparator}{figure(last.value)}"
    where = {
        "high": translate("charts", "above the range"),
        "low": translate("charts", "below the range"),
        "normal": translate("charts", "in range"),
    }
    latest = f"{shown} {unit}".strip()
    if last.flag in where:
        latest += ", " + where[last.flag]
    if len(ordered) == 1:
        text = translate("charts", "{title}: one result, on {day}: {latest}.").format(
            title=title, day=day_text(last.date), latest=latest
        )
    else:
        text = translate(
            "charts", "{title}: {n} results from {first} to {last}; latest {latest}."
        ).format(
            title=title,
            n=len(ordered),
            first=day_text(ordered[0].date),
            last=day_text(last.date),
            latest=latest,
        )
    high = sum(p.flag == "high" for p in ordered)
    low = sum(p.flag == "low" for p in ordered)
    return text + _counted(
        [
            (high, translate("charts", "{n} above the range")),
            (low, translate("charts", "{n} below the range")),
        ]
    )


def words_summary(title: str, points: Sequence[tuple[date, str, bool]]) -> str:
    """ "HBeAg: 3 results; latest negative on Mon 26 Oct 2026; 1 flagged by the lab." """
    if not points:
        return translate("charts", "{title}: no results yet.").format(title=title)
    ordered = sorted(points, key=lambda p: p[0])
    day, text, _flag = ordered[-1]
    flagged = sum(1 for p in ordered if p[2])
    out = translate("charts", "{title}: {n} results; latest {text} on {day}.").format(
        title=title, n=len(ordered), text=text, day=day_text(day)
    )
    return out + (
        " " + translate("charts", "{n} flagged by the lab.").format(n=flagged) if flagged else ""
    )
