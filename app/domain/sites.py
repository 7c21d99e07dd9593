"""Injection-site rotation: which zone to suggest next, when to warn, and how each zone was used.

Rules of thumb from domain/sites.md: rotate between areas and sides, never use the zone used last,
and use the same spot no more than once every 4 weeks. A "use" is (zone id, aware datetime);
uses after `now` (mistyped future dates) are ignored everywhere here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from app.domain.i18n import translate
from app.domain.i18n.seeds import zone_label
from app.domain.records import Zone
from app.domain.wording import weekday_day

RECENT_USES_KEPT = 5
_SIDES = ("left", "right")


class AgeBucket(StrEnum):
    """Legend buckets for the body map: how long since a zone was last used."""

    NEVER = "never"
    UP_TO_7 = "up_to_7"
    DAYS_8_TO_14 = "8_to_14"
    DAYS_15_TO_28 = "15_to_28"
    OVER_28 = "over_28"

    @property
    def label(self) -> str:
        """Plain legend text for this bucket, in the active language."""
        return {
            AgeBucket.NEVER: translate("Sites", "Not used yet"),
            AgeBucket.UP_TO_7: translate("Sites", "7 days or less"),
            AgeBucket.DAYS_8_TO_14: translate("Sites", "8 to 14 days"),
            AgeBucket.DAYS_15_TO_28: translate("Sites", "15 to 28 days"),
            AgeBucket.OVER_28: translate("Sites", "More than 28 days"),
        }[self]


@dataclass(frozen=True)
class ZoneUsage:
    """How one zone has been used: what the body map colours and tooltips show."""

    zone_id: str
    last_used: datetime | None
    days_since: int | None  # calendar days in now's time zone; 0 means today
    count: int
    recent: tuple[datetime, ...]  # newest first, at most RECENT_USES_KEPT
    bucket: AgeBucket


def age_bucket(days_since: int | None) -> AgeBucket:
    """The legend bucket for a zone last used `days_since` days ago (None: never)."""
    if days_since is None:
        return AgeBucket.NEVER
    if days_since <= 7:
        return AgeBucket.UP_TO_7
    if days_since <= 14:
        return AgeBucket.DAYS_8_TO_14
    if days_since <= 28:
        return AgeBucket.DAYS_15_TO_28
    return AgeBucket.OVER_28


def suggest_next_zone(
    zones: Sequence[Zone], uses: Sequence[tuple[str, datetime]], now: datetime
) -> Zone | None:
    """The enabled zone to suggest next, or None when no enabled zone other than the last one exists.

    Order: never the zone used last; preferred zones first (if any of them is available);
    then the least recently used (never used counts as oldest); ties go to the side opposite the
    last use, then to the order of `zones` (the seeds' order). With a single enabled zone that was
    also used last, there is nothing to rotate to, so no suggestion is made and the person picks.
    """
    last_used = _last_use_by_zone(uses, now)
    last_zone_id = _last_zone_id(uses, now)
    candidates = [zone for zone in zones if zone.enabled and zone.id != last_zone_id]
    if not candidates:
        return None
    pool = [zone for zone in candidates if zone.preferred] or candidates
    order = {zone.id: index for index, zone in enumerate(zones)}
    last_side = next((zone.side for zone in zones if zone.id == last_zone_id), "")

    def rank(zone: Zone) -> tuple[bool, datetime, bool, int]:
        when = last_used.get(zone.id)
        same_side = last_side in _SIDES and zone.side == last_side
        return (
            when is not None,
            when or datetime.min.replace(tzinfo=UTC),
            same_side,
            order[zone.id],
        )

    return min(pool, key=rank)


def recent_use_warning(
    zone_id: str,
    uses: Sequence[tuple[str, datetime]],
    when: datetime,
    days: int = 7,
    label: str = "",
) -> str | None:
    """A plain note when zone_id was used within `days` calendar days before `when`, else None.

    Uses at exactly `when` are taken to be the injection being logged and are not counted.
    `label` is the zone's name for people, e.g. "Left lower abdomen".
    """
    tz = when.tzinfo
    earlier = [
        moment.astimezone(tz)
        for used_id, moment in uses
        if used_id == zone_id and moment.astimezone(UTC) < when.astimezone(UTC)
    ]
    if not earlier:
        return None
    latest = max(earlier, key=lambda moment: moment.astimezone(UTC))
    days_ago = (when.date() - latest.date()).days
    if days_ago > days:
        return None
    if days_ago == 0:
        used = translate("Sites", "{zone} was used earlier today ({day}).")
    elif days_ago == 1:
        used = translate("Sites", "{zone} was used yesterday ({day}).")
    else:
        used = translate("Sites", "{zone} was used {n} days ago ({day}).")
    name = zone_label(label) if label else translate("Sites", "This zone")
    advice = translate(
        "Sites",
        "If you use it again, keep at least a finger-width from the last spot: the same spot "
        "heals best when it is used no more than once every 4 weeks.",
    )
    return used.format(zone=name, n=days_ago, day=_short_date(latest)) + " " + advice


def zone_usage(
    zones: Sequence[Zone], uses: Sequence[tuple[str, datetime]], now: datetime
) -> dict[str, ZoneUsage]:
    """Usage of every zone in `zones` (enabled or not), keyed by zone id."""
    now_utc = now.astimezone(UTC)
    by_zone: dict[str, list[datetime]] = {zone.id: [] for zone in zones}
    for zone_id, moment in uses:
        if zone_id in by_zone and moment.astimezone(UTC) <= now_utc:
            by_zone[zone_id].append(moment)
    usage: dict[str, ZoneUsage] = {}
    for zone_id, moments in by_zone.items():
        moments.sort(key=lambda moment: moment.astimezone(UTC), reverse=True)
        last = moments[0] if moments else None
        days_since = None
        if last is not None:
            days_since = (now.date() - last.astimezone(now.tzinfo).date()).days
        usage[zone_id] = ZoneUsage(
            zone_id=zone_id,
            last_used=last,
            days_since=days_since,
            count=len(moments),
            recent=tuple(moments[:RECENT_USES_KEPT]),
            bucket=age_bucket(days_since),
        )
    return usage


def _last_use_by_zone(uses: Sequence[tuple[str, datetime]], now: datetime) -> dict[str, datetime]:
    """The latest use (as UTC) of each zone, at or before now."""
    now_utc = now.astimezone(UTC)
    latest: dict[str, datetime] = {}
    for zone_id, moment in uses:
        instant = moment.astimezone(UTC)
        if instant <= now_utc and (zone_id not in latest or instant > latest[zone_id]):
            latest[zone_id] = instant
    return latest


def _last_zone_id(uses: Sequence[tuple[str, datetime]], now: datetime) -> str | None:
    """The zone of the most recent use at or before now; on equal times the later-listed wins."""
    now_utc = now.astimezone(UTC)
    last_id: str | None = None
    last_instant: datetime | None = None
    for zone_id, moment in uses:
        instant = moment.astimezone(UTC)
        if instant <= now_utc and (last_instant is None or instant >= last_instant):
            last_id, last_instant = zone_id, instant
    return last_id


def _short_date(moment: datetime) -> str:
    """'Mon 12 Oct', in English whatever the computer's locale."""
    return weekday_day(moment.date())
