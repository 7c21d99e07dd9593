"""Symptom-diary conditions: a rating bad on most recent days, worsening, a new kind of sickness."""

from __future__ import annotations

from datetime import date

from app.domain.diary import HIGHER_IS_WORSE, series, worse_recently
from app.domain.i18n import translate
from app.domain.i18n.numbers import figure
from app.rules import words
from app.rules.facts import Facts
from app.rules.model import Finding, Params


def _label(field: str) -> str:
    return {
        "energy": translate("RuleEvidence", "Energy"),
        "fatigue": translate("RuleEvidence", "Fatigue"),
        "wellbeing": translate("RuleEvidence", "Well-being"),
    }[field]


def _sickness(kind: str) -> str:
    return {
        "cold": translate("RuleEvidence", "cold"),
        "flu": translate("RuleEvidence", "flu"),
        "stomach": translate("RuleEvidence", "stomach bug"),
        "other": translate("RuleEvidence", "other"),
    }.get(kind, kind)


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def symptom_days(facts: Facts, p: Params) -> list[Finding]:
    """A rating at `level` or worse on at least `min_days` of the last `days` days.

    "Worse" follows the rating: higher for fatigue, lower for energy and well-being. Days without
    an entry do not count either way.
    """
    field = p["field"]
    higher_is_worse = HIGHER_IS_WORSE[field]
    first = facts.since(p["days"])
    bad_days: list[date] = []
    for entry in facts.entries_since(first):
        value = getattr(entry, field)
        if value is None:
            continue
        if (value >= p["level"]) if higher_is_worse else (value <= p["level"]):
            bad_days.append(entry.day)
    if len(bad_days) < p["min_days"]:
        return []
    if higher_is_worse:
        template = translate(
            "RuleEvidence",
            "{rating} rated {level} or more on {n} of the last {days} days ({first} to {last})",
        )
    else:
        template = translate(
            "RuleEvidence",
            "{rating} rated {level} or less on {n} of the last {days} days ({first} to {last})",
        )
    text = template.format(
        rating=_label(field),
        level=p["level"],
        n=len(bad_days),
        days=p["days"],
        first=words.day(first, facts.as_of),
        last=words.day(facts.as_of, facts.as_of),
    )
    # Keyed by week: dismissing holds until a bad day falls in a week not seen before.
    return [Finding(text, frozenset(f"{field}:{_week(d)}" for d in bad_days))]


def rating_worse(facts: Facts, p: Params) -> list[Finding]:
    """Each rating whose mean over the last `days` days is worse than over the `days` before."""
    found: list[Finding] = []
    # Only the two stretches matter; older entries would only be sorted and skipped.
    recent = facts.entries_since(facts.since(2 * p["days"]))
    for field in p.get("fields", ("energy", "fatigue", "wellbeing")):
        if field not in HIGHER_IS_WORSE:
            continue
        change = worse_recently(
            series(recent, field),
            facts.as_of,
            p["days"],
            higher_is_worse=HIGHER_IS_WORSE[field],
            threshold=p["threshold"],
            min_points=p["min_points"],
        )
        if change is None or not change.worse:
            continue
        if HIGHER_IS_WORSE[field]:
            template = translate(
                "RuleEvidence",
                "{rating} averaged {recent} over the last {days} days, up from {previous} in the "
                "{days} days before",
            )
        else:
            template = translate(
                "RuleEvidence",
                "{rating} averaged {recent} over the last {days} days, down from {previous} in "
                "the {days} days before",
            )
        text = template.format(
            rating=_label(field),
            recent=figure(change.recent_mean, 1, fixed=True),
            previous=figure(change.previous_mean, 1, fixed=True),
            days=p["days"],
        )
        found.append(Finding(text, frozenset({f"worse:{field}:{_week(facts.as_of)}"})))
    return found


def new_sickness(facts: Facts, p: Params) -> list[Finding]:
    """A kind of sickness marked in the last `days` days that the diary never had before."""
    first = facts.since(p["days"])
    earlier: set[str] = set()
    recent: dict[str, date] = {}
    has_history = False
    for entry in facts.snap.entries:
        kind = (entry.sickness_kind or "other").strip().lower() if entry.sick else ""
        if entry.day < first:
            has_history = True
            if kind:
                earlier.add(kind)
        elif kind and kind not in recent:
            recent[kind] = entry.day
    if not has_history:
        return []  # nothing to compare with: every kind would look new
    return [
        Finding(
            translate(
                "RuleEvidence",
                "Marked sick ({kind}) on {day}, a kind of sickness not in your diary before",
            ).format(kind=_sickness(kind), day=words.day(day, facts.as_of)),
            frozenset({f"sick:{kind}:{day.isoformat()}"}),
        )
        for kind, day in sorted(recent.items(), key=lambda item: item[1])
        if kind not in earlier
    ]
