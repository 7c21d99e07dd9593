"""The report's default range and the facade's memory of the last report."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.domain.records import DiaryEntry
from app.report.data import first_record_day
from app.report.options import ReportOptions, default_range
from app.store.changes import Change
from app.store.diary import Diary


def test_default_range_is_three_months_without_an_earlier_report() -> None:
    assert default_range(date(2026, 11, 24), None) == (date(2026, 8, 24), date(2026, 11, 24))
    assert default_range(date(2026, 5, 31), None) == (date(2026, 2, 28), date(2026, 5, 31))


def test_default_range_starts_at_the_last_report() -> None:
    assert default_range(date(2026, 11, 24), date(2026, 10, 2)) == (
        date(2026, 10, 2),
        date(2026, 11, 24),
    )
    # A report already made today would leave nothing: the three months come back.
    assert default_range(date(2026, 11, 24), date(2026, 11, 24))[0] == date(2026, 8, 24)


def test_a_young_diary_is_reported_from_its_first_day() -> None:
    today = date(2026, 11, 24)
    assert default_range(today, None, date(2026, 11, 23)) == (date(2026, 11, 23), today)
    assert default_range(today, date(2026, 11, 1), date(2026, 11, 20))[0] == date(2026, 11, 20)
    # An older diary keeps three months; a first day in the future changes nothing backwards.
    assert default_range(today, None, date(2025, 1, 1))[0] == date(2026, 8, 24)
    assert default_range(today, None, date(2026, 12, 1))[0] == today


def test_the_first_record_day_is_the_earliest_entry_dose_panel_or_course(
    tmp_path, fast_key
) -> None:
    with Diary.create_with_key(tmp_path / "d.dosebook", fast_key) as diary:
        assert first_record_day(diary) is None
        diary.save_entry(DiaryEntry(day=date(2026, 11, 23), energy=5))
        assert first_record_day(diary) == date(2026, 11, 23)


def test_options_refuse_a_backwards_range_and_unknown_choices() -> None:
    with pytest.raises(ValueError, match="after its last day"):
        ReportOptions(date(2026, 2, 1), date(2026, 1, 1))
    with pytest.raises(ValueError, match="paper"):
        ReportOptions(date(2026, 1, 1), date(2026, 2, 1), paper="a5")
    with pytest.raises(ValueError, match="sections"):
        ReportOptions(date(2026, 1, 1), date(2026, 2, 1), sections=frozenset({"vials"}))


def test_diary_remembers_the_last_report_day(tmp_path, fast_key) -> None:
    path = tmp_path / "d.dosebook"
    with Diary.create_with_key(path, fast_key) as diary:
        assert diary.last_report_day() is None
        heard: list[Change] = []
        diary.subscribe(heard.append)
        diary.set_last_report_day(date(2026, 10, 2))
        assert heard == [Change.SETTINGS]
    with Diary.open_with_key(path, fast_key) as diary:
        assert diary.last_report_day() == date(2026, 10, 2)
        with pytest.raises(ValidationError):  # refused on the way in...
            diary.set_setting("report.last_day", "not a date")
        with diary._write(Change.SETTINGS) as tx:  # noqa: SLF001 - ...so damage it by hand
            tx.upsert("setting", {"key": "report.last_day", "value": "not a date"})
        assert diary.last_report_day() is None


def test_the_default_runs_from_the_last_appointment_or_as_chosen() -> None:
    today, report, visit = date(2026, 11, 24), date(2026, 10, 1), date(2026, 10, 20)
    assert default_range(today, report, last_appointment=visit) == (visit, today)
    assert default_range(today, None, last_appointment=today) == (date(2026, 8, 24), today)
    chosen = {"last_appointment": visit, "period": "since_last_report"}
    assert default_range(today, report, **chosen)[0] == report
    months = {"last_appointment": visit, "period": "months", "months": 6}
    assert default_range(today, report, **months)[0] == date(2026, 5, 24)
