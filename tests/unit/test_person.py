"""The person behind the diary: medicines and appointments through the facade, the standing
cautions they feed, and what the JSON export and import do with them."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.domain.errors import ValidationError
from app.domain.keys import KeyMaterial
from app.domain.person import (
    appointment_line,
    last_appointment,
    next_appointment,
    standing_cautions,
)
from app.domain.records import Appointment, Caution, Condition, Medication, Profile
from app.store.changes import Change
from app.store.diary import Diary
from tests.support.snapshots import AS_OF, snapshot
from tests.unit.test_rules_labs import fired

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def diary(tmp_path: Path, fast_key: KeyMaterial) -> Diary:
    d = Diary.create_with_key(tmp_path / "p.dosebook", fast_key)
    yield d
    d.close()


def visit(day: int, hour: int = 10, who: str = "Liver clinic", questions: str = "") -> Appointment:
    return Appointment(None, datetime(2026, 12, day, hour, 30, tzinfo=BERLIN), who, "", questions)


def test_medicines_are_listed_current_first_and_stopping_keeps_them(diary: Diary) -> None:
    heard: list[Change] = []
    diary.subscribe(heard.append)
    vitamin = diary.save_medication(Medication(None, " Vitamin D3 ", "1000 IU", "daily"))
    steroid = diary.save_medication(
        Medication(None, "Prednisolone", "5 mg", "once a day", acts_on_immune_system=True)
    )
    assert vitamin.name == "Vitamin D3" and vitamin.id is not None
    diary.stop_medication(steroid.id, date(2026, 11, 1))
    assert [(m.name, m.stopped) for m in diary.medications()] == [
        ("Vitamin D3", None),
        ("Prednisolone", date(2026, 11, 1)),
    ]
    assert heard == [Change.MEDICATIONS] * 3


def test_a_deleted_medicine_comes_back_with_undo(diary: Diary) -> None:
    saved = diary.save_medication(Medication(None, "Tenofovir", "245 mg", "daily"))
    gone = diary.delete_medication(saved.id)
    assert diary.medications() == []
    with pytest.raises(ValidationError, match="no longer in the diary"):
        diary.save_medication(gone)  # a stale edit does not bring it back silently
    diary.save_medication(gone, restore=True)
    assert diary.medications() == [saved]


@pytest.mark.parametrize(
    ("medication", "field", "words"),
    [
        (Medication(None, "  "), "name", "Give the medicine a name"),
        (
            Medication(None, "X", started=date(2026, 5, 2), stopped=date(2026, 5, 1)),
            "stopped",
            "before the day it was started",
        ),  # fmt: skip
        (Medication(None, "X", dose="1\n2"), "dose", "one line"),
    ],
)
def test_a_medicine_that_cannot_be_saved_says_why(
    diary: Diary, medication: Medication, field: str, words: str
) -> None:
    with pytest.raises(ValidationError, match=words) as err:
        diary.save_medication(medication)
    assert err.value.field == field
    assert diary.medications() == []


def test_appointments_keep_their_time_zone_and_order(diary: Diary) -> None:
    later = diary.save_appointment(visit(15, questions="  Repeat ALT?  "))
    sooner = diary.save_appointment(
        replace(visit(1), at=datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo")))
    )
    assert diary.appointments() == [sooner, replace(later, questions="Repeat ALT?")]
    assert diary.appointments()[0].at.tzinfo == ZoneInfo("Asia/Tokyo")
    with pytest.raises(ValidationError, match="Say who the appointment is with"):
        diary.save_appointment(visit(3, who=" "))
    gone = diary.delete_appointment(later.id)
    diary.save_appointment(gone, restore=True)
    assert len(diary.appointments()) == 2


def test_next_and_last_appointment_and_the_header_line() -> None:
    visits = [replace(visit(d), id=d) for d in (1, 15, 29)]
    now = datetime(2026, 12, 10, 12, 0, tzinfo=BERLIN)
    assert next_appointment(visits, now).id == 15
    assert last_appointment(visits, now).id == 1
    assert next_appointment(visits, datetime(2027, 1, 1, tzinfo=BERLIN)) is None
    assert appointment_line(visits[1], BERLIN) == "Liver clinic, Tue 15 Dec 10:30"


def test_an_immune_active_medicine_taken_now_adds_the_caution() -> None:
    steroid = Medication(1, "Prednisolone", acts_on_immune_system=True, started=date(2026, 1, 1))
    stopped = replace(steroid, stopped=date(2026, 10, 1))
    plain = Medication(2, "Vitamin D3")
    profile = Profile(cautions=frozenset({Caution.AUTOIMMUNE}))
    assert standing_cautions(profile, [steroid, plain], AS_OF) == {
        Caution.AUTOIMMUNE,
        Caution.IMMUNE_ACTIVE_DRUGS,
    }
    assert standing_cautions(profile, [stopped, plain], AS_OF) == {Caution.AUTOIMMUNE}


def test_the_caution_banner_names_the_immune_active_medicine() -> None:
    steroid = Medication(1, "Prednisolone", acts_on_immune_system=True)
    assert fired(snapshot(medications=(steroid,)), "caution_immune_drugs") == [
        "Your medicines list includes Prednisolone, ticked as acting on the immune system"
    ]
    later = replace(steroid, started=AS_OF + timedelta(days=1))
    assert fired(snapshot(medications=(later, Medication(2, "Zinc"))), "caution_immune_drugs") == []


def test_the_profile_and_the_lists_round_trip_through_json(
    diary: Diary, tmp_path: Path, fast_key: KeyMaterial
) -> None:
    diary.save_profile(
        Profile(
            name="Ana",
            conditions=frozenset({Condition.HEPATITIS_B, Condition.OTHER}),
            condition_notes="since 2019",
            allergies="Penicillin (rash)",
        )
    )
    diary.save_medication(Medication(None, "Tenofovir", "245 mg", "daily", date(2025, 3, 1)))
    diary.save_appointment(visit(15, questions="Repeat ALT?"))
    diary.set_settings({"report.period": "months", "report.paper": "letter"})
    text = diary.export_json()
    doc = json.loads(text)
    assert doc["profile"][0]["conditions"] == "hepatitis_b,other"
    assert [m["name"] for m in doc["medications"]] == ["Tenofovir"]
    assert doc["appointments"][0]["tz"] == "Europe/Berlin"
    with Diary.create_with_key(tmp_path / "copy.dosebook", fast_key) as copy:
        copy.import_json(text)
        assert copy.export_json() == text
        assert copy.profile().allergies == "Penicillin (rash)"


@pytest.mark.parametrize(
    ("part", "change", "message"),
    [
        ("profile", {"conditions": "hepatitis_b,flu"}, "profile[0].conditions: 'flu' is not a"),
        ("medications", {"name": ""}, "medications[0].name: Give the medicine a name"),
        (
            "medications",
            {"started": "2026-05-02", "stopped": "2026-05-01"},
            "medications[0].stopped",
        ),
        ("appointments", {"tz": "Mars/Base"}, "appointments[0].tz: 'Mars/Base' is not a time zone"),
        ("settings", {"key": "report.paper", "value": "A3"}, "'A3' is not one of"),
    ],
)
def test_an_import_with_a_bad_person_record_writes_nothing(
    diary: Diary, tmp_path: Path, fast_key: KeyMaterial, part: str, change: dict, message: str
) -> None:
    diary.save_profile(Profile(name="Ana"))
    diary.save_medication(Medication(None, "Tenofovir"))
    diary.save_appointment(visit(15))
    diary.set_settings({"report.paper": "letter"})
    doc = json.loads(diary.export_json())
    doc[part][0].update(change)
    with Diary.create_with_key(tmp_path / "copy.dosebook", fast_key) as copy:
        with pytest.raises(ValidationError, match=re.escape(message)):
            copy.import_json(json.dumps(doc))
        assert copy.medications() == [] and copy.appointments() == []
        assert copy.profile().name == ""


def test_settings_are_checked_and_saved_together(diary: Diary) -> None:
    with pytest.raises(ValidationError, match="report.months"):
        diary.set_settings({"report.paper": "letter", "report.months": "99"})
    assert diary.setting("report.paper") == ""  # nothing of the refused action was saved
    diary.set_settings({"report.paper": "letter", "report.period": "months"})
    assert diary.setting("report.period") == "months"


def test_the_hepatitis_b_sentence_only_for_hepatitis_b() -> None:
    from app.rules import default_rules, evaluate
    from tests.support.snapshots import days_ago, panel, result

    liver = [r for r in default_rules() if r.id == "liver_grade"]
    high = (panel(days_ago(10), result("alt", 200, 7, 55)),)  # grade 2: over 3× the top
    for conditions, shown in (
        (frozenset(), False),
        (frozenset({Condition.IMMUNE_SUPPORT}), False),
        (frozenset({Condition.HEPATITIS_B}), True),
    ):
        (warning,) = evaluate(snapshot(panels=high, profile=Profile(conditions=conditions)), liver)
        assert ("for hepatitis B" in warning.message) is shown
        assert ("Zadaxin label and hepatitis B trials" in warning.source) is shown
        assert warning.message.startswith("A liver test reached grade 2 or more")
        assert warning.message.count("doctor") == 1 + shown


def test_a_rule_file_naming_an_unknown_condition_is_refused(tmp_path: Path) -> None:
    from app.rules.catalogue import RuleFileError, default_rules

    text = (
        Path("seeds/rules.toml")
        .read_text()
        .replace("[rule.for_condition.hepatitis_b]", "[rule.for_condition.hepatitis_x]")
    )
    (tmp_path / "rules.toml").write_text(text)
    with pytest.raises(RuleFileError, match="unknown condition 'hepatitis_x'"):
        default_rules(tmp_path / "rules.toml")


def test_appointments_go_into_the_calendar_file_and_the_reminders(diary: Diary) -> None:
    import icalendar

    from app.store.interchange.ics import appointment_times, diary_calendar

    saved = diary.save_appointment(visit(15, who="Liver clinic"))
    assert appointment_times(diary) == [(saved.at, "Liver clinic")]
    text = diary_calendar(diary, datetime(2026, 12, 1, 12, tzinfo=BERLIN))
    (event,) = [
        e
        for e in icalendar.Calendar.from_ical(text).walk("VEVENT")
        if str(e["UID"]).startswith("appointment-")
    ]
    assert event.decoded("DTSTART") == saved.at
    assert "Tue 15 Dec" in str(event["SUMMARY"])


def test_under_18_by_the_birth_year_is_a_standing_caution_everywhere() -> None:
    """The caution rule counts a birth year under 18; the profile listing and the report too."""
    from app.cli.profile import profile_json

    young = Profile(birth_year=AS_OF.year - 17)
    assert Caution.UNDER_18 in standing_cautions(young, [], AS_OF)
    listed = profile_json(young, [], AS_OF)["cautions"]
    assert [(c["caution"], c["from"]) for c in listed] == [("under_18", "birth_year")]
    grown = Profile(birth_year=AS_OF.year - 18)
    assert Caution.UNDER_18 not in standing_cautions(grown, [], AS_OF)
