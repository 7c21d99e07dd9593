"""Diary conditions about the body: fever, and symptoms that are new or come more often."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

from app.domain.labs import as_decimal
from app.domain.records import SiteReaction
from app.domain.symptoms import LABEL_SYMPTOMS, SITE_DISCOMFORT, entry_symptoms, symptom_name
from app.rules import words
from app.rules.facts import Facts
from app.rules.model import Finding, Params


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _open_on(facts: Facts, reaction: SiteReaction, day: date) -> bool:
    tz = facts.snap.tz
    if reaction.observed_at > facts.snap.now or reaction.observed_at.astimezone(tz).date() > day:
        return False
    return reaction.resolved_at is None or reaction.resolved_at.astimezone(tz).date() >= day


def _degrees(value: float) -> str:
    return f"{value:.1f}\u00a0°C"


def fever(facts: Facts, p: Params) -> list[Finding]:
    """A temperature at `fever_c` or more on `min_days` of the last `days` days, above
    `high_fever_c` once, or at `fever_c` or more while an injection-site reaction was open."""
    fever_c, high_c = as_decimal(p["fever_c"]), as_decimal(p["high_fever_c"])
    hot = [
        (e.day, e.temperature_c)
        for e in facts.entries_since(facts.since(p["days"]))
        if e.temperature_c is not None and as_decimal(e.temperature_c) >= fever_c
    ]
    if not hot:
        return []
    high = [(day, t) for day, t in hot if as_decimal(t) > high_c]
    with_site = [
        (day, r) for day, _ in hot for r in facts.snap.reactions if _open_on(facts, r, day)
    ]
    if high:
        day, t = high[0]
        why = (
            f"{_degrees(t)} on {words.day(day, facts.as_of)} is above {p['high_fever_c']:g}\u00a0°C"
        )
    elif len(hot) >= p["min_days"]:
        why = f"{p['fever_c']:g}\u00a0°C or more on {len(hot)} of the last {p['days']} days"
    elif with_site:
        day, reaction = with_site[0]
        zone = facts.zone_labels.get(reaction.zone_id, reaction.zone_id)
        why = (
            f"{p['fever_c']:g}\u00a0°C or more on {words.day(day, facts.as_of)} while a reaction "
            f"at an injection site ({zone}) had not settled"
        )
    else:
        return []
    days = ", ".join(f"{_degrees(t)} on {words.weekday_day(d, facts.as_of)}" for d, t in hot)
    text = f"Temperature {days}: {why}"
    return [Finding(text, frozenset(f"fever:{d.isoformat()}" for d, _ in hot))]


def _order(symptom: str) -> tuple[int, str]:
    known = (*LABEL_SYMPTOMS, SITE_DISCOMFORT)
    return (known.index(symptom), "") if symptom in known else (len(known), symptom)


def symptom_new(facts: Facts, p: Params) -> list[Finding]:
    """A symptom noted in the last `days` days that the diary never had before (once it has some
    history), or one noted on at least `min_days` of them and on more days than in the `days`
    days before. Site discomfort is the entry's injection-site box."""
    days = p["days"]
    first = facts.since(days)
    previous_first = first - timedelta(days=days)
    earlier: set[str] = set()
    previous: Counter[str] = Counter()
    recent: dict[str, list[date]] = defaultdict(list)
    has_history = False
    for entry in facts.snap.entries:
        if entry.day > facts.as_of:
            break
        symptoms = entry_symptoms(entry)
        if entry.day < first:
            has_history = True
            earlier.update(symptoms)
            if entry.day >= previous_first:
                previous.update(symptoms)
        else:
            for symptom in symptoms:
                recent[symptom].append(entry.day)
    found: list[Finding] = []
    for symptom in sorted(recent, key=_order):
        seen = recent[symptom]
        name = symptom_name(symptom)
        if has_history and symptom not in earlier:
            when = ", ".join(words.weekday_day(d, facts.as_of) for d in seen)
            text = f"{name} on {when}, not in your diary before"
            found.append(Finding(text, frozenset({f"symptom:{symptom}:{seen[0].isoformat()}"})))
        elif len(seen) >= p["min_days"] and len(seen) > previous[symptom]:
            text = (
                f"{name} on {words.count(len(seen), 'day')} of the last {days}, up from "
                f"{previous[symptom]} in the {days} days before"
            )
            key = f"symptom_more:{symptom}:{_week(facts.as_of)}"
            found.append(Finding(text, frozenset({key})))
    return found
