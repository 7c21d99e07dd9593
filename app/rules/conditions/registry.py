"""The condition types a rule can use, and the thresholds each one takes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.rules.conditions import care as cond_care
from app.rules.conditions import diary as cond_diary
from app.rules.conditions import labs as cond_labs
from app.rules.conditions import sites as cond_sites
from app.rules.facts import Facts
from app.rules.model import Finding, Params, ParamSpec

Check = Callable[[Facts, Params], list[Finding]]

# Every threshold name used in seeds/rules.toml, with its label and the span a person may set.
PARAMS: dict[str, ParamSpec] = {
    spec.name: spec
    for spec in (
        ParamSpec("within_days", "int", "Look back (days)", 1, 3650),
        ParamSpec("min_grade", "int", "From CTCAE grade", 1, 4),
        ParamSpec("below_grade", "int", "Below CTCAE grade (5 = no limit)", 2, 5),
        ParamSpec("percent", "float", "Rise of at least (%)", 1, 10000),
        ParamSpec("log10_rise", "float", "Rise of at least (log10)", 0.1, 6),
        ParamSpec("alt_ast_multiple", "float", "ALT or AST at least (× upper limit)", 1, 100),
        ParamSpec("bili_multiple", "float", "Bilirubin above (× upper limit)", 1, 100),
        ParamSpec("level", "int", "Rating level (0–10)", 0, 10),
        ParamSpec("min_days", "int", "On at least (days)", 1, 365),
        ParamSpec("days", "int", "Out of the last (days)", 1, 365),
        ParamSpec("threshold", "float", "Worse by at least (points)", 0.1, 10),
        ParamSpec("min_points", "int", "Ratings needed in each stretch", 1, 365),
        ParamSpec("hours", "float", "Present for at least (hours)", 1, 720),
        ParamSpec("injections", "int", "Reactions after this many injections", 2, 50),
        ParamSpec("count", "int", "Missed doses", 1, 50),
        ParamSpec("grace_days", "int", "Grace after the due date (days)", 0, 365),
        ParamSpec("tests", "list", "Tests"),
        ParamSpec("groups", "list", "Groups of tests"),
        ParamSpec("fields", "list", "Ratings"),
        ParamSpec("field", "text", "Rating"),
        ParamSpec("test", "text", "Test"),
        ParamSpec("caution", "text", "Caution"),
    )
}


@dataclass(frozen=True)
class Condition:
    """A condition type: its check and the thresholds it needs (others are optional)."""

    check: Check
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()


CONDITIONS: dict[str, Condition] = {
    "lab_grade": Condition(
        cond_labs.lab_grade, ("min_grade", "below_grade", "within_days"), ("tests", "groups")
    ),
    "left_range": Condition(cond_labs.left_range, ("within_days",), ("tests", "groups")),
    "rise_from_baseline": Condition(
        cond_labs.rise_from_baseline, ("percent", "within_days"), ("tests", "groups")
    ),
    "hbv_rise": Condition(cond_labs.hbv_rise, ("test", "log10_rise", "within_days")),
    "hys_law": Condition(cond_labs.hys_law, ("alt_ast_multiple", "bili_multiple", "within_days")),
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
