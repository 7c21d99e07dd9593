"""Run the rules over a snapshot: most severe first, one banner per thing seen, in a fixed order."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from app.domain.i18n.seeds import rule_text
from app.domain.snapshot import RuleState, Snapshot
from app.rules.catalogue import rules_for
from app.rules.conditions import CONDITIONS
from app.rules.facts import Facts
from app.rules.model import SEVERITY_RANK, Rule, WarningSign


@dataclass(frozen=True)
class Evaluation:
    """Warnings to show, and those the person snoozed or dismissed (still there, just quiet)."""

    shown: tuple[WarningSign, ...]
    hidden: tuple[WarningSign, ...]


def evaluate(snapshot: Snapshot, rules: Iterable[Rule] | None = None) -> list[WarningSign]:
    """Every warning the snapshot raises, most severe first, then in rule-file order.

    Evidence already claimed by a more severe (or earlier) rule is left out of later ones, so an
    ALT of 118 appears once, under the rule that says most about it. A warning whose evidence has
    all settled (back in range, or a reaction marked settled) steps down to info, with the rule's
    settled message; settled evidence is listed after evidence that is still current.
    """
    if rules is None:
        rules = rules_for(snapshot.rule_settings)
    facts = Facts(snapshot)
    ordered = sorted(enumerate(rules), key=lambda item: (SEVERITY_RANK[item[1].severity], item[0]))
    claimed: set[str] = set()
    conditions = snapshot.conditions
    out: list[tuple[int, WarningSign]] = []
    for index, rule in ordered:
        if not rule.enabled or (rule.only_for and rule.only_for not in snapshot.conditions):
            continue
        findings = CONDITIONS[rule.condition].check(facts, rule.params)
        kept = [f for f in findings if f.keys and not f.keys <= claimed]
        if not kept:
            continue
        keys = frozenset().union(*(f.keys for f in kept))
        claimed |= keys
        current = [f for f in kept if not f.settled]
        settled = [f for f in kept if f.settled]
        out.append(
            (
                index,
                WarningSign(
                    rule=rule.id,
                    severity=rule.severity if current else "info",
                    title=rule_text(rule.title),
                    message=rule.message_text(conditions)
                    if current
                    else rule_text(rule.settled_message),
                    evidence=tuple(f.text for f in (*current, *settled)),
                    source=rule.source_text(conditions),
                    keys=keys,
                ),
            )
        )
    out.sort(key=lambda item: (SEVERITY_RANK[item[1].severity], item[0]))
    return [warning for _, warning in out]


def is_hidden(warning: WarningSign, state: RuleState | None, now: datetime) -> bool:
    """Snoozed until later than now, or dismissed with no evidence that is new since."""
    if state is None:
        return False
    if state.snoozed_until is not None and state.snoozed_until > now:
        return True
    return bool(state.dismissed_keys) and warning.keys <= state.dismissed_keys


def split_hidden(
    warnings: Iterable[WarningSign], states: Mapping[str, RuleState], now: datetime
) -> Evaluation:
    """Separate what to show from what the person snoozed or dismissed."""
    shown: list[WarningSign] = []
    hidden: list[WarningSign] = []
    for warning in warnings:
        (hidden if is_hidden(warning, states.get(warning.rule), now) else shown).append(warning)
    return Evaluation(tuple(shown), tuple(hidden))


def evaluate_snapshot(snapshot: Snapshot) -> Evaluation:
    """The warnings with the snapshot's own thresholds and banner states applied."""
    return split_hidden(evaluate(snapshot), snapshot.rule_states, snapshot.now)
