"""Injection-site conditions: a severe reaction, one that lingers, reactions after many
injections, a lump."""

from __future__ import annotations

from datetime import timedelta

from app.domain.labs import grade_label
from app.domain.records import SEVERE_REACTION_KINDS, SiteReaction
from app.rules import words
from app.rules.facts import Facts
from app.rules.model import Finding, Params


def _what(facts: Facts, r: SiteReaction) -> str:
    zone = facts.zone_labels.get(r.zone_id, r.zone_id)
    when = words.moment(r.observed_at.astimezone(facts.snap.tz), facts.as_of)
    kind = r.kind.replace("_", " ").capitalize()
    return f"{kind} ({grade_label(r.grade)}) at {zone}, seen {when}"


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
            text = f"{_what(facts, r)}; not marked settled"
        elif resolved.astimezone(facts.snap.tz).date() >= first:
            when = words.moment(resolved.astimezone(facts.snap.tz), facts.as_of)
            text = f"{_what(facts, r)}; marked settled {when}"
        else:
            continue
        found.append(Finding(text, frozenset({f"reaction:{r.id}"}), resolved is not None))
    return found


def _lasted(hours: float) -> str:
    return words.count(round(hours), "hour") if hours < 48 else words.count(int(hours // 24), "day")


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
            text = f"{_what(facts, r)}; not marked settled after {_lasted(hours)}"
        elif resolved.astimezone(facts.snap.tz).date() >= first:
            text = f"{_what(facts, r)}; it took {_lasted(hours)} to settle"
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
        state = "not yet marked settled" if open_ else "since settled"
        found.append(Finding(f"{_what(facts, r)}; {state}", frozenset({f"reaction:{r.id}"})))
    return found
