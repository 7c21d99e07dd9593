"""Diary facade part: writes of the profile, body zones and small settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from app.domain.checks import check_profile
from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.records import Profile, Zone
from app.domain.settings import check_setting
from app.store.changes import Change
from app.store.reading import convert
from app.store.reading.reads import LAST_REPORT_KEY


class ProfileSettings:
    """Mixed into Diary; writes through its `_write(changes)` transactions."""

    def save_profile(self, profile: Profile) -> Profile:
        profile = replace(
            profile,
            name=profile.name.strip(),
            condition_notes=profile.condition_notes.strip(),
            allergies=profile.allergies.strip(),
        )
        check_profile(profile, datetime.now().year)
        with self._write(Change.PROFILE) as tx:
            tx.upsert("profile", {"id": 1, **convert.profile_fields(profile)})
        return self.profile()

    def update_zone(self, zone: Zone) -> Zone:
        """Save the user's change to a zone (enabled, reason, preferred, label); seeds keep off it."""
        with self._write(Change.ZONES) as tx:
            row = tx.get("zone", zone.id)
            if row is None:
                raise ValidationError(
                    translate("Store", "There is no body zone called '{id}'.").format(id=zone.id)
                )
            reason = zone.disabled_reason.strip() if not zone.enabled else ""
            tx.update(
                "zone",
                zone.id,
                {
                    "label": zone.label.strip() or row.label,
                    "enabled": zone.enabled,
                    "disabled_reason": reason,
                    "preferred": zone.preferred,
                    "user_edited": True,
                },
            )
        return replace(zone, disabled_reason=reason)

    # settings (small values the diary keeps with its data, never in QSettings)
    def set_setting(self, key: str, value: str) -> None:
        """Save one setting, checked as every way in checks it (`domain.settings`)."""
        self.set_settings({key: value})

    def set_settings(self, values: dict[str, str]) -> None:
        """Save several settings from one screen, each checked, in one transaction."""
        for key, value in values.items():
            check_setting(key, value)
        with self._write(Change.SETTINGS) as tx:
            for key, value in values.items():
                tx.upsert("setting", {"key": key, "value": value})

    def set_last_report_day(self, day: date) -> None:
        """Remember the day a report was printed or saved (the next one starts there)."""
        self.set_setting(LAST_REPORT_KEY, day.isoformat())
