"""Diary facade part: other medicines and appointments, each change one checked transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar

from app.domain.checks import check_appointment, check_medication
from app.domain.errors import ValidationError
from app.domain.records import Appointment, Medication
from app.store.changes import Change
from app.store.reading import convert
from app.store.reading.convert import RecordMap

R = TypeVar("R", Medication, Appointment)


@dataclass(frozen=True)
class _Kind:
    """How one kind of record is saved: its table, notice, map, check and trimmed text fields."""

    table: str
    change: Change
    map: RecordMap
    check: Callable[[Any], None]
    trimmed: tuple[str, ...]
    gone: str


_MEDICATION = _Kind(
    "medication",
    Change.MEDICATIONS,
    convert.MEDICATION,
    check_medication,
    ("name", "dose", "how_often"),
    "That medicine is no longer in the diary.",
)
_APPOINTMENT = _Kind(
    "appointment",
    Change.APPOINTMENTS,
    convert.APPOINTMENT,
    check_appointment,
    ("with_whom", "place", "questions"),
    "That appointment is no longer in the diary.",
)


class PersonLog:
    """Mixed into Diary; writes through its `_write(changes)` transactions."""

    def _save(self, kind: _Kind, record: R, restore: bool) -> R:
        """Insert (no id), change (an id), or with `restore` put back a deleted record (Undo)."""
        record = replace(record, **{f: getattr(record, f).strip() for f in kind.trimmed})
        kind.check(record)
        fields = kind.map.to_columns(record)
        with self._write(kind.change) as tx:
            if record.id is None:
                return replace(record, id=tx.insert(kind.table, fields))
            if tx.get(kind.table, record.id) is not None:
                tx.update(kind.table, record.id, fields)
            elif restore:
                tx.insert(kind.table, {"id": record.id, **fields})
            else:
                raise ValidationError(kind.gone)
        return record

    def _delete(self, kind: _Kind, key: int) -> Any:
        """Delete a record; returns it so the screen can offer Undo."""
        with self._write(kind.change) as tx:
            row = tx.get(kind.table, key)
            if row is None:
                raise ValidationError(kind.gone)
            tx.delete(kind.table, "id = ?", (key,))
        return kind.map.to_record(row)

    def save_medication(self, medication: Medication, restore: bool = False) -> Medication:
        """Add a medicine (id None) or change one; `restore` puts a deleted one back (Undo)."""
        return self._save(_MEDICATION, medication, restore)

    def stop_medication(self, medication_id: int, day: date) -> Medication:
        """Mark a medicine as stopped on `day`."""
        current = self.medication(medication_id)
        if current is None:
            raise ValidationError(_MEDICATION.gone)
        return self.save_medication(replace(current, stopped=day))

    def delete_medication(self, medication_id: int) -> Medication:
        """Take a medicine off the list; returns it so the screen can offer Undo."""
        return self._delete(_MEDICATION, medication_id)

    def save_appointment(self, appointment: Appointment, restore: bool = False) -> Appointment:
        """Add an appointment (id None) or change one; `restore` puts a deleted one back."""
        return self._save(_APPOINTMENT, appointment, restore)

    def delete_appointment(self, appointment_id: int) -> Appointment:
        """Remove an appointment; returns it so the screen can offer Undo."""
        return self._delete(_APPOINTMENT, appointment_id)
