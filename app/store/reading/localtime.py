"""The computer's IANA time zone, without importing the ORM (start-up reads it before that)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def local_zone() -> ZoneInfo:
    """The computer's IANA zone when it can be found, else UTC."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        with contextlib.suppress(OSError):
            target = Path("/etc/localtime").resolve()
            if "zoneinfo" in target.parts:
                name = "/".join(target.parts[target.parts.index("zoneinfo") + 1 :])
    if not name:
        with contextlib.suppress(OSError):
            name = Path("/etc/timezone").read_text().strip()
    try:
        return ZoneInfo(name) if name else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def diary_zone(profile_zone: str) -> ZoneInfo:
    """The diary's time zone: the profile's if it names one, else the computer's, else UTC."""
    return ZoneInfo(profile_zone) if profile_zone else local_zone()
