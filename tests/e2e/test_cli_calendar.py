"""`dosebook calendar` on the demo diary: a private file that `icalendar` reads, with the zone,
the weekly rule and the alarm, and doses at 20:00 local time across both changes of the clock."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rrulestr

from tests.e2e.test_cli import dosebook

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cal") / "demo.dosebook"
    assert dosebook("demo", str(path)).returncode == 0
    return path


def test_calendar_of_the_demo(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "doses.ics"
    result = dosebook(
        "calendar", str(demo), "--out", str(out), "--passphrase-stdin", stdin="demo\n"
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    assert [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    course = next(e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("course-"))
    assert course["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert course["RRULE"]["FREQ"] == ["WEEKLY"]
    assert course.walk("VALARM")
    assert str(course["SUMMARY"]) == "Dosebook: dose due"  # the default: no product named
    start = course.decoded("DTSTART")
    moments = list(rrulestr(course["RRULE"].to_ical().decode(), dtstart=start))
    # the demo course runs across the last Sundays of March and October of some year
    for month in (3, 10):
        around = [
            m.astimezone(BERLIN)
            for m in moments
            if m.astimezone(BERLIN).month == month and m.astimezone(BERLIN).day >= 20
        ]
        assert len(around) >= 2, month
        change = max(
            d for d in (date(around[0].year, month, 31 - k) for k in range(7)) if d.weekday() == 6
        )
        before = [m for m in around if m.date() < change]
        after = [m for m in around if m.date() > change]
        assert before and after
        for m in (before[-1], after[0]):
            assert (m.hour, m.minute) == (20, 0)
        assert before[-1].utcoffset() != after[0].utcoffset()


def test_calendar_refuses_to_overwrite(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "there.ics"
    out.write_text("mine")
    result = dosebook(
        "calendar", str(demo), "--out", str(out), "--passphrase-stdin", stdin="demo\n"
    )
    assert result.returncode == 1 and "already exists" in result.stderr
    assert out.read_text() == "mine"
