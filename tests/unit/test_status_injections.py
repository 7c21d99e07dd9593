"""`dosebook status`, injections part: next dose, suggested zone, adherence and vial per protocol."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.cli.status.command import status_report
from app.domain.records import Injection, Profile, Protocol, Vial
from app.store.diary import Diary

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def diary(tmp_path: Path, fast_key) -> Diary:
    d = Diary.create_with_key(tmp_path / "d.dosebook", fast_key)
    d.save_profile(Profile(timezone="Europe/Berlin"))
    p = d.save_protocol(Protocol(None, "TA1", 1.6, "mg", weekdays=(0, 3), start=date(2026, 11, 2)))
    vial = d.save_vial(Vial(None, "TA1", lot="L7", strength_mg=3.2, diluent_ml=2.0))
    for day, zone in ((2, "abdomen-lower-left"), (5, "abdomen-lower-right")):
        d.log_injection(
            Injection(
                None,
                datetime(2026, 11, day, 20, 10, tzinfo=BERLIN),
                p.id,
                1.6,
                "mg",
                zone,
                vial_id=vial.id,
            )
        )
    yield d
    d.close()


def test_status_json_has_next_dose_suggested_zone_adherence_and_vial(diary: Diary) -> None:
    report = status_report(diary, date(2026, 11, 10))
    doc = json.loads(json.dumps(report.as_json()))
    (course,) = doc["protocols"]
    assert course["next_dose"] == "2026-11-12T20:00:00+01:00"  # Monday the 9th was missed
    assert course["suggested_zone"] not in (None, "abdomen-lower-right")
    assert course["adherence_last_4_weeks"] == {
        "on_time": 2,
        "late": 0,
        "missed": 1,
        "extra": 0,
        "taken_percent": 67,
    }
    assert course["adherence_course"]["missed"] == 1
    assert course["state"] == "running"
    vial = course["vial"]
    assert vial["lot"] == "L7" and vial["volume_to_draw_ml"] == 1.0
    assert vial["remaining_mg"] == 0.0 and vial["concentration_mg_per_ml"] == 1.6
    # The keys that were there before stay.
    assert course["last_zone"] == "abdomen-lower-right" and course["injections"] == 2
    assert doc["current_vial"]["lot"] == "L7"


def test_status_text_says_the_next_dose_and_the_adherence(diary: Diary) -> None:
    text = status_report(diary, date(2026, 11, 10)).as_text()
    assert "Next dose: Thu 12 Nov 20:00; suggested:" in text
    assert "Last 4 weeks: 2 of 3 taken" in text


def test_a_paused_course_has_no_next_dose(diary: Diary) -> None:
    (p,) = diary.protocols()
    diary.pause_protocol(p.id, date(2026, 11, 9))
    (course,) = status_report(diary, date(2026, 11, 10)).as_json()["protocols"]
    assert course["next_dose"] is None and course["suggested_zone"] is None
    assert course["state"] == "paused"
