"""The condition types a rule can use, and the thresholds each one takes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.rules.conditions import care as cond_care
from app.rules.conditions import diary as cond_diary
from app.rules.conditions import labs as cond_labs
from app.rules.conditions import liver as cond_liver
from app.rules.conditions import sites as cond_sites
from app.rules.conditions import symptoms as cond_symptoms
from app.rules.facts import Facts
from app.rules.model import Finding, Params, ParamSpec

Check = Callable[[Facts, Params], list[Finding]]

# Every threshold name used in seeds/rules.toml, with its label (translated where it is shown,
# app/ui/warnings/labels.py) and the span a person may set.
PARAMS: dict[str, ParamSpec] = {
    spec.name: spec
    for spec in (
        ParamSpec(
            "within_days", "int", QT_TRANSLATE_NOOP("WarningRules", "Look back (days)"), 1, 3650
        ),
        ParamSpec("min_grade", "int", QT_TRANSLATE_NOOP("WarningRules", "From CTCAE grade"), 1, 4),
        ParamSpec("max_grade", "int", QT_TRANSLATE_NOOP("WarningRules", "Up to CTCAE grade"), 1, 4),
        ParamSpec(
            "percent", "float", QT_TRANSLATE_NOOP("WarningRules", "Rise of at least (%)"), 1, 10000
        ),
        ParamSpec(
            "log10_rise",
            "float",
            QT_TRANSLATE_NOOP("WarningRules", "Rise of at least (log10)"),
            0.1,
            6,
        ),
        ParamSpec(
            "alt_ast_multiple",
            "float",
            QT_TRANSLATE_NOOP("WarningRules", "ALT or AST above (× upper limit)"),
            1,
            100,
        ),
        ParamSpec(
            "bili_multiple",
            "float",
            QT_TRANSLATE_NOOP("WarningRules", "Bilirubin above (× upper limit)"),
            1,
            100,
        ),
        ParamSpec(
            "alp_multiple",
            "float",
            QT_TRANSLATE_NOOP("WarningRules", "Unless ALP is at least (× upper limit)"),
            1,
            100,
        ),
        ParamSpec(
            "pair_days",
            "int",
            QT_TRANSLATE_NOOP("WarningRules", "Results at most this many days apart"),
            0,
            365,
        ),
        ParamSpec(
            "fever_c", "float", QT_TRANSLATE_NOOP("WarningRules", "Fever from (°C)"), 37.5, 41
        ),
        ParamSpec(
            "high_fever_c",
            "float",
            QT_TRANSLATE_NOOP("WarningRules", "High fever above (°C)"),
            38,
            42,
        ),
        ParamSpec("level", "int", QT_TRANSLATE_NOOP("WarningRules", "Rating level (0–10)"), 0, 10),
        ParamSpec(
            "min_days", "int", QT_TRANSLATE_NOOP("WarningRules", "On at least (days)"), 1, 365
        ),
        ParamSpec(
            "days", "int", QT_TRANSLATE_NOOP("WarningRules", "Out of the last (days)"), 1, 365
        ),
        ParamSpec(
            "threshold",
            "float",
            QT_TRANSLATE_NOOP("WarningRules", "Worse by at least (points)"),
            0.1,
            10,
        ),
        ParamSpec(
            "min_points",
            "int",
            QT_TRANSLATE_NOOP("WarningRules", "Ratings needed in each stretch"),
            1,
            365,
        ),
        ParamSpec(
            "hours",
            "float",
            QT_TRANSLATE_NOOP("WarningRules", "Present for at least (hours)"),
            1,
            720,
        ),
        ParamSpec(
            "injections",
            "int",
            QT_TRANSLATE_NOOP("WarningRules", "Reactions after this many injections"),
            2,
            50,
        ),
        ParamSpec("count", "int", QT_TRANSLATE_NOOP("WarningRules", "Missed doses"), 1, 50),
        ParamSpec(
            "grace_days",
            "int",
            QT_TRANSLATE_NOOP("WarningRules", "Grace after the due date (days)"),
            0,
            365,
        ),
        ParamSpec(
            "window_days",
            "int",
            QT_TRANSLATE_NOOP("WarningRules", "Counts if done within (days either side)"),
            1,
            90,
        ),
        ParamSpec(
            "months", "ints", QT_TRANSLATE_NOOP("WarningRules", "Months after the course ended")
        ),
        ParamSpec("group", "text", QT_TRANSLATE_NOOP("WarningRules", "Group of tests")),
        ParamSpec("tests", "list", QT_TRANSLATE_NOOP("WarningRules", "Tests")),
        ParamSpec("groups", "list", QT_TRANSLATE_NOOP("WarningRules", "Groups of tests")),
        ParamSpec("fields", "list", QT_TRANSLATE_NOOP("WarningRules", "Ratings")),
        ParamSpec("field", "text", QT_TRANSLATE_NOOP("WarningRules", "Rating")),
        ParamSpec("test", "text", QT_TRANSLATE_NOOP("WarningRules", "Test")),
        ParamSpec("caution", "text", QT_TRANSLATE_NOOP("WarningRules", "Caution")),
    )
}


@dataclass(frozen=True)
class Condition:
    """A condition type: its check and the thresholds it needs (others are optional)."""

    check: Check
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    settles: bool = False  # its evidence can settle (back in range), stepping a warning down


CONDITIONS: dict[str, Condition] = {
    "lab_grade": Condition(
        cond_labs.lab_grade,
        ("min_grade", "max_grade", "within_days"),
        ("tests", "groups"),
        settles=True,
    ),
    "out_of_range": Condition(
        cond_labs.out_of_range, ("within_days",), ("tests", "groups"), settles=True
    ),
    "rise_from_baseline": Condition(
        cond_labs.rise_from_baseline, ("percent", "within_days"), ("tests", "groups")
    ),
    "hbv_rise": Condition(cond_labs.hbv_rise, ("test", "log10_rise", "within_days"), settles=True),
    "hys_law": Condition(
        cond_liver.hys_law,
        ("alt_ast_multiple", "bili_multiple", "alp_multiple", "pair_days", "within_days"),
        settles=True,
    ),
    "fever": Condition(cond_symptoms.fever, ("fever_c", "high_fever_c", "min_days", "days")),
    "symptom_new": Condition(cond_symptoms.symptom_new, ("days", "min_days")),
    "reaction_severe": Condition(cond_sites.reaction_severe, ("within_days",), settles=True),
    "after_course_tests": Condition(
        cond_care.after_course_tests, ("group", "months", "window_days")
    ),
    "symptom_days": Condition(cond_diary.symptom_days, ("field", "level", "min_days", "days")),
    "rating_worse": Condition(
        cond_diary.rating_worse, ("threshold", "days", "min_points"), ("fields",)
    ),
    "new_sickness": Condition(cond_diary.new_sickness, ("days",)),
    "reaction_unresolved": Condition(cond_sites.reaction_unresolved, ("hours", "within_days")),
    "reactions_repeated": Condition(cond_sites.reactions_repeated, ("injections", "days")),
    "site_lump": Condition(cond_sites.site_lump, ("within_days",)),
    "labs_overdue": Condition(cond_care.labs_overdue, ("groups", "grace_days")),
    "doses_missed": Condition(cond_care.doses_missed, ("count", "days")),
    "vial_problem": Condition(cond_care.vial_problem, ("within_days",)),
    "profile_caution": Condition(cond_care.profile_caution, ("caution",)),
}
