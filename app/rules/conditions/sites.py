"""Injection-site conditions: a severe reaction, one that lingers, reactions after many
injections, a lump."""

from __future__ import annotations

from datetime import timedelta

from app.domain.i18n import translate
from app.domain.labs import grade_label
from app.domain.records import SEVERE_REACTION_KINDS, SiteReaction
from app.rules import words
from app.rules.facts import Facts
from app.rules.model import Finding, Params


def _what(facts: Facts, r: SiteReaction) -> str:
    zone = facts.zone_labels.get(r.zone_id, r.zone_id)
    when = words.moment(r.observed_at.astimezone(facts.snap.tz), facts.as_of)
    return translate("RuleEvidence", "{kind} ({grade}) at {zone}, seen {when}").format(
        kind=reaction_kind(r.kind), grade=grade_label(r.grade), zone=zone, when=when
    )


def reaction_kind(kind: str) -> str:
    """The kind of a site reaction, capitalised: 'Redness', 'Open sore'."""
    return {
        "redness": translate("RuleEvidence", "Redness"),
        "swelling": translate("RuleEvidence", "Swelling"),
        "pain": translate("RuleEvidence", "Pain"),
        "itching": translate("RuleEvidence", "Itching"),
        "lump": translate("RuleEvidence", "Lump"),
        "bruise": translate("RuleEvidence", "Bruise"),
        "open_sore": translate("RuleEvidence", "Open sore"),
        "dead_skin": translate("RuleEvidence", "Dead skin"),
        "other": translate("RuleEvidence", "Other"),
    }.get(kind, kind.replace("_", " ").capitalize())


def reaction_severe(facts: Facts, p: Params) -> list[Finding]:
    """A grade-3 reaction (an open sore or dead skin): at once, until it settles and for
    `within_days` after; once settled it is evidence that has settled."""
    now = facts.snap.now
    first = facts.since(p["within_days"])
    found: list[Finding] = []
    for r in facts.snap.reactions:
        if (r.grade < 3 and r.kind not in SEVERE_REACTION_KINDS) or r.observed_at > now:
            continue
        resolved = r.resolved_at if r.resolved_at is not None and r.resolved_at <= now else None
        if resolved is None:
            text = translate("RuleEvidence", "{what}; not marked settled").format(
                what=_what(facts, r)
            )
        elif resolved.astimezone(facts.snap.tz).date() >= first:
            when = words.moment(resolved.astimezone(facts.snap.tz), facts.as_of)
            text = translate("RuleEvidence", "{what}; marked settled {when}").format(
                what=_what(facts, r), when=when
            )
        else:
            continue
        found.append(Finding(text, frozenset({f"reaction:{r.id}"}), resolved is not None))
    return found


def _lasted(hours: float) -> str:
    if hours < 48:
        n = round(hours)
        one, many = translate("RuleEvidence", "1 hour"), translate("RuleEvidence", "{n} hours")
    else:
        n = int(hours // 24)
        one, many = translate("RuleEvidence", "1 day"), translate("RuleEvidence", "{n} days")
    return one if n == 1 else many.format(n=n)


def reaction_unresolved(facts: Facts, p: Params) -> list[Finding]:
    """A reaction present for at least `hours`: still open, or settled late within the window."""
    now = facts.snap.now
    first = facts.since(p["within_days"])
    found: list[Finding] = []
    for r in facts.snap.reactions:
        resolved = r.resolved_at if r.resolved_at is not None and r.resolved_at <= now else None
        hours = ((resolved or now) - r.observed_at).total_seconds() / 3600
        if hours < p["hours"] - 1e-9:
            continue
        if resolved is None:
            text = translate("RuleEvidence", "{what}; not marked settled after {time}").format(
                what=_what(facts, r), time=_lasted(hours)
            )
        elif resolved.astimezone(facts.snap.tz).date() >= first:
            text = translate("RuleEvidence", "{what}; it took {time} to settle").format(
                what=_what(facts, r), time=_lasted(hours)
            )
        else:
            continue
        found.append(Finding(text, frozenset({f"reaction:{r.id}"})))
    return found


def reactions_repeated(facts: Facts, p: Params) -> list[Finding]:
    """Reactions after at least `injections` different injections within the last `days` days."""
    since = facts.snap.now - timedelta(days=p["days"])
    recent = [r for r in facts.snap.reactions if since < r.observed_at <= facts.snap.now]
    injections = {r.injection_id if r.injection_id is not None else f"r{r.id}" for r in recent}
    if len(injections) < p["injections"]:
        return []
    return [Finding(_what(facts, r), frozenset({f"repeat:{r.id}"})) for r in recent]


def site_lump(facts: Facts, p: Params) -> list[Finding]:
    """A lump noted at a zone: still open, or seen within the window."""
    now = facts.snap.now
    first = facts.since(p["within_days"])
    found: list[Finding] = []
    for r in facts.snap.reactions:
        if r.kind != "lump":
            continue
        open_ = r.resolved_at is None or r.resolved_at > now
        if not open_ and r.observed_at.astimezone(facts.snap.tz).date() < first:
            continue
        if open_:
            state = translate("RuleEvidence", "not yet marked settled")
        else:
            state = translate("RuleEvidence", "since settled")
        found.append(Finding(f"{_what(facts, r)}; {state}", frozenset({f"reaction:{r.id}"})))
    return found
