"""The warning signs added for issue 18 at their boundaries: fever, new or more frequent symptoms,
a severe site reaction, immune markers "if accessible", hepatitis B tests after the course, and
rules only for a profile condition."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.domain.records import Condition, DiaryEntry, LabResult, Profile, SiteReaction
from app.rules import default_rules, evaluate
from tests.support.snapshots import (
    NOW,
    days_ago,
    panel,
    protocol,
    result,
    snapshot,
)
from tests.unit.test_rules_labs import fired


def temps(values: dict[int, float]) -> tuple[DiaryEntry, ...]:
    """Entries with a temperature, keyed by days ago."""
    return tuple(
        DiaryEntry(day=days_ago(n), temperature_c=t)
        for n, t in sorted(values.items(), reverse=True)
    )


# temperatures by days ago -> fires (38.0 °C or more on 2 of the last 7 days, or above 39.0 once)
FEVER = [
    ({0: 38.0, 3: 38.0}, True),
    ({0: 38.0, 3: 37.9}, False),
    ({0: 37.9, 3: 37.9, 5: 37.9}, False),
    ({0: 38.0, 6: 38.0}, True),  # 6 days ago is inside the 7 days
    ({0: 38.0, 7: 38.0}, False),  # 7 days ago is not
    ({2: 39.1}, True),  # above 39.0 once
    ({2: 39.0}, False),  # exactly 39.0 is not above it
    ({8: 40.0}, False),
]


@pytest.mark.parametrize(("values", "fires"), FEVER)
def test_fever_boundaries(values: dict[int, float], fires: bool) -> None:
    assert bool(fired(snapshot(entries=temps(values)), "fever")) is fires


def test_fever_reads_with_its_days_and_reason() -> None:
    snap = snapshot(entries=temps({2: 38.4, 0: 39.2}))
    (warning,) = [w for w in evaluate(snap) if w.rule == "fever"]
    assert warning.severity == "warning"
    assert warning.evidence == (
        "Temperature 38.4\u00a0°C on Sun 22 Nov, 39.2\u00a0°C on Tue 24 Nov: 39.2\u00a0°C on "
        "24 Nov is above 39\u00a0°C",
    )


def site_reaction(hours_ago: float, grade: int = 1, kind: str = "redness", lasted=None):
    seen = NOW - timedelta(hours=hours_ago)
    settled = None if lasted is None else seen + timedelta(hours=lasted)
    return SiteReaction(1, 1, "abd_l", seen, kind, grade, settled)


def test_one_fever_day_counts_while_a_site_reaction_is_open() -> None:
    entries = temps({1: 38.1})
    assert fired(snapshot(entries=entries), "fever") == []
    open_reaction = snapshot(entries=entries, reactions=(site_reaction(40),))
    assert fired(open_reaction, "fever") == [
        "Temperature 38.1\u00a0°C on Mon 23 Nov: 38\u00a0°C or more on 23 Nov while a reaction "
        "at an injection site (Left abdomen) had not settled"
    ]
    settled_before = snapshot(entries=entries, reactions=(site_reaction(100, lasted=20),))
    assert fired(settled_before, "fever") == []


# grade, kind, hours ago, hours until settled -> (severity) or None
SEVERE_REACTION = [
    (3, "redness", 1, None, "urgent"),  # grade 3: urgent at once, not after 48 hours
    (2, "swelling", 1, None, None),
    (1, "open_sore", 1, None, "urgent"),  # an open sore is grade 3 whatever was ticked
    (1, "dead_skin", 1, None, "urgent"),
    (3, "redness", 10 * 24, 5 * 24, "info"),  # settled 5 days ago: steps down to a note
    (3, "redness", 30 * 24, 5 * 24, None),  # settled 25 days ago: outside the 14 days
]


@pytest.mark.parametrize(("grade", "kind", "ago", "lasted", "severity"), SEVERE_REACTION)
def test_a_severe_site_reaction_is_urgent_at_once(
    grade: int, kind: str, ago: float, lasted: float | None, severity: str | None
) -> None:
    snap = snapshot(reactions=(site_reaction(ago, grade, kind, lasted),))
    found = [w for w in evaluate(snap) if w.rule == "site_reaction_severe"]
    assert (found[0].severity if found else None) == severity
    if severity == "info":
        assert found[0].message.startswith("The reaction was marked settled.")


def test_a_severe_reaction_says_what_to_do_and_is_shown_once() -> None:
    snap = snapshot(reactions=(site_reaction(60, 3, "open_sore"),))
    found = [w for w in evaluate(snap) if "reaction:1" in w.keys]
    assert [w.rule for w in found] == ["site_reaction_severe"]  # not also "lingering"
    (warning,) = found
    assert warning.evidence == (
        "Open sore (grade 3 of 5 on the CTCAE scale) at Left abdomen, seen Sun 22 Nov 00:00; "
        "not marked settled",
    )
    assert "call emergency services" in warning.message
    assert "hives" in warning.message.lower() and "trouble breathing" in warning.message


def symptom_days(values: dict[int, tuple[str, ...]], site: set[int] = frozenset()):
    """Entries keyed by days ago with their symptoms; `site` ticks the injection-site box."""
    days = set(values) | set(site)
    return tuple(
        DiaryEntry(day=days_ago(n), symptoms=values.get(n, ()), site_trouble=n in site)
        for n in sorted(days, reverse=True)
    )


HISTORY = {40: ("headache",), 20: ()}

# symptoms by days ago (with HISTORY before the 14 days) -> evidence starts
SYMPTOMS = [
    ({3: ("rash",)}, ["Rash on Sat 21 Nov, not in your diary before"]),
    ({3: ("headache",)}, []),  # had it before, and only once now
    ({13: ("rash",)}, ["Rash on Wed 11 Nov, not in your diary before"]),
    ({14: ("rash",)}, []),  # outside the 14 days, and so part of the history
    (
        {1: ("headache",), 2: ("headache",), 3: ("headache",)},
        ["Headache on 3 days of the last 14, up from 0 in the 14 days before"],
    ),
    ({1: ("headache",), 2: ("headache",)}, []),  # fewer than 3 days
]


@pytest.mark.parametrize(("recent", "expected"), SYMPTOMS)
def test_new_or_more_frequent_symptoms(recent: dict, expected: list[str]) -> None:
    snap = snapshot(entries=symptom_days(HISTORY | recent))
    assert fired(snap, "symptoms_new") == expected


def test_more_often_needs_more_days_than_the_two_weeks_before() -> None:
    before = {n: ("joint_pain",) for n in (15, 16, 17)}
    now = {n: ("joint_pain",) for n in (1, 2, 3)}
    assert fired(snapshot(entries=symptom_days(HISTORY | before | now)), "symptoms_new") == []
    now[4] = ("joint_pain",)
    assert fired(snapshot(entries=symptom_days(HISTORY | before | now)), "symptoms_new") == [
        "Joint pain on 4 days of the last 14, up from 3 in the 14 days before"
    ]


def test_the_site_box_counts_as_discomfort_at_an_injection_site() -> None:
    snap = snapshot(entries=symptom_days(HISTORY, site={2}))
    assert fired(snap, "symptoms_new") == [
        "Discomfort at an injection site on Sun 22 Nov, not in your diary before"
    ]


def test_a_brand_new_diary_notes_frequent_symptoms_but_nothing_as_new() -> None:
    once = symptom_days({2: ("rash",)})
    assert fired(snapshot(entries=once), "symptoms_new") == []
    often = symptom_days({1: ("rash",), 2: ("rash",), 3: ("rash",)})
    assert fired(snapshot(entries=often), "symptoms_new") == [
        "Rash on 3 days of the last 14, up from 0 in the 14 days before"
    ]


def test_immune_markers_say_if_accessible_and_are_a_note() -> None:
    snap = snapshot(panels=(panel(date(2025, 11, 1), result("cd4", 700, 440, 1496)),))
    (warning,) = [w for w in evaluate(snap) if w.rule == "immune_markers_due"]
    assert warning.severity == "info" and "if they are accessible" in warning.message
    assert warning.evidence == ("Immune markers: last 1 Nov 2025, was due by 1 Nov 2026",)
    assert not any("Immune" in e for e in fired(snap, "labs_overdue"))


def hbv(day: date) -> LabResult:
    return result("hbvdna", 20, comparator="<", high=20)


# The course ended 26 Jun 2026; the label's tests are due around 26 Aug, 26 Oct and 26 Dec.
ENDED = date(2026, 6, 26)
AFTER_COURSE = [
    # days of hepatitis B results, as-of day -> evidence
    ((ENDED,), date(2026, 7, 26), []),  # before the first window opens (27 Jul)
    ((ENDED,), date(2026, 7, 27), ["TA1 course ended 26 Jun 2026: Hepatitis B tests 2 months "
                                   "after, around 26 Aug 2026"]),
    ((ENDED, date(2026, 9, 25)), date(2026, 9, 25), []),  # done 30 days after: counts
    ((ENDED, date(2026, 9, 26)), date(2026, 9, 26), []),  # late, but done (and early for 4)
    ((ENDED,), date(2026, 9, 26), [
        "TA1 course ended 26 Jun 2026: Hepatitis B tests 2 months after, around 26 Aug 2026, "
        "was due by 25 Sep 2026",
        "TA1 course ended 26 Jun 2026: Hepatitis B tests 4 months after, around 26 Oct 2026",
    ]),
    ((), date(2026, 9, 26), []),  # no hepatitis B tests in the diary: not this group
]  # fmt: skip


@pytest.mark.parametrize(("done", "as_of", "expected"), AFTER_COURSE)
def test_hepatitis_b_tests_2_4_and_6_months_after_the_course(
    done: tuple[date, ...], as_of: date, expected: list[str]
) -> None:
    snap = snapshot(
        as_of=as_of,
        now=NOW.replace(year=as_of.year, month=as_of.month, day=as_of.day),
        protocols=(protocol(ended_on=ENDED),),
        panels=tuple(panel(d, hbv(d)) for d in done),
    )
    assert fired(snap, "hbv_after_course") == expected


def test_all_three_after_course_tests_are_named_and_stop_three_months_after_the_last() -> None:
    far = date(2027, 3, 20)
    snap = snapshot(
        as_of=far,
        now=NOW.replace(year=2027, month=3, day=20),
        protocols=(protocol(ended_on=ENDED),),
        panels=(panel(ENDED, hbv(ENDED)),),
    )
    assert [e.split(": ")[1][:27] for e in fired(snap, "hbv_after_course")] == [
        "Hepatitis B tests 2 months ",
        "Hepatitis B tests 4 months ",
        "Hepatitis B tests 6 months ",
    ]
    later = replace(snap, as_of=date(2027, 3, 27), now=NOW.replace(year=2027, month=3, day=27))
    assert fired(later, "hbv_after_course") == []


def test_a_rule_only_for_a_profile_condition_waits_for_it(tmp_path) -> None:
    text = (
        'settled_message = "Settled; tell your doctor."\n'
        '[[rule]]\nid = "x"\ntitle = "X"\nseverity = "info"\ncondition = "fever"\n'
        'only_for = "hepatitis_b"\nmessage = "Talk to your doctor."\nsource = "test"\n'
        "[rule.params]\nfever_c = 38.0\nhigh_fever_c = 39.0\nmin_days = 1\ndays = 7\n"
    )
    path = tmp_path / "rules.toml"
    path.write_text(text)
    rules = default_rules(path)
    snap = snapshot(entries=temps({0: 38.5}))
    assert evaluate(snap, rules) == []
    assert [
        w.rule
        for w in evaluate(
            replace(snap, profile=Profile(conditions=frozenset({Condition.HEPATITIS_B}))), rules
        )
    ] == ["x"]
    other = tmp_path / "other.toml"
    other.write_text(text.replace("hepatitis_b", "flu"))
    with pytest.raises(ValueError, match="unknown profile condition"):
        default_rules(other)


def test_every_shipped_rule_has_a_stable_id_and_the_new_ones_are_there() -> None:
    ids = [r.id for r in default_rules()]
    assert len(ids) == len(set(ids))
    for new in (
        "lab_out_of_range",
        "fever",
        "symptoms_new",
        "site_reaction_severe",
        "immune_markers_due",
        "hbv_after_course",
    ):
        assert new in ids
    assert "lab_left_range" not in ids


def test_settings_of_retired_rules_and_thresholds_still_import() -> None:
    from app.domain.errors import ValidationError
    from app.rules import check_rule_setting

    check_rule_setting("rules.lab_left_range.within_days", "90")  # the rule before lab_out_of_range
    check_rule_setting("rules.liver_grade.below_grade", "3")  # before max_grade
    check_rule_setting("rules.liver_grade.max_grade", "3")
    with pytest.raises(ValidationError):
        check_rule_setting("rules.crystal_ball.within_days", "9")
    with pytest.raises(ValidationError):
        check_rule_setting("rules.liver_grade.max_grade", "9")
