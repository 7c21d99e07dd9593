"""The calendar file: valid RFC 5545 as `icalendar` reads it, 20:00 local on both sides of a
daylight-saving change, a paused stretch left out, and titles no more telling than chosen."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
from dateutil.rrule import rrulestr

from app.domain.labs.due import DueItem, DueStatus
from app.domain.records import Protocol
from app.domain.reminders import Detail
from app.store.interchange.ics import calendar_text

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=BERLIN)
TA1 = Protocol(
    1,
    "Thymosin Alpha-1",
    1.6,
    "mg",
    weekdays=(0, 3),
    time_of_day=time(20, 0),
    start=date(2026, 2, 2),
    planned_end=date(2026, 12, 31),
)


def events(text: str) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(text).walk("VEVENT"))


def occurrences(event: icalendar.Event) -> list[datetime]:
    start = event.decoded("DTSTART")
    rule = event["RRULE"].to_ical().decode()
    found = list(rrulestr(rule, dtstart=start))
    exdates = event.get("EXDATE", [])
    lists = exdates if isinstance(exdates, list) else [exdates]
    skipped = {d.dt for found_list in lists for d in found_list.dts}
    return [moment for moment in found if moment not in skipped]


def test_a_course_is_one_recurring_event_with_its_zone_rule_and_alarm() -> None:
    text = calendar_text([TA1], BERLIN, NOW, lead_minutes=30)
    assert text.endswith("\r\n") and "\r\n" in text
    calendar = icalendar.Calendar.from_ical(text)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Berlin"
    (event,) = events(text)
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["MO", "TH"]
    assert rule["UNTIL"][0] == datetime(2026, 12, 31, 19, 0, tzinfo=UTC)  # Thu 31 Dec, 20:00 CET
    (alarm,) = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -timedelta(minutes=30)
    assert str(event["SUMMARY"]) == "Dosebook: dose due"


def test_doses_fall_at_20_00_local_on_both_sides_of_both_changes() -> None:
    (event,) = events(calendar_text([TA1], BERLIN, NOW))
    (zone,) = icalendar.Calendar.from_ical(calendar_text([TA1], BERLIN, NOW)).walk("VTIMEZONE")
    written_zone = zone.to_tz()  # the VTIMEZONE we wrote, read back as a time zone
    by_day = {moment.astimezone(BERLIN).date(): moment for moment in occurrences(event)}
    # last Sunday of March 2026 is the 29th, of October the 25th
    for before, after in (
        (date(2026, 3, 26), date(2026, 3, 30)),
        (date(2026, 10, 22), date(2026, 10, 26)),
    ):
        for day in (before, after):
            moment = by_day[day].astimezone(BERLIN)
            assert (moment.hour, moment.minute) == (20, 0)
            local = by_day[day].replace(tzinfo=None)
            assert written_zone.utcoffset(local) == moment.utcoffset()
        assert by_day[before].astimezone(UTC).hour != by_day[after].astimezone(UTC).hour


def test_every_n_days_and_a_pause_with_a_resumption() -> None:
    every = replace(TA1, id=2, weekdays=(), every_n_days=3, planned_end=None)
    first = replace(TA1, planned_end=None, ended_on=date(2026, 3, 8))
    carry_on = replace(TA1, id=3, start=date(2026, 3, 23), planned_end=date(2026, 4, 30))
    found = events(calendar_text([first, carry_on, every], BERLIN, NOW))
    assert len(found) == 2
    by_uid = {str(e["UID"]): e for e in found}
    assert by_uid["course-2@dosebook"]["RRULE"]["INTERVAL"] == [3]
    joined = occurrences(by_uid["course-1@dosebook"])
    days = {moment.astimezone(BERLIN).date() for moment in joined}
    assert date(2026, 3, 5) in days and date(2026, 3, 23) in days
    assert not {date(2026, 3, 9), date(2026, 3, 12), date(2026, 3, 16), date(2026, 3, 19)} & days
    assert max(days) == date(2026, 4, 30)


def test_an_open_pause_ends_the_series_the_day_before() -> None:
    paused = replace(TA1, paused_from=date(2026, 3, 10))
    (event,) = events(calendar_text([paused], BERLIN, NOW))
    assert event["RRULE"]["UNTIL"][0] == datetime(2026, 3, 9, 19, 0, tzinfo=UTC)


def test_titles_say_only_what_the_person_chose() -> None:
    labs = [DueItem("CBC", date(2025, 9, 1), date(2026, 3, 1), date(2026, 4, 1), DueStatus.DUE, "")]
    appointment = [(datetime(2026, 3, 12, 10, 30, tzinfo=BERLIN), "Dr Weber")]
    for detail, needle, absent in (
        (Detail.TIME, "Dosebook: dose due", ("Thymosin", "Dr Weber", "Blood count")),
        (Detail.NONE, "Reminder", ("dose", "Thymosin", "Dr Weber", "Lab")),
        (Detail.FULL, "Thymosin Alpha-1 1.6 mg", ()),
    ):
        text = calendar_text([TA1], BERLIN, NOW, detail=detail, labs=labs, appointments=appointment)
        summaries = [str(e["SUMMARY"]) for e in events(text)]
        assert needle in summaries
        assert len(summaries) == 3
        for word in absent:
            assert not any(word in s for s in summaries), (detail, word, summaries)
    full = calendar_text(
        [TA1], BERLIN, NOW, detail=Detail.FULL, labs=labs, appointments=appointment
    )
    assert "Dr Weber" in full and "Blood count" in full
