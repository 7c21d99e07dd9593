"""Diary facade part: the daily symptom entries."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlmodel import select

from app.domain.errors import ValidationError
from app.domain.records import DiaryEntry
from app.store.reading import convert
from app.store.schema.models import DiaryEntryRow, utcnow
from app.store.writing.rows import record_columns

SICKNESS_KINDS = ("cold", "flu", "stomach", "other")


def check_entry(e: DiaryEntry) -> None:
    """Blocking problems only; questions such as 'a date in the future' are the screen's to ask."""
    for label, value in (("Energy", e.energy), ("Fatigue", e.fatigue), ("Well-being", e.wellbeing)):
        if value is not None and not 0 <= value <= 10:
            raise ValidationError(f"{label} is rated from 0 to 10; {value} is outside that.")
    if e.sickness_kind and e.sickness_kind not in SICKNESS_KINDS:
        raise ValidationError("Choose cold, flu, stomach or other for the kind of sickness.")
    if e.temperature_c is not None and not 34.0 <= e.temperature_c <= 43.0:
        raise ValidationError(
            f"A temperature of {e.temperature_c} °C looks like a typo; type it in °C, e.g. 38.2."
        )
    if any("," in t for t in e.tags):
        raise ValidationError("Tags cannot contain commas.")


class SymptomLog:
    """Mixed into Diary; uses its `_read()` and `_write(changes)` sessions."""

    def entries(self, start: date | None = None, end: date | None = None) -> list[DiaryEntry]:
        """Entries in date order, optionally between two days (inclusive)."""
        # Plain rows, not ORM objects: years of tracked objects took most of a reload.
        stmt = select(*record_columns(DiaryEntryRow)).order_by(DiaryEntryRow.day)
        if start is not None:
            stmt = stmt.where(DiaryEntryRow.day >= start)
        if end is not None:
            stmt = stmt.where(DiaryEntryRow.day <= end)
        with self._read() as s:
            return [convert.entry(r) for r in s.execute(stmt).all()]

    def entry(self, day: date) -> DiaryEntry | None:
        with self._read() as s:
            row = s.get(DiaryEntryRow, day)
            return convert.entry(row) if row else None

    def entry_tags(self) -> list[str]:
        """Every tag used in the diary, most used first (ties alphabetical), for a completer."""
        stmt = select(DiaryEntryRow.tags).where(DiaryEntryRow.tags != "")
        counts: Counter[str] = Counter()
        with self._read() as s:
            for joined in s.exec(stmt).all():
                counts.update(t for t in joined.split(",") if t)
        return [tag for tag, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]

    def save_entry(self, e: DiaryEntry) -> DiaryEntry:
        """Create or replace the entry for that day."""
        check_entry(e)
        with self._write(frozenset({"entries"})) as s:
            row = s.get(DiaryEntryRow, e.day)
            fields = convert.entry_fields(e)
            if row is None:
                row = DiaryEntryRow(**fields)
            else:
                for k, v in fields.items():
                    setattr(row, k, v)
                row.updated_at = utcnow()
            s.add(row)
        return e

    def delete_entry(self, day: date) -> DiaryEntry:
        """Delete and return the entry so the caller can offer to undo."""
        with self._write(frozenset({"entries"})) as s:
            row = s.get(DiaryEntryRow, day)
            if row is None:
                raise ValidationError("There is no entry for that day.")
            gone = convert.entry(row)
            s.delete(row)
        return gone
