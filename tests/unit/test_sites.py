"""Which zone the body map suggests next, the reuse warning, and the map's colours."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.records import Zone
from app.domain.sites import (
    AgeBucket,
    age_bucket,
    recent_use_warning,
    suggest_next_zone,
    zone_usage,
)

BERLIN = ZoneInfo("Europe/Berlin")
SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "zones.toml"
ZONES = tuple(Zone(**row) for row in tomllib.loads(SEEDS.read_text("utf-8"))["zone"])
NOW = datetime(2026, 10, 15, 20, 0, tzinfo=BERLIN)  # a Thursday


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def with_zone(zone_id: str, **changes: object) -> tuple[Zone, ...]:
    return tuple(replace(z, **changes) if z.id == zone_id else z for z in ZONES)


# --- suggestion -----------------------------------------------------------------------------


def test_first_suggestion_is_the_first_seed_zone() -> None:
    assert suggest_next_zone(ZONES, [], NOW).id == "abdomen-upper-left"


def test_rotation_alternates_sides_through_never_used_zones() -> None:
    uses: list[tuple[str, datetime]] = []
    picked = []
    for n in range(6):
        zone = suggest_next_zone(ZONES, uses, ago(30 - 3.5 * n))
        picked.append(zone.id)
        uses.append((zone.id, ago(30 - 3.5 * n)))
    assert picked == [
        "abdomen-upper-left",
        "abdomen-upper-right",
        "abdomen-lower-left",
        "abdomen-lower-right",
        "flank-left",
        "flank-right",
    ]


def test_never_used_zones_come_before_used_ones() -> None:
    uses = [(z.id, ago(60 - n)) for n, z in enumerate(ZONES) if z.id != "buttock-right"]
    assert suggest_next_zone(ZONES, uses, NOW).id == "buttock-right"


def test_least_recently_used_zone_wins() -> None:
    uses = [(z.id, ago(40 - n)) for n, z in enumerate(ZONES)]
    uses.append(("abdomen-upper-left", ago(1)))
    # upper-left was the oldest but has just been used; upper-right is now the oldest.
    assert suggest_next_zone(ZONES, uses, NOW).id == "abdomen-upper-right"


def test_the_zone_used_last_is_never_suggested_even_if_oldest_otherwise() -> None:
    two = tuple(z for z in ZONES if z.area == "flank")
    uses = [("flank-left", ago(10)), ("flank-right", ago(20)), ("flank-left", ago(1))]
    assert suggest_next_zone(two, uses, NOW).id == "flank-right"
    uses = [("flank-right", ago(2))]
    assert suggest_next_zone(two, uses, NOW).id == "flank-left"


def test_only_one_enabled_zone_that_was_just_used_gives_no_suggestion() -> None:
    only = tuple(replace(z, enabled=z.id == "thigh-front-left") for z in ZONES)
    assert suggest_next_zone(only, [("thigh-front-left", ago(3))], NOW) is None
    assert suggest_next_zone(only, [("flank-left", ago(3))], NOW).id == "thigh-front-left"
    assert suggest_next_zone(tuple(replace(z, enabled=False) for z in ZONES), [], NOW) is None


def test_disabled_zones_are_never_suggested() -> None:
    zones = with_zone("abdomen-upper-left", enabled=False, disabled_reason="scar")
    assert suggest_next_zone(zones, [], NOW).id == "abdomen-upper-right"


def test_preferred_zones_come_first_and_rotate_among_themselves() -> None:
    zones = tuple(replace(z, preferred=z.area == "thigh") for z in ZONES)
    uses = [("thigh-front-left", ago(7)), ("thigh-outer-left", ago(3.5))]
    # Right front thigh never used; the never-used abdomen zones wait because thighs are preferred.
    assert suggest_next_zone(zones, uses, NOW).id == "thigh-front-right"


def test_when_the_only_preferred_zone_was_used_last_others_are_offered() -> None:
    zones = with_zone("flank-right", preferred=True)
    assert suggest_next_zone(zones, [("flank-right", ago(1))], NOW).id == "abdomen-upper-left"


def test_a_disabled_preferred_zone_does_not_count() -> None:
    zones = with_zone("flank-right", preferred=True, enabled=False)
    assert suggest_next_zone(zones, [], NOW).id == "abdomen-upper-left"


def test_future_dated_uses_are_ignored() -> None:
    uses = [("abdomen-upper-left", NOW + timedelta(days=2))]
    assert suggest_next_zone(ZONES, uses, NOW).id == "abdomen-upper-left"


@settings(max_examples=200, deadline=None)
@given(
    enabled=st.lists(st.booleans(), min_size=len(ZONES), max_size=len(ZONES)),
    preferred=st.lists(st.booleans(), min_size=len(ZONES), max_size=len(ZONES)),
    uses=st.lists(
        st.tuples(st.sampled_from([z.id for z in ZONES]), st.integers(0, 24 * 90)), max_size=40
    ),
)
def test_suggestion_is_enabled_and_never_the_last_zone(
    enabled: list[bool], preferred: list[bool], uses: list[tuple[str, int]]
) -> None:
    zones = tuple(
        replace(z, enabled=e, preferred=p)
        for z, e, p in zip(ZONES, enabled, preferred, strict=True)
    )
    timed = [(zone_id, NOW - timedelta(hours=hours)) for zone_id, hours in uses]
    suggestion = suggest_next_zone(zones, timed, NOW)
    # On equal times the later-listed use counts as the last one.
    last = max(reversed(timed), key=lambda use: use[1])[0] if timed else None
    usable = [z for z in zones if z.enabled and z.id != last]
    if not usable:
        assert suggestion is None
        return
    assert suggestion is not None and suggestion.enabled and suggestion.id != last
    if any(z.preferred for z in usable):
        assert suggestion.preferred


# --- warning --------------------------------------------------------------------------------


def test_warning_names_the_zone_and_the_day_it_was_used() -> None:
    monday = datetime(2026, 10, 12, 20, 0, tzinfo=BERLIN)
    message = recent_use_warning(
        "abdomen-lower-left", [("abdomen-lower-left", monday)], NOW, label="Left lower abdomen"
    )
    assert message is not None
    assert message.startswith("Left lower abdomen was used 3 days ago (Mon 12 Oct).")
    assert "once every 4 weeks" in message


def test_no_warning_for_an_older_use_or_another_zone() -> None:
    assert recent_use_warning("flank-left", [("flank-left", ago(8))], NOW) is None
    assert recent_use_warning("flank-left", [("flank-right", ago(1))], NOW) is None
    assert recent_use_warning("flank-left", [("flank-left", ago(7))], NOW) is not None
    assert recent_use_warning("flank-left", [("flank-left", ago(20))], NOW, days=28) is not None


def test_warning_says_today_and_yesterday_in_words() -> None:
    today = recent_use_warning("flank-left", [("flank-left", ago(0.25))], NOW)
    yesterday = recent_use_warning("flank-left", [("flank-left", ago(1))], NOW)
    assert today is not None and "This zone was used earlier today" in today
    assert yesterday is not None and "used yesterday" in yesterday


def test_the_injection_being_logged_does_not_warn_about_itself() -> None:
    assert recent_use_warning("flank-left", [("flank-left", NOW)], NOW) is None


# --- usage and legend -----------------------------------------------------------------------


def test_zone_usage_feeds_the_body_map() -> None:
    uses = [("flank-left", ago(d)) for d in (1, 4, 8, 11, 15, 18, 60)] + [("nowhere", ago(1))]
    usage = zone_usage(ZONES, uses, NOW)
    assert set(usage) == {z.id for z in ZONES}
    left = usage["flank-left"]
    assert (left.count, left.days_since, left.bucket) == (7, 1, AgeBucket.UP_TO_7)
    assert left.last_used == ago(1)
    assert left.recent == tuple(ago(d) for d in (1, 4, 8, 11, 15))
    right = usage["flank-right"]
    assert (right.count, right.days_since, right.last_used) == (0, None, None)
    assert right.bucket is AgeBucket.NEVER


def test_days_since_counts_calendar_days_in_the_home_zone() -> None:
    late_last_night = datetime(2026, 10, 14, 23, 30, tzinfo=BERLIN)
    morning = datetime(2026, 10, 15, 8, 0, tzinfo=BERLIN)
    usage = zone_usage(ZONES, [("flank-left", late_last_night)], morning)
    assert usage["flank-left"].days_since == 1


def test_age_buckets_match_the_legend() -> None:
    cases = {None: "never", 0: "up_to_7", 7: "up_to_7", 8: "8_to_14", 14: "8_to_14"}
    cases |= {15: "15_to_28", 28: "15_to_28", 29: "over_28", 400: "over_28"}
    assert {days: str(age_bucket(days)) for days in cases} == cases
    assert [bucket.label for bucket in AgeBucket] == [
        "Not used yet",
        "7 days or less",
        "8 to 14 days",
        "15 to 28 days",
        "More than 28 days",
    ]
