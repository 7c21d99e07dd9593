"""When to lock by itself: after some minutes without a key press or a mouse move, if asked.

The policy is kept in the diary's settings as plain strings (it is no secret), and read back with
defaults, so an odd value never stops the app.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import ValidationError
from app.domain.i18n import translate

SETTING_ENABLED = "lock.idle"  # "on" or "off"
SETTING_MINUTES = "lock.idle_minutes"
DEFAULT_MINUTES = 5
MIN_MINUTES, MAX_MINUTES = 1, 240


def check_minutes(value: int) -> int:
    """The idle minutes if they can be used, else a ValidationError in plain words."""
    if not MIN_MINUTES <= value <= MAX_MINUTES:
        raise ValidationError(
            translate(
                "Lock", "Lock after {low} to {high} minutes away; {value} is outside that."
            ).format(low=MIN_MINUTES, high=MAX_MINUTES, value=value)
        )
    return value


@dataclass(frozen=True)
class IdlePolicy:
    """Off by default; when on, lock after `minutes` without input."""

    enabled: bool = False
    minutes: int = DEFAULT_MINUTES

    def __post_init__(self) -> None:
        check_minutes(self.minutes)

    @classmethod
    def from_settings(cls, enabled: str, minutes: str) -> IdlePolicy:
        """Read the stored strings; anything unreadable falls back to the default."""
        try:
            count = int(minutes)
        except ValueError:
            count = DEFAULT_MINUTES
        if not MIN_MINUTES <= count <= MAX_MINUTES:
            count = DEFAULT_MINUTES
        return cls(enabled=enabled == "on", minutes=count)

    def as_settings(self) -> dict[str, str]:
        return {
            SETTING_ENABLED: "on" if self.enabled else "off",
            SETTING_MINUTES: str(self.minutes),
        }

    def should_lock(self, idle_seconds: float) -> bool:
        """True when the user has been away long enough for the diary to lock."""
        return self.enabled and idle_seconds >= self.minutes * 60
