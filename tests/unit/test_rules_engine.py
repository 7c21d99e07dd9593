"""The engine over real diaries: the demo's ALT warning, a healthy diary, determinism, the rules
file, and snoozing, dismissing and thresholds kept through the Diary facade."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.access import create_demo
from app.domain.records import Caution, DiaryEntry, Injection, LabPanel, LabResult, Profile
from app.rules import (
    CONDITIONS,
    RuleFileError,
    default_rules,
    evaluate,
    evaluate_snapshot,
)
from app.store.changes import Change
from app.store.demo import demo_start
from app.store.diary import Diary
from tests.support.snapshots import protocol

DEMO_DAY = date(2026, 11, 24)
TZ = ZoneInfo("Europe/Berlin")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    diary = create_demo(tmp_path_factory.mktemp("demo") / "demo.dosebook", DEMO_DAY)
    yield diary
    diary.close()


ALT_118 = (
    "ALT 118 U/L on 27 Jul, above its range (7–55), 2.1× the upper limit, grade 1 of 5 on the "
    "CTCAE scale; it was 38 on 27 Apr, within range"
)


def test_the_demo_notes_its_alt_back_in_range(demo: Diary) -> None:
    shown = evaluate_snapshot(demo.snapshot(DEMO_DAY)).shown
    assert [(w.rule, w.severity) for w in shown] == [("lab_out_of_range", "info")]
    alt = shown[0].evidence[0]
    alt_day = demo_start(DEMO_DAY) + timedelta(weeks=26)
    assert alt_day == date(2026, 7, 27)
    assert alt == ALT_118 + "; back in range since 26 Oct (44 U/L)"
    assert "doctor" in shown[0].message and "back within their range" in shown[0].message


def test_as_of_before_the_alt_panel_there_is_no_alt_warning(demo: Diary) -> None:
    before = evaluate(demo.snapshot(date(2026, 7, 26)))
    assert not any("ALT 118" in e for w in before for e in w.evidence)
    after = evaluate(demo.snapshot(date(2026, 8, 1)))
    assert after[0].evidence[0] == ALT_118
    assert "grade 1 of 5" in after[0].message


def test_evaluation_is_deterministic_for_an_as_of_date(demo: Diary) -> None:
    first = [w.as_json() for w in evaluate(demo.snapshot(date(2026, 9, 1)))]
    again = [w.as_json() for w in evaluate(demo.snapshot(date(2026, 9, 1)))]
    assert first == again
    assert demo.snapshot(date(2026, 9, 1)).entries[-1].day == date(2026, 9, 1)


def _healthy_diary(path: Path, key) -> Diary:
    diary = Diary.create_with_key(path, key)
    diary.save_profile(
        Profile(sex=diary.profile().sex, birth_year=1980, timezone="Europe/Berlin",
                cautions=frozenset({Caution.AUTOIMMUNE}))
    )  # fmt: skip
    start = DEMO_DAY - timedelta(weeks=20)
    start -= timedelta(days=start.weekday())
    p = diary.save_protocol(replace(protocol(), id=None, start=start))
    zone = diary.zones()[0].id
    day = start
    while day < DEMO_DAY:
        if day.weekday() in (0, 3):
            diary.log_injection(
                Injection(None, datetime.combine(day, time(20, 10), TZ), p.id, 1.6, "mg", zone)
            )
        diary.save_entry(DiaryEntry(day=day, energy=6, fatigue=3, wellbeing=7))
        day += timedelta(days=1)
    tests = {t.code: t for t in diary.lab_tests()}
    for collected in (start - timedelta(days=5), start + timedelta(weeks=12)):
        results = tuple(
            LabResult(None, code, value, tests[code].unit, range_low=low, range_high=high)
            for code, value, low, high in (
                ("alt", 30, 7, 55), ("wbc", 6.0, 4.5, 11.0), ("cd4", 700, 440, 1496)
            )
        )  # fmt: skip
        diary.save_panel(LabPanel(None, collected, "Lab", results=results), today=DEMO_DAY)
    return diary


def test_a_diary_with_nothing_wrong_raises_only_its_standing_cautions(tmp_path, fast_key) -> None:
    with _healthy_diary(tmp_path / "ok.dosebook", fast_key) as diary:
        found = evaluate(diary.snapshot(DEMO_DAY))
    assert [w.rule for w in found] == ["caution_autoimmune"]
    assert found[0].evidence == ("Your profile notes an autoimmune disease",)


def test_dismiss_holds_until_new_evidence_and_snooze_for_a_week(demo_copy: Diary) -> None:
    diary = demo_copy
    (alt,) = evaluate_snapshot(diary.snapshot(DEMO_DAY)).shown
    diary.dismiss_rule(alt.rule, alt.keys)
    result = evaluate_snapshot(diary.snapshot(DEMO_DAY))
    assert result.shown == () and [w.rule for w in result.hidden] == ["lab_out_of_range"]
    # New evidence: another ALT above range brings the banner back.
    tests = {t.code: t for t in diary.lab_tests()}
    diary.save_panel(
        LabPanel(None, DEMO_DAY, "Lab", results=(
            LabResult(None, "alt", 80, tests["alt"].unit, range_low=7, range_high=55),
        )),
        today=DEMO_DAY,
    )  # fmt: skip
    shown = evaluate_snapshot(diary.snapshot(DEMO_DAY)).shown
    assert [(w.rule, w.severity) for w in shown] == [("lab_out_of_range", "info")]
    assert shown[0].evidence[0].endswith("since then 80 U/L on 24 Nov, still above its range")
    assert shown[0].evidence[1].startswith("ALT 80 U/L on 24 Nov")
    now = datetime.combine(DEMO_DAY, time(12), TZ)
    diary.snooze_rule("lab_out_of_range", now + timedelta(days=7))
    assert evaluate_snapshot(diary.snapshot(now=now + timedelta(days=6))).shown == ()
    assert evaluate_snapshot(diary.snapshot(now=now + timedelta(days=7, seconds=1))).shown
    diary.clear_rule_states()
    assert diary.rule_states() == {}


@pytest.fixture
def demo_copy(demo: Diary, tmp_path: Path):
    """A private copy of the demo (a backup opens with the same key; no second demo to write)."""
    diary = Diary.open_with_key(demo.backup_to(tmp_path / "copy.dosebook"), demo.key_material)
    yield diary
    diary.close()


def shown_rules(diary: Diary) -> list[str]:
    return [w.rule for w in evaluate_snapshot(diary.snapshot(DEMO_DAY)).shown]


def test_thresholds_are_kept_in_settings_and_reset(demo_copy: Diary) -> None:
    diary = demo_copy
    heard: list[Change] = []
    diary.subscribe(heard.append)
    diary.update_rule_settings({"rules.liver_grade.min_grade": "1"})
    assert diary.setting("rules.liver_grade.min_grade") == "1"
    # Grade 1 now counts for the liver rule, which comes first: the ALT of 118 goes to it.
    assert shown_rules(diary) == ["liver_grade"]
    rules = {"rules.lab_out_of_range.enabled": "0"}
    diary.update_rule_settings(rules, reset=["liver_grade", "lab_out_of_range"])
    assert diary.rule_settings() == {"rules.lab_out_of_range.enabled": "0"}
    # With the note switched off, the ALT goes to the next rule that sees it.
    assert shown_rules(diary) == ["liver_rise"]
    diary.update_rule_settings({}, reset=["lab_out_of_range"])
    assert diary.rule_settings() == {}
    assert shown_rules(diary) == ["lab_out_of_range"]
    assert all(Change.RULES in changes for changes in heard) and len(heard) == 3


def test_the_rules_file_uses_every_condition_and_always_points_to_the_doctor() -> None:
    rules = default_rules()
    assert {r.condition for r in rules} == set(CONDITIONS)
    for rule in rules:
        text = rule.message_text().lower()
        assert "doctor" in text, rule.id
        assert "{" not in text, rule.id
        assert rule.source


def test_a_broken_rules_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(
        '[[rule]]\nid = "x"\ntitle = "X"\nseverity = "warning"\ncondition = "crystal_ball"\n'
        'message = "Talk to your doctor."\nsource = "none"\n'
    )
    with pytest.raises(RuleFileError, match="settled_message"):
        default_rules(path)
    path.write_text('settled_message = "Settled. Tell your doctor."\n' + path.read_text())
    with pytest.raises(RuleFileError, match="unknown condition"):
        default_rules(path)
    path.write_text(path.read_text().replace("crystal_ball", "new_sickness") + "[rule.params]\n")
    with pytest.raises(RuleFileError, match="missing"):
        default_rules(path)


def test_json_form_has_the_documented_keys(demo: Diary) -> None:
    (warning,) = evaluate(demo.snapshot(DEMO_DAY))
    assert list(warning.as_json()) == ["rule", "severity", "title", "message", "evidence", "source"]
