"""Issue 18's warning signs as a user meets them: a diary exported as JSON, `dosebook new`,
`dosebook import` and `dosebook warnings --json`, one scenario per thing the issue asked for.
Run in-process (the CLI's own `main`) to keep the test run short."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.cli.main import main
from app.domain.keys import KeyMaterial
from app.domain.records import (
    Caution,
    DiaryEntry,
    Injection,
    LabPanel,
    LabResult,
    Profile,
    Protocol,
    SiteReaction,
)
from app.store.diary import Diary

AS_OF = date(2026, 11, 24)
START = date(2026, 1, 26)
TZ = ZoneInfo("Europe/Berlin")
PASSPHRASE = "a long passphrase\n"


def day(n: int) -> date:
    """`n` days before the as-of day."""
    return AS_OF - timedelta(days=n)


def lab(diary: Diary, collected: date, *values: tuple[str, float, float | None, float]) -> None:
    units = {t.code: t.unit for t in diary.lab_tests()}
    results = tuple(
        LabResult(None, code, v, units[code], text=f"{v:g}", range_low=lo, range_high=hi)
        for code, v, lo, hi in values
    )
    diary.save_panel(LabPanel(None, collected, "City Lab", results=results), today=AS_OF)


def warnings_after_import(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
    key: KeyMaterial,
    build: Callable[[Diary], None],
) -> list[dict]:
    """Build a diary, export it, import it into a new one with the CLI, print its warnings."""
    with Diary.create_with_key(tmp_path / "source.dosebook", key) as source:
        source.save_profile(Profile(timezone="Europe/Berlin"))
        source.save_protocol(
            Protocol(None, "TA1", 1.6, "mg", weekdays=(0, 3), start=START, time_of_day=time(20))
        )
        build(source)
        export = tmp_path / "export.json"
        export.write_text(source.export_json(), encoding="utf-8")
    diary = str(tmp_path / "imported.dosebook")

    def run(*args: str) -> str:
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE))
        assert main([*args, "--passphrase-stdin"]) == 0
        return capsys.readouterr().out

    run("new", diary)
    assert run("import", diary, str(export)).startswith("Imported ")
    return json.loads(run("warnings", diary, "--as-of", AS_OF.isoformat(), "--json"))


@pytest.fixture
def scenario(tmp_path, monkeypatch, capsys, fast_key):
    return lambda build: warnings_after_import(tmp_path, monkeypatch, capsys, fast_key, build)


def kinds(printed: list[dict]) -> list[tuple[str, str]]:
    return [(w["rule"], w["severity"]) for w in printed]


def lab_rules(printed: list[dict]) -> list[dict]:
    care = {"labs_overdue", "immune_markers_due", "doses_missed"}
    return [w for w in printed if w["rule"] not in care]


def test_every_result_outside_its_range_once_at_the_severity_its_grade_gives(scenario) -> None:
    def build(diary: Diary) -> None:
        # A first panel ever: two grade-1 counts, three tests CTCAE does not grade, a grade-2 ALT
        # and a grade-3 platelet count.
        lab(diary, day(5),
            ("wbc", 4.2, 4.5, 11.0), ("lymph", 0.9, 1.0, 4.8), ("cd8", 1100, 270, 918),
            ("igg", 1700, 767, 1590), ("il6", 9.0, None, 6.4), ("alt", 200, 7, 55),
            ("plt", 45, 150, 450), ("hgb", 14.5, 13.5, 17.5))  # fmt: skip

    printed = lab_rules(scenario(build))
    assert kinds(printed) == [
        ("lab_grade_severe", "urgent"),
        ("liver_grade", "warning"),
        ("lab_out_of_range", "info"),
    ]
    severe, liver, note = printed
    assert severe["evidence"] == [
        "PLT 45 ×10³/µL on 19 Nov, below the lower limit (150), grade 3 of 5 on the CTCAE scale"
    ]
    assert liver["evidence"] == [
        "ALT 200 U/L on 19 Nov, 3.6× the upper limit (55), grade 2 of 5 on the CTCAE scale"
    ]
    assert [e.split(" on ")[0] for e in note["evidence"]] == [
        "WBC 4.2 ×10³/µL",
        "ALC 0.9 ×10³/µL",
        "CD8 1100 /µL",
        "IL-6 9 pg/mL",
        "IgG 1700 mg/dL",
    ]  # catalogue order; fmt: skip
    everything = json.dumps(printed)
    assert everything.count("ALT 200") == 1 and "life-threatening" not in everything


def test_a_grade_3_site_reaction_is_urgent_at_once_with_the_emergency_signs(scenario) -> None:
    def build(diary: Diary) -> None:
        taken = datetime.combine(day(0), time(8), TZ)
        shot = diary.log_injection(Injection(None, taken, 1, 1.6, "mg", diary.zones()[0].id))
        seen = taken + timedelta(hours=2)
        diary.save_reaction(SiteReaction(None, shot.id, shot.zone_id, seen, "open_sore", 3))

    printed = scenario(build)
    assert kinds(printed)[0] == ("site_reaction_severe", "urgent")
    first = printed[0]
    assert first["evidence"][0].startswith("Open sore (grade 3 of 5 on the CTCAE scale) at ")
    assert "Hives, swelling of the face or lips, or trouble breathing" in first["message"]
    assert "call emergency services" in first["message"]


def test_a_fever_and_symptoms_new_to_the_diary_are_warnings(scenario) -> None:
    def build(diary: Diary) -> None:
        diary.save_entry(DiaryEntry(day=day(40), energy=6, symptoms=("headache",)))
        diary.save_entry(DiaryEntry(day=day(2), temperature_c=38.2, symptoms=("rash",)))
        diary.save_entry(
            DiaryEntry(day=day(1), temperature_c=38.5, symptoms=("rash", "joint_pain"))
        )

    printed = scenario(build)
    by_rule = {w["rule"]: w for w in printed}
    assert by_rule["fever"]["severity"] == "warning"
    assert by_rule["fever"]["evidence"] == [
        "Temperature 38.2\u00a0°C on Sun 22 Nov, 38.5\u00a0°C on Mon 23 Nov: 38\u00a0°C or more "
        "on 2 of the last 7 days"
    ]
    assert by_rule["symptoms_new"]["severity"] == "warning"
    assert by_rule["symptoms_new"]["evidence"] == [
        "Rash on Sun 22 Nov, Mon 23 Nov, not in your diary before",
        "Joint pain on Mon 23 Nov, not in your diary before",
    ]


def test_an_abnormal_baseline_grades_alp_lower_and_a_raised_alp_sets_hys_law_aside(
    scenario,
) -> None:
    def build(diary: Diary) -> None:
        lab(diary, START - timedelta(days=5), ("alp", 200, 45, 115), ("alt", 30, 7, 55))
        # ALT 3.6x and bilirubin 2.5x, but ALP 300 is 2.6x its ULN: not the Hy's law pattern.
        lab(diary, day(20), ("alt", 200, 7, 55), ("bili", 2.5, 0.1, 1.0), ("alp", 300, 45, 115))

    printed = lab_rules(scenario(build))
    assert "hys_law" not in [w["rule"] for w in printed]
    everything = [e for w in printed for e in w["evidence"]]
    alp = next(e for e in everything if e.startswith("ALP 300"))
    assert "not graded: CTCAE counts this test from your course baseline (200 U/L" in alp
    assert next(w["severity"] for w in printed if alp in w["evidence"]) == "info"


def test_hys_law_within_30_days_without_raised_alp_is_urgent(scenario) -> None:
    def build(diary: Diary) -> None:
        lab(diary, day(30), ("alt", 200, 7, 55), ("alp", 100, 45, 115))
        lab(diary, day(10), ("bili", 2.5, 0.1, 1.0))

    printed = scenario(build)
    assert kinds(printed)[0] == ("hys_law", "urgent")
    assert printed[0]["evidence"] == [
        "ALT 200 U/L on 25 Oct (3.6× the upper limit) with TBIL 2.5 mg/dL on 14 Nov (2.5× the "
        "upper limit); ALP 100 U/L on 25 Oct (0.9× the upper limit)"
    ]


def test_back_in_range_steps_down_and_a_change_inside_the_range_is_a_note(scenario) -> None:
    def build(diary: Diary) -> None:
        lab(diary, START - timedelta(days=5), ("bili", 0.3, 0.1, 1.0))
        lab(diary, day(120), ("alt", 200, 7, 55))
        lab(diary, day(29), ("alt", 44, 7, 55), ("bili", 0.6, 0.1, 1.0))

    printed = lab_rules(scenario(build))
    assert kinds(printed) == [("liver_grade", "info"), ("liver_rise", "info")]
    assert printed[0]["evidence"][0].endswith("back in range since 26 Oct (44 U/L)")
    assert printed[0]["message"].startswith("This was seen earlier, and newer results are back")
    assert printed[1]["evidence"][0].startswith("TBIL 0.6 mg/dL on 26 Oct, within its range")


def test_words_follow_their_sources(scenario) -> None:
    def build(diary: Diary) -> None:
        diary.save_profile(
            Profile(
                timezone="Europe/Berlin", cautions=frozenset({Caution.PREGNANT_OR_BREASTFEEDING})
            )
        )
        lab(diary, date(2025, 10, 1), ("cd4", 700, 440, 1496))

    printed = {w["rule"]: w for w in scenario(build)}
    pregnancy = printed["caution_pregnancy"]["message"]
    assert "only if the benefits clearly outweigh the risks" in pregnancy
    assert "close medical supervision" not in pregnancy
    assert "if they are accessible" in printed["immune_markers_due"]["message"]
    assert printed["immune_markers_due"]["severity"] == "info"


def test_hepatitis_b_tests_are_due_2_4_and_6_months_after_the_course(scenario) -> None:
    def build(diary: Diary) -> None:
        (course,) = diary.protocols()
        diary.save_protocol(Protocol(**{**course.__dict__, "ended_on": date(2026, 6, 26)}))
        diary.save_panel(
            LabPanel(None, date(2026, 6, 20), "City Lab", results=(
                LabResult(None, "hbvdna", 20, "[IU]/mL", comparator="<", text="<20",
                          range_high=20, range_text="<20"),
            )),
            today=AS_OF,
        )  # fmt: skip

    printed = {w["rule"]: w for w in scenario(build)}
    after = printed["hbv_after_course"]
    assert after["severity"] == "info"
    assert after["evidence"] == [
        "TA1 course ended 26 Jun 2026: Hepatitis B tests 2 months after, around 26 Aug 2026, "
        "was due by 25 Sep 2026",
        "TA1 course ended 26 Jun 2026: Hepatitis B tests 4 months after, around 26 Oct 2026",
    ]
    assert "2, 4 and 6 months" in after["message"]
