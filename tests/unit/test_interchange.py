"""Export → import → export is identical, and a bad import writes nothing."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.keys import KeyMaterial
from app.domain.records import DiaryEntry, Injection, LabPanel, LabResult, Protocol
from app.store.diary import Diary

ZONES = ["abdomen-lower-left", "thigh-front-right", "arm-back-left", "buttock-right"]
TZS = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC"]
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00,"), max_size=30)


def new_key() -> KeyMaterial:
    return KeyMaterial(key=os.urandom(32), salt=os.urandom(16))


@st.composite
def diaries(draw: st.DrawFn) -> dict:
    start = draw(st.dates(date(2020, 1, 1), date(2026, 6, 1)))
    protocol = Protocol(
        id=None,
        product=draw(TEXT.filter(str.strip)),
        dose=draw(st.floats(0.01, 500, allow_nan=False)),
        dose_unit=draw(st.sampled_from(["mg", "µg", "mL", "IU"])),
        weekdays=tuple(sorted(draw(st.sets(st.integers(0, 6), min_size=1)))),
        time_of_day=time(draw(st.integers(0, 23)), draw(st.integers(0, 59))),
        start=start,
    )
    shots = draw(
        st.lists(
            st.tuples(
                st.datetimes(datetime(2020, 1, 1), datetime(2026, 6, 1)),
                st.sampled_from(TZS),
                st.sampled_from(ZONES),
                st.one_of(st.none(), st.floats(0, 10, allow_nan=False)),
                TEXT,
            ),
            max_size=8,
        )
    )
    days = draw(st.lists(st.dates(date(2020, 1, 1), date(2026, 6, 1)), max_size=8, unique=True))
    rating = st.one_of(st.none(), st.integers(0, 10))
    entries = [
        DiaryEntry(
            day=d,
            energy=draw(rating),
            fatigue=draw(rating),
            wellbeing=draw(rating),
            sick=draw(st.booleans()),
            temperature_c=draw(st.one_of(st.none(), st.floats(34, 43, allow_nan=False))),
            notes=draw(TEXT),
            tags=tuple(draw(st.lists(TEXT.filter(str.strip), max_size=3))),
            symptoms=tuple(
                draw(st.lists(st.sampled_from(["rash", "joint_pain", "ache ä", "Ø"]), max_size=3))
            ),
        )
        for d in days
    ]
    value = st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False))
    results = [
        LabResult(
            id=None,
            test_code=draw(st.sampled_from(["alt", "wbc", "hbvdna", "hbsag"])),
            value=v,
            unit=draw(TEXT),
            comparator=draw(st.sampled_from(["", "<", ">", "<=", ">="])),
            text=draw(TEXT).strip() or "x",
            range_text=draw(TEXT),
        )
        for v in draw(st.lists(value, min_size=1, max_size=4))
    ]
    return {"protocol": protocol, "shots": shots, "entries": entries, "results": results}


def fill(diary: Diary, spec: dict) -> None:
    p = diary.save_protocol(spec["protocol"])
    for when, tz, zone, volume, notes in spec["shots"]:
        diary.log_injection(
            Injection(
                id=None,
                taken_at=when.replace(tzinfo=UTC).astimezone(ZoneInfo(tz)),
                protocol_id=p.id,
                dose=p.dose,
                dose_unit=p.dose_unit,
                zone_id=zone,
                volume_ml=volume,
                notes=notes,
            )
        )
    for e in spec["entries"]:
        diary.save_entry(e)
    diary.save_panel(
        LabPanel(id=None, collected_on=date(2025, 5, 5), lab="Lab", results=tuple(spec["results"]))
    )


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(spec=diaries())
def test_export_import_export_is_identical(
    spec: dict, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("rt")
    with Diary.create_with_key(folder / "a.dosebook", new_key()) as a:
        fill(a, spec)
        first = a.export_json()
    with Diary.create_with_key(folder / "b.dosebook", new_key()) as b:
        b.import_json(first)
        second = b.export_json()
        assert len(b.injections()) == len(spec["shots"])
        assert [e.day for e in b.entries()] == sorted(e.day for e in spec["entries"])
    assert first == second


def test_import_into_a_diary_with_data_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    with Diary.create_with_key(tmp_path / "a.dosebook", new_key()) as a:
        a.save_entry(DiaryEntry(day=date(2026, 1, 1), energy=5))
        doc = a.export_json()
    with Diary.create_with_key(tmp_path / "b.dosebook", new_key()) as b:
        b.save_entry(DiaryEntry(day=date(2026, 2, 2), energy=7))
        with pytest.raises(ValidationError, match="already has data"):
            b.import_json(doc)
        assert [e.day for e in b.entries()] == [date(2026, 2, 2)]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format="other"), "not a Dosebook export"),
        (lambda d: d.update(version=99), "newer Dosebook"),
        (
            lambda d: d["diary_entries"][0].update(energy="high"),
            r"diary_entries\[0\].*whole number",
        ),
        (lambda d: d["injections"][0].update(taken_at_utc="yesterday"), "date and time"),
        (lambda d: d["injections"][0].update(dose=float("inf")), "number"),
        (lambda d: d["lab_panels"][0].update(collected_on="2026-13-01"), "date like"),
        (
            lambda d: d["diary_entries"][0].update(mood=3),
            r"diary_entries\[0\]\.mood: unknown field",
        ),
    ],
)
def test_bad_import_gives_a_message_and_writes_nothing(
    tmp_path: Path, mutate, message: str
) -> None:
    with Diary.create_with_key(tmp_path / "a.dosebook", new_key()) as a:
        fill(a, {
            "protocol": Protocol(id=None, product="X", dose=1, dose_unit="mg", weekdays=(0,)),
            "shots": [(datetime(2026, 1, 5, 19), "UTC", ZONES[0], 1.0, "")],
            "entries": [DiaryEntry(day=date(2026, 1, 1), energy=5)],
            "results": [LabResult(id=None, test_code="alt", value=40, unit="U/L", text="40")],
        })  # fmt: skip
        doc = json.loads(a.export_json())
    mutate(doc)
    with Diary.create_with_key(tmp_path / "b.dosebook", new_key()) as b:
        before = b.export_json()
        with pytest.raises(ValidationError, match=message):
            b.import_json(json.dumps(doc, allow_nan=True))
        assert b.export_json() == before


def test_a_version_1_export_imports_with_no_symptoms(tmp_path: Path) -> None:
    with Diary.create_with_key(tmp_path / "a.dosebook", new_key()) as a:
        a.save_entry(DiaryEntry(day=date(2026, 1, 1), energy=5, symptoms=("rash", "headache")))
        doc = json.loads(a.export_json())
    assert doc["diary_entries"][0]["symptoms"] == "rash,headache"
    doc["version"] = 1
    del doc["diary_entries"][0]["symptoms"]
    with Diary.create_with_key(tmp_path / "b.dosebook", new_key()) as b:
        b.import_json(json.dumps(doc))
        (entry,) = b.entries()
        assert entry.energy == 5 and entry.symptoms == ()


def test_not_json_at_all(tmp_path: Path) -> None:
    with Diary.create_with_key(tmp_path / "b.dosebook", new_key()) as b:
        with pytest.raises(ValidationError, match="not valid JSON"):
            b.import_json("{nope")
        assert b.injections() == []
