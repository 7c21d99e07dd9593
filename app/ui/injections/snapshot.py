"""One read of everything the Injections tab shows, taken after each change to the diary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.domain.dose_guard import (
    DEFAULT_REACH_HOURS,
    DEFAULT_REPEAT_HOURS,
    REACH_SETTING,
    REPEAT_SETTING,
)
from app.domain.i18n.seeds import zone_label
from app.domain.injection_overview import (
    CourseOverview,
    DayMark,
    course_overview,
    month_marks,
    reaction_zones,
    zone_uses,
)
from app.domain.records import Injection, Protocol, SiteReaction, Vial, Zone
from app.domain.sites import ZoneUsage, recent_use_warning, suggest_next_zone, zone_usage

if TYPE_CHECKING:  # or the start-up's QuickReader, which has the same reads
    from app.store.diary import Diary

RECENT_USE_SETTING = "sites.recent_use_days"
DEFAULT_RECENT_USE_DAYS = 7


@dataclass
class InjectionSnapshot:
    """Protocols, injections, zones, vials and reactions as read at one moment."""

    tz: ZoneInfo
    protocols: list[Protocol]
    injections: list[Injection]
    zones: list[Zone]
    vials: list[Vial]
    reactions: list[SiteReaction]
    recent_use_days: int = DEFAULT_RECENT_USE_DAYS
    reach_hours: int = DEFAULT_REACH_HOURS  # the guard offers a dose this near (or the same day)
    repeat_hours: int = DEFAULT_REPEAT_HOURS  # a second dose this soon asks first
    _by_id: dict[int, Injection] = field(default_factory=dict, repr=False)

    @classmethod
    def read(cls, diary: Diary) -> InjectionSnapshot:
        """Read it all through the facade."""

        def whole(key: str, default: int) -> int:
            try:
                return int(diary.setting(key, str(default)))
            except ValueError:
                return default

        return cls(
            tz=diary.timezone(),
            protocols=diary.protocols(),
            injections=diary.injections(),
            zones=diary.zones(),
            vials=diary.vials(),
            reactions=diary.reactions(),
            recent_use_days=whole(RECENT_USE_SETTING, DEFAULT_RECENT_USE_DAYS),
            reach_hours=whole(REACH_SETTING, DEFAULT_REACH_HOURS),
            repeat_hours=whole(REPEAT_SETTING, DEFAULT_REPEAT_HOURS),
        )

    def injection(self, injection_id: int | None) -> Injection | None:
        """An injection by id."""
        if not self._by_id:
            self._by_id = {shot.id: shot for shot in self.injections if shot.id is not None}
        return self._by_id.get(injection_id) if injection_id is not None else None

    def protocol(self, protocol_id: int | None) -> Protocol | None:
        return next((p for p in self.protocols if p.id == protocol_id), None)

    def zone(self, zone_id: str) -> Zone | None:
        return next((z for z in self.zones if z.id == zone_id), None)

    def vial(self, vial_id: int | None) -> Vial | None:
        return next((v for v in self.vials if v.id == vial_id), None)

    def uses(self) -> list[tuple[str, datetime]]:
        return zone_uses(self.injections)

    def recent_use_note(self, zone_id: str, at: datetime, leave_out: int | None) -> str | None:
        """'Left upper abdomen was used 2 days ago…' when `zone_id` was used lately (the
        injection `leave_out`, being changed, not counted); else None."""
        uses = [
            use
            for shot, use in zip(self.injections, self.uses(), strict=True)
            if leave_out is None or shot.id != leave_out
        ]
        zone = self.zone(zone_id)
        label = zone_label(zone.label) if zone else ""
        return recent_use_warning(zone_id, uses, at, self.recent_use_days, label)

    def usage(self, now: datetime) -> dict[str, ZoneUsage]:
        return zone_usage(self.zones, self.uses(), now)

    def suggested_zone(self, now: datetime) -> Zone | None:
        return suggest_next_zone(self.zones, self.uses(), now)

    def last_zone_id(self, now: datetime) -> str | None:
        past = [shot for shot in self.injections if shot.taken_at <= now]
        return past[-1].zone_id if past else None

    def reaction_zones(self, now: datetime) -> set[str]:
        return reaction_zones(self.reactions, now)

    def overviews(self, now: datetime) -> list[CourseOverview]:
        """Every course not ended, soonest next dose first."""
        views = [
            course_overview(p, self.injections, self.zones, self.vials, self.tz, now)
            for p in self.protocols
            if p.ended_on is None
        ]
        return sorted(
            views,
            key=lambda view: (
                view.next_due is None,
                view.next_due.timestamp() if view.next_due else 0,
            ),
        )

    def marks(self, first: date, last: date, now: datetime) -> dict[date, list[DayMark]]:
        return month_marks(self.protocols, self.injections, self.tz, first, last, now)

    def taken_on(self, day: date) -> list[Injection]:
        """Injections taken on a local day."""
        return [shot for shot in self.injections if shot.taken_at.astimezone(self.tz).date() == day]
