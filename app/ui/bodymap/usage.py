"""What the body map knows about each zone's use, and the words it shows for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain.i18n.seeds import zone_label
from app.domain.records import Zone
from app.domain.wording import weekday_day

translate = QCoreApplication.translate

_CONTEXT = "BodyMap"
MAX_RECENT_SHOWN = 5


def _first_upper(text: str) -> str:
    # str.capitalize() would lower-case the rest, including month names.
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class ZoneUsageView:
    """A zone's use as the body map shows it; the domain's rotation code fills it in."""

    days_since: int | None = None  # days since last use; None when never used
    count: int = 0
    recent: list[date] = field(default_factory=list)  # most recent uses, any order


@dataclass(frozen=True)
class ZoneMarks:
    """The markers a zone carries besides its colour."""

    suggested: bool = False
    last_used: bool = False
    selected: bool = False
    reaction: bool = False


def short_date(day: date) -> str:
    """A short day like "Mon 12 Oct", in the user's language."""
    return weekday_day(day)


def last_used_text(usage: ZoneUsageView) -> str:
    """ "last used 3 days ago (Mon 12 Oct)", or "not used yet"."""
    if usage.days_since is None:
        return translate("BodyMap", "not used yet")
    if usage.days_since <= 0:
        when = translate("BodyMap", "last used today")
    elif usage.days_since == 1:
        when = translate("BodyMap", "last used yesterday")
    else:
        when = translate("BodyMap", "last used {n} days ago").format(n=usage.days_since)
    if usage.recent:
        when += f" ({short_date(max(usage.recent))})"
    return when


def count_text(count: int) -> str:
    """ "used once", "used 7 times"."""
    if count <= 0:
        return translate("BodyMap", "not used yet")
    if count == 1:
        return translate("BodyMap", "used once")
    return translate("BodyMap", "used {n} times").format(n=count)


def disabled_text(zone: Zone) -> str:
    """ "not in use: scar", or just "not in use" when no reason was given."""
    if zone.disabled_reason:
        return translate("BodyMap", "not in use: {reason}").format(reason=zone.disabled_reason)
    return translate("BodyMap", "not in use")


def tooltip_text(zone: Zone, usage: ZoneUsageView, marks: ZoneMarks) -> str:
    """The hover text for a zone: label, last use, recent dates, count and markers."""
    lines = [zone_label(zone.label), _first_upper(last_used_text(usage))]
    recent = sorted(usage.recent, reverse=True)[:MAX_RECENT_SHOWN]
    if len(recent) > 1:
        lines.append(
            translate("BodyMap", "Recent: {dates}").format(
                dates=", ".join(short_date(d) for d in recent)
            )
        )
    if usage.count > 0:
        lines.append(_first_upper(count_text(usage.count)))
    if marks.suggested:
        lines.append(translate("BodyMap", "Suggested for the next injection"))
    if marks.reaction:
        lines.append(translate("BodyMap", "A site reaction was noted here"))
    if not zone.enabled:
        lines.append(_first_upper(disabled_text(zone)))
    return "\n".join(lines)


def state_text(zone: Zone, usage: ZoneUsageView, marks: ZoneMarks) -> str:
    """One sentence for screen readers: the zone's label and its state."""
    return f"{zone_label(zone.label)}, {state_words(zone, usage, marks)}"


def state_words(zone: Zone, usage: ZoneUsageView, marks: ZoneMarks) -> str:
    """A zone's state without its name: "last used 3 days ago (Mon 12 Oct), suggested"."""
    parts = [last_used_text(usage)]
    if marks.suggested:
        parts.append(translate("BodyMap", "suggested"))
    if marks.last_used:
        parts.append(translate("BodyMap", "used last time"))
    if marks.selected:
        parts.append(translate("BodyMap", "selected"))
    if marks.reaction:
        parts.append(translate("BodyMap", "site reaction noted"))
    if not zone.enabled:
        parts.append(disabled_text(zone))
    return ", ".join(parts)
