"""Diary conditions about the body: fever, and symptoms that are new or come more often."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

from app.domain.i18n import translate
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


def _degrees(value: float, digits: int = 1) -> str:
    return f"{words.localize(f'{value:.{digits}f}')}\u00a0°C"


def _limit(value: float) -> str:
    return f"{words.localize(f'{value:g}')}\u00a0°C"


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
        why = translate("RuleEvidence", "{temperature} on {day} is above {limit}").format(
            temperature=_degrees(t),
            day=words.day(day, facts.as_of),
            limit=_limit(p["high_fever_c"]),
        )
    elif len(hot) >= p["min_days"]:
        why = translate("RuleEvidence", "{limit} or more on {n} of the last {days} days").format(
            limit=_limit(p["fever_c"]), n=len(hot), days=p["days"]
        )
    elif with_site:
        day, reaction = with_site[0]
        zone = facts.zone_labels.get(reaction.zone_id, reaction.zone_id)
        why = translate(
            "RuleEvidence",
            "{limit} or more on {day} while a reaction at an injection site ({zone}) had not "
            "settled",
        ).format(limit=_limit(p["fever_c"]), day=words.day(day, facts.as_of), zone=zone)
    else:
        return []
    on_day = translate("RuleEvidence", "{temperature} on {day}")
    days = translate("Dates", ", ", "list separator").join(
        on_day.format(temperature=_degrees(t), day=words.weekday_day(d, facts.as_of))
        for d, t in hot
    )
    text = translate("RuleEvidence", "Temperature {days}: {why}").format(days=days, why=why)
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
            when = translate("Dates", ", ", "list separator").join(
                words.weekday_day(d, facts.as_of) for d in seen
            )
            text = translate("RuleEvidence", "{symptom} on {days}, not in your diary before")
            text = text.format(symptom=name, days=when)
            found.append(Finding(text, frozenset({f"symptom:{symptom}:{seen[0].isoformat()}"})))
        elif len(seen) >= p["min_days"] and len(seen) > previous[symptom]:
            if len(seen) == 1:
                text = translate(
                    "RuleEvidence",
                    "{symptom} on 1 day of the last {days}, up from {before} in the {days} days "
                    "before",
                )
            else:
                text = translate(
                    "RuleEvidence",
                    "{symptom} on {n} days of the last {days}, up from {before} in the {days} "
                    "days before",
                )
            text = text.format(symptom=name, n=len(seen), days=days, before=previous[symptom])
            key = f"symptom_more:{symptom}:{_week(facts.as_of)}"
            found.append(Finding(text, frozenset({key})))
    return found
