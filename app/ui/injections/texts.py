"""Words the Injections tab shows: dates, statuses, adherence and the next-dose line."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.i18n.numbers import figure
from app.domain.i18n.seeds import zone_label
from app.domain.injection_overview import CourseOverview, CourseState
from app.domain.records import Protocol
from app.domain.schedule import AdherenceSummary, DoseStatus
from app.domain.wording import long_weekday_names, schedule_sentence, weekday_day

translate = QCoreApplication.translate

_CONTEXT = "Injections"


def short_date(day: date) -> str:
    """'Thu 12 Mar' in the user's language."""
    return weekday_day(day)


def long_date(day: date) -> str:
    """'Thursday 12 March 2026'."""
    #: A Qt date format (QDate::toString): German "dddd, d. MMMM yyyy", Chinese "yyyy年M月d日 dddd".
    pattern = translate("Injections", "dddd d MMMM yyyy", "Qt date format")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def month_title(year: int, month: int) -> str:
    """'November 2026'."""
    #: A Qt date format (QDate::toString) of a month's title: Chinese "yyyy年M月".
    pattern = translate("Injections", "MMMM yyyy", "Qt date format")
    return QLocale().toString(QDate(year, month, 1), pattern)


def weekday_name(day: date) -> str:
    """'Thursday'."""
    return QLocale().dayName(day.isoweekday())


def clock(moment: datetime) -> str:
    """'20:00'."""
    return f"{moment:%H:%M}"


def dose_text(dose: float, unit: str) -> str:
    """'1.6 mg' ('1,6 mg' in German)."""
    return f"{figure(dose)} {unit}"


def status_word(status: DoseStatus) -> str:
    """One word or two for what became of a dose."""
    return {
        DoseStatus.ON_TIME: translate("Injections", "Taken"),
        DoseStatus.LATE: translate("Injections", "Taken late"),
        DoseStatus.MISSED: translate("Injections", "Missed"),
        DoseStatus.UPCOMING: translate("Injections", "Due"),
        DoseStatus.EXTRA: translate("Injections", "Extra injection"),
    }[status]


def status_with_time(status: DoseStatus, due: datetime | None) -> str:
    """ "Due 20:00" for a dose still to come; "Missed · due 20:00" and the like for the rest."""
    word = status_word(status)
    if due is None:
        return word
    if status is DoseStatus.UPCOMING:
        return translate("Injections", "Due {time}").format(time=clock(due))
    return word + " · " + translate("Injections", "due {time}").format(time=clock(due))


def schedule_words(protocol: Protocol) -> str:
    """'Monday and Thursday at 20:00', 'every 7 days at 08:00'."""
    return schedule_sentence(
        protocol.weekdays, protocol.every_n_days, protocol.time_of_day, long_weekday_names()
    )


def adherence_words(summary: AdherenceSummary) -> str:
    """'8 of 8 taken, 1 late' or 'nothing due yet'."""
    due = summary.on_time + summary.late + summary.missed
    if not due:
        return translate("Injections", "nothing due yet")
    text = translate("Injections", "{taken} of {due} taken").format(
        taken=summary.on_time + summary.late, due=due
    )
    if summary.late:
        text += translate("Injections", ", {n} late").format(n=summary.late)
    return text


def next_dose_line(view: CourseOverview, today: date) -> str:
    """'Thursday 20:00 · 1.6 mg · suggested: left lower abdomen', or why nothing is due."""
    p = view.protocol
    if view.next_due is None:
        return {
            CourseState.PAUSED: translate("Injections", "{product} is paused"),
            CourseState.ENDED: translate("Injections", "{product}: the course has ended"),
            CourseState.COMPLETED: translate(
                "Injections", "{product}: the course reached its planned end"
            ),
        }.get(view.state, translate("Injections", "{product}: nothing due")).format(
            product=p.product
        )
    due = view.next_due
    days = (due.date() - today).days
    if days == 0:
        when = translate("Injections", "Today")
    elif days == 1:
        when = translate("Injections", "Tomorrow")
    elif days == -1:
        when = translate("Injections", "Yesterday")
    elif days < 7:
        when = weekday_name(due.date())
    else:
        when = short_date(due.date())
    parts = [f"{when} {clock(due)}", dose_text(p.dose, p.dose_unit)]
    if view.suggested_zone is not None:
        parts.append(
            translate("Injections", "suggested: {zone}").format(
                zone=zone_label(view.suggested_zone.label, in_sentence=True)
            )
        )
    return " · ".join(parts)


def zone_note(tz: tzinfo, now: datetime) -> str | None:
    """When this computer's clock is in another zone than the diary's: 'Times here are in the
    diary's time zone, Europe/Berlin: 13:25 there, 07:25 on this computer. …'; else None."""
    there = now.astimezone(tz)
    here = now.astimezone()  # the computer's own zone
    if there.utcoffset() == here.utcoffset():
        return None
    return translate(
        "Injections",
        "Times here are in the diary's time zone, {zone}: {there} there, {here} on this "
        "computer. Travelling? Change the zone under Settings → Profile.",
    ).format(zone=str(getattr(tz, "key", tz)), there=clock(there), here=clock(here))
