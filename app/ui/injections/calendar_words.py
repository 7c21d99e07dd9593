"""The calendar's words: the text on a dose chip, the legend, and a dose in a sentence."""

from __future__ import annotations

from app.domain.i18n import translate
from app.domain.injection_overview import DayMark
from app.domain.schedule import DoseStatus
from app.ui.injections.calendar_colours import SYMBOLS, mark_colours
from app.ui.injections.texts import clock, short_date, status_with_time


def mark_text(mark: DayMark) -> str:
    """The short text on a chip: '✓ 20:14', '✓ late', '✗ missed', '○ 20:00', '+ 09:10'."""
    symbol = SYMBOLS[mark.status]
    if mark.status is DoseStatus.LATE:
        return f"{symbol} " + translate("Injections", "late")
    if mark.status is DoseStatus.MISSED:
        return f"{symbol} " + translate("Injections", "missed")
    if mark.status is DoseStatus.UPCOMING and mark.due_at is not None:
        return f"{symbol} {clock(mark.due_at)}"
    moment = mark.taken_at or mark.due_at
    return f"{symbol} {clock(moment)}" if moment else symbol


def legend_text(dark: bool) -> str:
    """'✓ taken  ✓ late  ✗ missed  ○ due  + extra' as rich text, each in its chip's colours."""
    colours = mark_colours(dark)
    words = (
        (DoseStatus.ON_TIME, translate("Injections", "taken")),
        (DoseStatus.LATE, translate("Injections", "late")),
        (DoseStatus.MISSED, translate("Injections", "missed")),
        (DoseStatus.UPCOMING, translate("Injections", "due")),
        (DoseStatus.EXTRA, translate("Injections", "extra")),
    )
    chips = []
    for status, word in words:
        c = colours[status]
        fill = c.fill.name() if c.fill.alpha() else "transparent"
        chips.append(
            f'<span style="color:{c.text.name()}; background-color:{fill};">'
            f"&nbsp;{SYMBOLS[status]}&nbsp;{word.replace(' ', '&nbsp;')}&nbsp;</span>"
        )
    return "&nbsp; ".join(chips)


def mark_sentence(mark: DayMark) -> str:
    """The same in words, for tooltips and screen readers."""
    text = status_with_time(mark.status, mark.due_at)
    if mark.taken_at is not None and mark.status is not DoseStatus.UPCOMING:
        taken = mark.taken_at
        if mark.due_at is not None and taken.date() != mark.due_at.date():
            text += " · " + translate("Injections", "taken {day} {time}").format(
                day=short_date(taken), time=clock(taken)
            )
        else:
            text += " · " + translate("Injections", "taken {time}").format(time=clock(taken))
    return text
