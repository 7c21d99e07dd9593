"""Care conditions: labs overdue, missed doses, vial problems, and the profile's standing cautions."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.i18n import translate
from app.domain.labs import DueStatus, add_months, format_day, group_title, labs_due
from app.domain.labs.due import last_done_by_group
from app.domain.person import immune_active_on
from app.domain.records import Caution, Protocol
from app.domain.schedule import DoseStatus, adherence
from app.domain.vials import vial_problems
from app.rules import words
from app.rules.facts import Facts
from app.rules.model import Finding, Params


def caution_note(caution: Caution) -> str:
    """'Your profile notes an autoimmune disease' and the like."""
    return {
        Caution.AUTOIMMUNE: translate("RuleEvidence", "Your profile notes an autoimmune disease"),
        Caution.IMMUNOSUPPRESSED: translate(
            "RuleEvidence",
            "Your profile notes a transplant or treatment that suppresses the immune system",
        ),
        Caution.PREGNANT_OR_BREASTFEEDING: translate(
            "RuleEvidence", "Your profile notes pregnancy or breastfeeding"
        ),
        Caution.UNDER_18: translate("RuleEvidence", "Your profile notes being under 18"),
        Caution.IMMUNE_ACTIVE_DRUGS: translate(
            "RuleEvidence", "Your profile notes other medicines that act on the immune system"
        ),
    }[caution]


def labs_overdue(facts: Facts, p: Params) -> list[Finding]:
    """Monitoring groups past their longest interval (plus `grace_days`) during a course."""
    start = facts.course_start
    if start is None:
        return []
    groups = [g for g in facts.snap.monitoring if g.group in set(p["groups"])]
    last = last_done_by_group(facts.snap.panels, facts.snap.lab_tests)
    grace = timedelta(days=p["grace_days"])
    found: list[Finding] = []
    for item, group in zip(labs_due(groups, last, facts.as_of), groups, strict=True):
        if item.status == DueStatus.OVERDUE and item.due_by is not None:
            if facts.as_of > item.due_by + grace:
                found.append(Finding(item.text, frozenset({f"due:{group.group}:{item.due_by}"})))
        elif item.status == DueStatus.NEVER_DONE:
            due_by = add_months(start, group.max_months)
            if facts.as_of > due_by + grace:
                text = translate(
                    "RuleEvidence",
                    "{group}: no results since the course began on {day}; usually every "
                    "{least}–{most} months",
                ).format(
                    group=group_title(group.group),
                    day=format_day(start),
                    least=group.min_months,
                    most=group.max_months,
                )
                found.append(Finding(text, frozenset({f"due:{group.group}:{due_by}"})))
    return found


def _course_end(facts: Facts, protocol: Protocol) -> date | None:
    """When a course ended: the day it was ended, else a planned end that has passed."""
    if protocol.ended_on is not None:
        return protocol.ended_on
    if protocol.planned_end is not None and protocol.planned_end < facts.as_of:
        return protocol.planned_end
    return None


def after_course_tests(facts: Facts, p: Params) -> list[Finding]:
    """For someone whose diary holds tests of `group` (their monitoring group), tests of that
    group due `months` after a course ended: each from `window_days` before its date until there
    is a result from then on (a late one counts), for up to three months after the last one."""
    days = sorted(
        reading.day
        for code in facts.codes((), (p["group"],))
        for reading in facts.readings.get(code, ())
    )
    if not days:
        return []
    window = timedelta(days=p["window_days"])
    found: list[Finding] = []
    for protocol in facts.snap.protocols:
        end = _course_end(facts, protocol)
        if end is None or facts.as_of > add_months(end, max(p["months"]) + 3):
            continue
        for months in p["months"]:
            due = add_months(end, months)
            if facts.as_of < due - window or any(d >= due - window for d in days):
                continue
            late = f", was due by {format_day(due + window)}" if facts.as_of > due + window else ""
            text = (
                f"{protocol.product} course ended {format_day(end)}: {group_title(p['group'])} "
                f"{months} months after, around {format_day(due)}{late}"
            )
            found.append(Finding(text, frozenset({f"after:{protocol.id}:{end}:{months}"})))
    return found


def doses_missed(facts: Facts, p: Params) -> list[Finding]:
    """At least `count` doses of one protocol missed in the last `days` days."""
    snap = facts.snap
    first = facts.since(p["days"])
    found: list[Finding] = []
    for protocol in snap.protocols:
        outcomes = adherence(protocol, snap.injections, snap.tz, first, facts.as_of, snap.now)
        missed = [o.due_at for o in outcomes if o.status == DoseStatus.MISSED and o.due_at]
        if len(missed) < p["count"]:
            continue
        when = ", ".join(words.moment(t.astimezone(snap.tz), facts.as_of) for t in missed)
        if len(missed) == 1:
            template = translate(
                "RuleEvidence", "{product}: 1 dose with no injection logged in the last {days} days"
            )
        else:
            template = translate(
                "RuleEvidence",
                "{product}: {n} doses with no injection logged in the last {days} days",
            )
        text = template.format(product=protocol.product, n=len(missed), days=p["days"])
        text += f" ({when})"
        keys = frozenset(f"missed:{protocol.id}:{t.isoformat()}" for t in missed)
        found.append(Finding(text, keys))
    return found


def _problem_kind(text: str) -> str:
    for word, kind in (("expiry", "expired"), ("mixed", "beyond_use"), ("frozen", "frozen")):
        if word in text:
            return kind
    return "other"


def vial_problem(facts: Facts, p: Params) -> list[Finding]:
    """Open vials with a problem now, and vials with a problem when used in the last days."""
    snap = facts.snap
    since = snap.now - timedelta(days=p["within_days"])
    used_at: dict[int, list] = {}
    for shot in snap.injections:
        if shot.vial_id is not None and since < shot.taken_at <= snap.now:
            used_at.setdefault(shot.vial_id, []).append(shot.taken_at)
    found: list[Finding] = []
    for vial in snap.vials:
        problems: dict[str, str] = {}
        if vial.finished_on is None:
            for text in vial_problems(vial, snap.now):
                problems.setdefault(_problem_kind(text), text)
        for taken in used_at.get(vial.id, ()) if vial.id is not None else ():
            for text in vial_problems(vial, taken):
                kind = _problem_kind(text)
                when = words.moment(taken.astimezone(snap.tz), facts.as_of)
                used = translate("RuleEvidence", "Used {when}: {problem}")
                problems.setdefault(kind, used.format(when=when, problem=text))
        if vial.lot:
            name = translate("RuleEvidence", "Vial {lot}").format(lot=vial.lot)
        else:
            name = translate("RuleEvidence", "Vial of {product}").format(product=vial.product)
        for kind, text in problems.items():
            found.append(Finding(f"{name}: {text}", frozenset({f"vial:{vial.id}:{kind}"})))
    return found


def profile_caution(facts: Facts, p: Params) -> list[Finding]:
    """A standing caution the profile carries (for under 18, the birth year counts too; for
    immune-active medicines, a medicine on the list ticked as acting on the immune system)."""
    caution = Caution(p["caution"])
    profile = facts.snap.profile
    immune_active = immune_active_on(facts.snap.medications, facts.as_of)
    if caution in profile.cautions:
        text = caution_note(caution)
    elif caution == Caution.IMMUNE_ACTIVE_DRUGS and immune_active:
        names = ", ".join(m.name for m in immune_active)
        text = translate(
            "RuleEvidence",
            "Your medicines list includes {names}, ticked as acting on the immune system",
        ).format(names=names)
    elif (
        caution == Caution.UNDER_18
        and profile.birth_year is not None
        and facts.as_of.year - profile.birth_year < 18
    ):
        text = translate(
            "RuleEvidence", "Your profile gives the birth year {year}: under 18"
        ).format(year=profile.birth_year)
    else:
        return []
    return [Finding(text, frozenset({f"caution:{caution.value}"}))]
