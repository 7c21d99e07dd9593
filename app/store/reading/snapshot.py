"""Diary facade part: one read of everything the warning rules need, as of a day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from types import MappingProxyType

from app.domain.snapshot import Snapshot


class SnapshotReader:
    """Mixed into Diary; reads through its other facade parts."""

    def snapshot(self, as_of: date | None = None, now: datetime | None = None) -> Snapshot:
        """The diary as of the end of `as_of` (default today); `now` pins the moment if given.

        Records after that moment are left out, so the same day always gives the same snapshot.
        """
        tz = self.timezone()
        if now is None:
            now = datetime.now(tz)
            if as_of is not None and as_of != now.date():
                now = datetime.combine(as_of, time.max, tz)
        now = now.astimezone(tz)
        as_of = now.date()
        reactions = tuple(r for r in self.reactions() if r.observed_at <= now)
        return Snapshot(
            as_of=as_of,
            now=now,
            tz=tz,
            profile=self.profile(),
            medications=tuple(self.medications()),
            protocols=tuple(p for p in self.protocols() if p.start <= as_of),
            injections=tuple(self.injections(end=now + timedelta(microseconds=1))),
            reactions=reactions,
            vials=tuple(self.vials()),
            entries=tuple(self.entries(end=as_of)),
            lab_tests=tuple(self.lab_tests()),
            panels=tuple(self.panels(end=as_of)),
            monitoring=tuple(self.monitoring_groups()),
            zones=tuple(self.zones()),
            rule_settings=MappingProxyType(self.rule_settings()),
            rule_states=MappingProxyType(self.rule_states()),
        )
