"""Feed the body map from the rotation rules: colours, suggested and last-used zones, reactions."""

from __future__ import annotations

from datetime import datetime

from app.domain.sites import ZoneUsage
from app.ui.bodymap import BodyMapWidget, ZoneUsageView
from app.ui.injections.snapshot import InjectionSnapshot


def usage_views(usage: dict[str, ZoneUsage], now: datetime) -> dict[str, ZoneUsageView]:
    """The domain's zone usage as the map's view of it (dates in now's time zone)."""
    tz = now.tzinfo
    return {
        zone_id: ZoneUsageView(
            days_since=use.days_since,
            count=use.count,
            recent=[moment.astimezone(tz).date() for moment in use.recent],
        )
        for zone_id, use in usage.items()
    }


def show_usage(body_map: BodyMapWidget, snapshot: InjectionSnapshot, now: datetime) -> None:
    """Recolour the map and move its marks to match the log as of `now`."""
    shown = {zone.id: zone for zone in body_map.zones()}
    # Reading the zone shapes from the SVG is the slow part: only do it when the zones changed.
    if any(shown.get(zone.id, zone) != zone for zone in snapshot.zones) or not shown:
        body_map.set_zones(snapshot.zones)
    body_map.set_usage(usage_views(snapshot.usage(now), now))
    suggested = snapshot.suggested_zone(now)
    body_map.set_suggested(suggested.id if suggested else None)
    body_map.set_last_used(snapshot.last_zone_id(now))
    body_map.set_reactions(snapshot.reaction_zones(now))
