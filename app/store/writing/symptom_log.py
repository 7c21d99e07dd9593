"""Diary facade part: writes of the daily symptom entries."""

from __future__ import annotations

from datetime import date

from app.domain.checks import SICKNESS_KINDS, check_entry
from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.records import DiaryEntry
from app.store.changes import Change
from app.store.reading import convert

__all__ = ["SICKNESS_KINDS", "SymptomLog", "check_entry"]


class SymptomLog:
    """Mixed into Diary; writes through its `_write(changes)` transactions."""

    def save_entry(self, e: DiaryEntry) -> DiaryEntry:
        """Create or replace the entry for that day."""
        check_entry(e)
        with self._write(Change.ENTRIES) as tx:
            tx.upsert("diary_entry", convert.entry_fields(e))
        return e

    def delete_entry(self, day: date) -> DiaryEntry:
        """Delete and return the entry so the caller can offer to undo."""
        with self._write(Change.ENTRIES) as tx:
            row = tx.get("diary_entry", day)
            if row is None:
                raise ValidationError(translate("Store", "There is no entry for that day."))
            tx.delete("diary_entry", "day = ?", (day.isoformat(),))
        return convert.entry(row)
