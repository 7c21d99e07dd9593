"""The JSON import is a way in like any screen: a hand-edited file holding anything a screen would
refuse is refused whole, with one line naming the record and the field, and the diary is left
byte for byte as it was. What it accepts reads back."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app.domain.errors import ValidationError
from app.rules import check_rule_setting
from app.store.diary import Diary
from tests.support.exports import fill_small_diary, new_key, small_export


def _set(list_name: str, index: int, **fields: object) -> Callable[[dict], None]:
    return lambda doc: doc[list_name][index].update(fields)


NASTY: list[tuple[str, Callable[[dict], None], str]] = [
    ("version as text", lambda doc: doc.update(version="2"), r'version: "2" is not a whole number'),
    ("weekdays 9,x", _set("protocols", 0, weekdays="9,x"), r"protocols\[0\]\.weekdays: '9,x'"),
    ("weekday 7", _set("protocols", 0, weekdays="0,7"), r"protocols\[0\]\.weekdays"),
    ("time 25:99", _set("protocols", 0, time_of_day="25:99"), r"protocols\[0\]\.time_of_day"),
    ("time 8pm", _set("protocols", 0, time_of_day="8pm"), r"protocols\[0\]\.time_of_day"),
    (
        "zone Mars",
        _set("profile", 0, timezone="Mars/Olympus_Mons"),
        r"profile\[0\]\.timezone: 'Mars/Olympus_Mons' is not a time zone",
    ),
    ("injection zone Mars", _set("injections", 0, tz="Mars/Olympus_Mons"), r"injections\[0\]\.tz"),
    (
        "every 0 days",
        _set("protocols", 0, weekdays="", every_n_days=0),
        r"protocols\[0\]\.every_n_days",
    ),
    (
        "every 3 days with weekdays null",
        _set("protocols", 0, weekdays=None, every_n_days=3),
        r"protocols\[0\]\.weekdays: cannot be null; write \"\" for none",
    ),
    ("window -1e12", _set("protocols", 0, window_hours=-1e12), r"protocols\[0\]\.window_hours"),
    ("window huge", _set("protocols", 0, window_hours=1e12), r"protocols\[0\]\.window_hours"),
    ("sex robot", _set("profile", 0, sex="robot"), r"profile\[0\]\.sex: 'robot'"),
    (
        "end 20270201",
        _set("protocols", 0, planned_end="20270201"),
        r"protocols\[0\]\.planned_end: '20270201' is not a date",
    ),
    ("end 2027-3-9", _set("protocols", 0, planned_end="2027-3-9"), r"planned_end: '2027-3-9'"),
    ("end soon", _set("protocols", 0, planned_end="soon"), r"planned_end: 'soon'"),
    ("end before start", _set("protocols", 0, planned_end="2020-01-01"), r"planned_end"),
    ("dose 0", _set("protocols", 0, dose=0), r"protocols\[0\]\.dose"),
    ("caution unknown", _set("profile", 0, cautions="autoimmune,flying"), r"cautions: 'flying'"),
    ("birth year", _set("profile", 0, birth_year=1066), r"profile\[0\]\.birth_year"),
    ("profile id", _set("profile", 0, id=2), r"profile\[0\]\.id"),
    ("site elbow", _set("injections", 0, zone_id="elbow"), r"injections\[0\]\.zone_id"),
    ("no such course", _set("injections", 0, protocol_id=99), r"injections\[0\]\.protocol_id"),
    ("no such vial", _set("injections", 1, vial_id=99), r"injections\[1\]\.vial_id"),
    ("volume 50", _set("injections", 0, volume_ml=50.0), r"injections\[0\]\.volume_ml"),
    (
        "time without offset",
        _set("injections", 0, taken_at_utc="2026-09-07T18:05:00"),
        r"injections\[0\]\.taken_at_utc: .*UTC offset",
    ),
    ("reaction grade 4", _set("site_reactions", 0, grade=4), r"site_reactions\[0\]\.grade"),
    ("reaction kind", _set("site_reactions", 0, kind="glowing"), r"site_reactions\[0\]\.kind"),
    ("rating 12", _set("diary_entries", 0, energy=12), r"diary_entries\[0\]\.energy"),
    (
        "fahrenheit",
        _set("diary_entries", 2, temperature_c=100.4),
        r"diary_entries\[2\]\.temperature_c: .*Fahrenheit",
    ),
    ("sick kind", _set("diary_entries", 2, sickness_kind="plague"), r"sickness_kind"),
    ("tag with comma", _set("diary_entries", 0, tags="a,,b"), r"diary_entries\[0\]\.tags"),
    (
        "broken character",
        _set("diary_entries", 0, notes="half \ud800 a pair"),
        r"diary_entries\[0\]\.notes: .*broken character",
    ),
    ("unknown test", _set("lab_results", 0, test_code="nope"), r"lab_results\[0\]\.test_code"),
    ("no such panel", _set("lab_results", 0, panel_id=99), r"lab_results\[0\]\.panel_id"),
    ("comparator", _set("lab_results", 0, comparator="~"), r"lab_results\[0\]\.comparator"),
    ("range upside down", _set("lab_results", 0, range_low=90.0), r"lab_results\[0\]\.range_low"),
    ("future panel", _set("lab_panels", 0, collected_on="2099-01-01"), r"lab_panels\[0\]"),
    ("unit factors", _set("lab_tests", 0, other_units="{bad"), r"lab_tests\[0\]\.other_units"),
    ("zone view", _set("zones", 0, view="sideways"), r"zones\[0\]\.view"),
    ("rule id", _set("rule_states", 0, rule_id="a.b"), r"rule_states\[0\]\.rule_id"),
    (
        "threshold text",
        lambda d: d["settings"].append({"key": "rules.liver_rise.percent", "value": "lots"}),
        r"settings\[\d+\]\.value: .*rules\.liver_rise\.percent",
    ),
    (
        "unknown setting",
        lambda d: d["settings"].append({"key": "secret.mode", "value": "on"}),
        r"settings\[\d+\]\.key: 'secret\.mode' is not a setting",
    ),
    ("setting value", _set("settings", 0, value="-3"), r"settings\[0\]\.value"),
    (
        "duplicate id",
        lambda d: d["injections"].append(dict(d["injections"][0])),
        r"injections\[3\]\.id: .*appears twice",
    ),
    ("unknown part", lambda d: d.update(secrets=[]), r"part Dosebook does not know: 'secrets'"),
]


@pytest.mark.parametrize(("name", "mutate", "message"), NASTY, ids=[n for n, _, _ in NASTY])
def test_a_file_a_screen_would_refuse_is_refused_and_the_diary_left_as_it_was(
    tmp_path: Path, name: str, mutate: Callable[[dict], None], message: str
) -> None:
    doc = small_export(tmp_path.parent)
    mutate(doc)
    path, key = tmp_path / "target.dosebook", new_key()
    Diary.create_with_key(path, key).close()
    before = path.read_bytes()
    with Diary.open_with_key(path, key) as diary:
        with pytest.raises(ValidationError, match=message) as caught:
            diary.import_json(json.dumps(doc), check_rule_setting=check_rule_setting)
        assert diary.injections() == [] and diary.entries() == []
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == before


def test_the_unmutated_file_imports_and_reads_back(tmp_path: Path) -> None:
    doc = small_export(tmp_path.parent)
    with Diary.create_with_key(tmp_path / "t.dosebook", new_key()) as diary:
        diary.import_json(json.dumps(doc), check_rule_setting=check_rule_setting)
        assert [s.notes for s in diary.injections()] == ["dose 0", "dose 1", "dose 2"]
        assert diary.profile().timezone == "Europe/Berlin"
        assert json.loads(diary.export_json())["protocols"] == doc["protocols"]


def test_a_restore_goes_through_the_same_door(tmp_path: Path) -> None:
    """A backup whose file holds a record a screen would refuse is not put in place."""
    from app.store.files import backups
    from app.store.files.raw import open_raw

    key = new_key()
    path = tmp_path / "d.dosebook"
    with Diary.create_with_key(path, key) as diary:
        fill_small_diary(diary)
        backup = diary.backup_to(tmp_path / "hand-made.dosebook")
    conn = open_raw(backup, key)
    with conn:
        conn.execute("UPDATE protocol SET weekdays = '9,x'")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ValidationError, match=r"protocols\[0\]\.weekdays: '9,x'.*not restored"):
        backups.restore(backup, path, key)
    assert path.read_bytes() == before


def test_a_setting_from_a_screen_passes_the_same_check_as_one_imported(tmp_path: Path) -> None:
    with Diary.create_with_key(tmp_path / "d.dosebook", new_key()) as diary:
        with pytest.raises(ValidationError, match="'secret.mode' is not a setting"):
            diary.set_setting("secret.mode", "on")
        with pytest.raises(ValidationError, match="backup.keep_daily"):
            diary.set_setting("backup.keep_daily", "-3")
        diary.set_setting("backup.keep_daily", "3")
        assert diary.settings() == [("backup.keep_daily", "3")]


@pytest.mark.parametrize(
    ("language", "said"),
    [("de", "ist kein Datum wie 2026-03-01"), ("zh_CN", "不是像 2026-03-01 这样的日期")],
)
def test_a_refused_field_is_explained_in_the_active_language(language: str, said: str) -> None:
    from app.domain import i18n
    from app.store.interchange.fields import Location, read_value
    from app.store.schema.tables import Col

    i18n.use_language(language)
    try:
        with pytest.raises(ValidationError) as refused:
            read_value(
                Col("planned_end", "date", nullable=True), "2027-3-9", Location("protocols", 0)
            )
    finally:
        i18n.use_language(i18n.SOURCE_LANGUAGE)
    assert str(refused.value) == f"protocols[0].planned_end: '2027-3-9' {said}"
