"""`dosebook status` tells how often the person was sick lately and how long it lasted."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from app.cli.status.command import status_report
from app.domain.keys import KeyMaterial
from app.domain.records import DiaryEntry
from app.store.demo import write_demo
from app.store.diary import Diary

TODAY = date(2026, 11, 24)  # the demo's flu ran Mon 29 Jun to Mon 6 Jul 2026


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    key = KeyMaterial(key=os.urandom(32), salt=os.urandom(16))
    diary = write_demo(tmp_path_factory.mktemp("demo") / "demo.dosebook", key, TODAY)
    yield diary
    diary.close()


def test_json_has_the_sick_episode_keys_and_no_episode_lately(demo: Diary) -> None:
    fields = json.loads(json.dumps(status_report(demo, TODAY).as_json()))
    assert fields["sick_episodes_90d"] == 0
    assert fields["average_recovery_days"] is None


def test_a_month_after_the_flu_it_counts_with_its_eight_days(demo: Diary) -> None:
    report = status_report(demo, date(2026, 8, 1))
    assert report.fields["sick_episodes_90d"] == 1
    assert report.fields["average_recovery_days"] == 8.0
    assert "Sick episodes in the last 90 days: 1; average 8.0 days to recover" in report.as_text()


def test_the_last_day_of_the_flu_counts_it_but_not_as_recovered(demo: Diary) -> None:
    report = status_report(demo, date(2026, 7, 6))
    assert report.fields["sick_episodes_90d"] == 1
    assert report.fields["average_recovery_days"] is None
    assert "may still be going on" in report.as_text()


def test_an_empty_diary_says_so(tmp_path: Path, fast_key) -> None:
    with Diary.create_with_key(tmp_path / "d.dosebook", fast_key) as diary:
        report = status_report(diary, TODAY)
        assert report.fields["sick_episodes_90d"] == 0
        assert "No diary entries yet." in report.as_text()
        diary.save_entry(DiaryEntry(day=TODAY, energy=5))
        assert "No diary entries yet." not in status_report(diary, TODAY).as_text()
