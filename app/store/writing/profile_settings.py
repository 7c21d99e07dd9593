"""Diary facade part: the profile, body zones and small settings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import select

from app.domain.errors import ValidationError
from app.domain.records import Profile, Zone
from app.store.reading import convert
from app.store.reading.localtime import diary_zone
from app.store.schema.models import ProfileRow, SettingRow, ZoneRow, utcnow

LAST_REPORT_KEY = "report.last_day"


class ProfileSettings:
    """Mixed into Diary; uses its `_read()` and `_write(changes)` sessions."""

    # profile
    def profile(self) -> Profile:
        with self._read() as s:
            return convert.profile(s.get(ProfileRow, 1))

    def save_profile(self, profile: Profile) -> Profile:
        if profile.birth_year is not None and not 1900 <= profile.birth_year <= datetime.now().year:
            raise ValidationError(
                "The birth year does not look right; type four digits, e.g. 1980."
            )
        if profile.timezone:
            try:
                ZoneInfo(profile.timezone)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValidationError(
                    f"'{profile.timezone}' is not a time zone this computer knows."
                ) from None
        with self._write(frozenset({"profile"})) as s:
            row = s.get(ProfileRow, 1) or ProfileRow(id=1)
            row.name = profile.name.strip()
            row.sex = profile.sex.value
            row.birth_year = profile.birth_year
            row.cautions = ",".join(sorted(c.value for c in profile.cautions))
            row.timezone = profile.timezone
            row.updated_at = utcnow()
            s.add(row)
        return self.profile()

    def timezone(self) -> ZoneInfo:
        """The user's time zone: the profile's, else the computer's, else UTC."""
        return diary_zone(self.profile().timezone)

    # zones
    def zones(self) -> list[Zone]:
        with self._read() as s:
            rows = s.exec(select(ZoneRow).order_by(ZoneRow.sort_order)).all()
            return [convert.zone(r) for r in rows]

    def zone(self, zone_id: str) -> Zone | None:
        with self._read() as s:
            row = s.get(ZoneRow, zone_id)
            return convert.zone(row) if row else None

    def update_zone(self, zone: Zone) -> Zone:
        """Save the user's change to a zone (enabled, reason, preferred, label); seeds keep off it."""
        with self._write(frozenset({"zones"})) as s:
            row = s.get(ZoneRow, zone.id)
            if row is None:
                raise ValidationError(f"There is no body zone called '{zone.id}'.")
            row.label = zone.label.strip() or row.label
            row.enabled = zone.enabled
            row.disabled_reason = zone.disabled_reason.strip() if not zone.enabled else ""
            row.preferred = zone.preferred
            row.user_edited = True
            row.updated_at = utcnow()
            s.add(row)
        return replace(zone, disabled_reason=row.disabled_reason)

    # settings (small values the diary keeps with its data, never in QSettings)
    def setting(self, key: str, default: str = "") -> str:
        with self._read() as s:
            row = s.get(SettingRow, key)
            return row.value if row else default

    def settings(self) -> Iterator[tuple[str, str]]:
        with self._read() as s:
            rows = s.exec(select(SettingRow).order_by(SettingRow.key)).all()
        return iter([(r.key, r.value) for r in rows])

    def set_setting(self, key: str, value: str) -> None:
        with self._write(frozenset({"settings"})) as s:
            row = s.get(SettingRow, key) or SettingRow(key=key)
            row.value = value
            row.updated_at = utcnow()
            s.add(row)

    # the appointment report remembers when it was last printed or saved
    def last_report_day(self) -> date | None:
        """The day the last appointment report was printed or saved, or None."""
        text = self.setting(LAST_REPORT_KEY)
        try:
            return date.fromisoformat(text) if text else None
        except ValueError:
            return None  # a damaged value only loses the default range, never the report

    def set_last_report_day(self, day: date) -> None:
        """Remember the day a report was printed or saved (the next one starts there)."""
        self.set_setting(LAST_REPORT_KEY, day.isoformat())
