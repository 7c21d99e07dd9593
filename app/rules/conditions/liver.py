"""Hy's law, as the FDA guidance on drug-induced liver injury (2009) describes the pattern.

ALT or AST above 3x its upper limit together with total bilirubin above 2x its upper limit, without
signs of blocked bile flow (ALP below 2x its upper limit). "Together" is a window this app chooses:
the bilirubin result collected within `pair_days` days of the ALT or AST result, before or after
(the guidance sets no number; results in this diary come weeks or months apart, and a bilirubin rise
can trail the enzymes). The ALP looked at is the one nearest in time to the ALT or AST result
within the same window; with none measured, the pattern still counts and the evidence says so.
"""

from __future__ import annotations

from datetime import timedelta

from app.domain.i18n import translate
from app.rules import words
from app.rules.conditions.lab_words import above, at_least, ratio
from app.rules.facts import Facts, LabPoint
from app.rules.model import Finding, Params


def _raised(facts: Facts, codes: tuple[str, ...], multiple: float, days: int) -> list[LabPoint]:
    first = facts.since(days)
    return [
        point
        for code in codes
        for point in facts.lab_points.get(code, ())
        if point.day >= first
        and point.exact
        and point.high
        and point.high > 0
        and above(point.value, multiple, point.high)
    ]


def _nearest_alp(facts: Facts, enzyme: LabPoint, window: timedelta) -> LabPoint | None:
    near = [
        p
        for p in facts.lab_points.get("alp", ())
        if p.exact and p.high and p.high > 0 and abs(p.day - enzyme.day) <= window
    ]
    return min(near, key=lambda p: (abs(p.day - enzyme.day), p.day), default=None)


def _part(facts: Facts, point: LabPoint, same_day: bool) -> str:
    times = ratio(point.value, point.high or 0)
    if same_day:
        return translate("RuleEvidence", "{result} ({times} the upper limit)").format(
            result=point.shown(), times=times
        )
    return translate("RuleEvidence", "{result} on {day} ({times} the upper limit)").format(
        result=point.shown(), day=words.day(point.day, facts.as_of), times=times
    )


def _text(
    facts: Facts, enzymes: list[LabPoint], bili: LabPoint, alp: LabPoint | None, p: Params
) -> str:
    same_day = all(e.day == bili.day for e in enzymes) and (alp is None or alp.day == bili.day)
    parts = words.join_words([_part(facts, e, same_day) for e in enzymes])
    text = translate("RuleEvidence", "{enzymes} with {bilirubin}").format(
        enzymes=parts, bilirubin=_part(facts, bili, same_day)
    )
    if same_day:
        text = translate("RuleEvidence", "On {day}: {text}").format(
            day=words.day(bili.day, facts.as_of), text=text
        )
    if alp is None:
        return text + translate("RuleEvidence", "; no ALP measured within {days} days").format(
            days=p["pair_days"]
        )
    return f"{text}; {_part(facts, alp, same_day)}"


def hys_law(facts: Facts, p: Params) -> list[Finding]:
    """ALT or AST above N× the upper limit with bilirubin above M× it within `pair_days` days,
    unless the ALP nearest the ALT or AST is at K× its upper limit or more."""
    window = timedelta(days=p["pair_days"])
    enzymes = _raised(facts, ("alt", "ast"), p["alt_ast_multiple"], p["within_days"])
    found: list[Finding] = []
    for bili in _raised(facts, ("bili",), p["bili_multiple"], p["within_days"]):
        paired: list[LabPoint] = []
        alp: LabPoint | None = None
        for enzyme in enzymes:
            if abs(enzyme.day - bili.day) > window:
                continue
            nearest = _nearest_alp(facts, enzyme, window)
            if nearest is not None and at_least(nearest.value, p["alp_multiple"], nearest.high):
                continue  # ALP this high points to blocked bile flow, not this pattern
            paired.append(enzyme)
            alp = alp or nearest
        if not paired:
            continue
        involved = [*paired, bili]
        backs = [facts.back_in_range(x.test.code, x.day) for x in involved]
        settled = all(back is not None for back in backs)
        text = _text(facts, paired, bili, alp, p)
        if settled:
            latest = max(back.day for back in backs if back is not None)
            text += translate("RuleEvidence", "; all back in range since {day}").format(
                day=words.day(latest, facts.as_of)
            )
        found.append(Finding(text, frozenset(x.key for x in involved), settled))
    return found
