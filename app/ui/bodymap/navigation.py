"""Arrow-key movement between zones: pure geometry on zone centres, no Qt."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum


class Direction(Enum):
    """An arrow key's direction on screen."""

    LEFT = "left"
    RIGHT = "right"
    UP = "up"
    DOWN = "down"


# Sideways drift costs more than distance along the arrow, so "right" prefers the zone beside
# the current one over a nearer zone that sits mostly above or below it.
_ACROSS_WEIGHT = 2.0


def nearest_in_direction(
    centres: Mapping[str, tuple[float, float]], current: str, direction: Direction
) -> str | None:
    """The zone whose centre lies nearest in `direction` from `current`, or None at the edge."""
    if current not in centres:
        return None
    cx, cy = centres[current]
    best: tuple[float, str] | None = None
    for zone_id, (x, y) in centres.items():
        if zone_id == current:
            continue
        dx, dy = x - cx, y - cy
        along, across = {
            Direction.RIGHT: (dx, dy),
            Direction.LEFT: (-dx, dy),
            Direction.DOWN: (dy, dx),
            Direction.UP: (-dy, dx),
        }[direction]
        if along <= 1e-6:
            continue
        score = (along + _ACROSS_WEIGHT * abs(across), zone_id)
        if best is None or score < best:
            best = score
    return best[1] if best else None
