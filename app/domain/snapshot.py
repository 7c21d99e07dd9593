"""Everything the warning rules look at, read from the diary in one go as of one day.

It lives in domain (not in rules) because the store builds it and the rules read it, and those two
are siblings that never import each other. Only data up to `now` is in it, so evaluating the rules
on a snapshot gives the same answer every time for the same day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from zoneinfo import ZoneInfo

from app.domain.records import (
    DiaryEntry,
    Injection,
    LabPanel,
    LabTest,
    Medication,
    MonitoringGroup,
    Profile,
    Protocol,
    SiteReaction,
    Vial,
    Zone,
)


@dataclass(frozen=True)
class RuleState:
    """What the person did with a rule's banner: dismissed (for this evidence) or snoozed."""

    rule_id: str
    dismissed_keys: frozenset[str] = frozenset()  # evidence keys seen when it was dismissed
    snoozed_until: datetime | None = None  # timezone-aware


@dataclass(frozen=True)
class Snapshot:
    """The diary as of `as_of` (nothing later), plus the rule thresholds and banner states."""

    as_of: date
    now: datetime  # timezone-aware; the end of `as_of`, or the present moment on today
    tz: ZoneInfo
    profile: Profile = Profile()
    medications: tuple[Medication, ...] = ()  # other medicines, stopped ones too
    protocols: tuple[Protocol, ...] = ()
    injections: tuple[Injection, ...] = ()  # in time order
    reactions: tuple[SiteReaction, ...] = ()  # in time order
    vials: tuple[Vial, ...] = ()
    entries: tuple[DiaryEntry, ...] = ()  # in date order
    lab_tests: tuple[LabTest, ...] = ()
    panels: tuple[LabPanel, ...] = ()  # oldest first
    monitoring: tuple[MonitoringGroup, ...] = ()
    zones: tuple[Zone, ...] = ()
    # "rules.<id>.<param>" -> the person's threshold, as text
    rule_settings: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    rule_states: Mapping[str, RuleState] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def conditions(self) -> frozenset[str]:
        """What the protocol is for, from the profile (e.g. "hepatitis_b"): a rule marked
        `only_for` one of these shows only when it is here; `for_condition` sentences likewise."""
        return frozenset(c.value for c in self.profile.conditions)
