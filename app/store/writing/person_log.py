"""Diary facade part: other medicines and appointments, each change one checked transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from app.domain.checks import check_appointment, check_medication
from app.domain.errors import ValidationError
from app.domain.records import Appointment, Medication
from app.store.changes import Change
from app.store.reading import convert

R = TypeVar("R", Medication, Appointment)

_GONE = {
    "medication": "That medicine is no longer in the diary.",
    "appointment": "That appointment is no longer in the diary.",
}


class PersonLog:
    """Mixed into Diary; writes through its `_write(changes)` transactions."""

    def _save_row(self, table: str, change: Change, record: R, fields: dict[str, Any]) -> R:
        """Insert (no id), change (an id), or put back a deleted record (`fields` with its id)."""
        with self._write(change) as tx:
            if record.id is None:
                return replace(record, id=tx.insert(table, fields))
            if tx.get(table, record.id) is None:
                if "id" not in fields:
                    raise ValidationError(_GONE[table])
                tx.insert(table, fields)
            else:
                tx.update(table, record.id, {k: v for k, v in fields.items() if k != "id"})
        return record

    def _delete_row(self, table: str, change: Change, key: int) -> Any:
        with self._write(change) as tx:
            row = tx.get(table, key)
            if row is None:
                raise ValidationError(_GONE[table])
            tx.delete(table, "id = ?", (key,))
        return row

    # ----- other medicines -----------------------------------------------------------------

    def save_medication(self, medication: Medication, restore: bool = False) -> Medication:
        """Add a medicine (id None) or change one; `restore` puts a deleted one back (Undo)."""
        medication = replace(
            medication,
            name=medication.name.strip(),
            dose=medication.dose.strip(),
            how_often=medication.how_often.strip(),
        )
        check_medication(medication)
        fields = convert.medication_fields(medication)
        if restore:
            fields["id"] = medication.id
        return self._save_row("medication", Change.MEDICATIONS, medication, fields)

    def stop_medication(self, medication_id: int, day: date) -> Medication:
        """Mark a medicine as stopped on `day`."""
        current = self.medication(medication_id)
        if current is None:
            raise ValidationError(_GONE["medication"])
        return self.save_medication(replace(current, stopped=day))

    def delete_medication(self, medication_id: int) -> Medication:
        """Take a medicine off the list; returns it so the screen can offer Undo."""
        row = self._delete_row("medication", Change.MEDICATIONS, medication_id)
        return convert.medication(row)

    # ----- appointments --------------------------------------------------------------------

    def save_appointment(self, appointment: Appointment, restore: bool = False) -> Appointment:
        """Add an appointment (id None) or change one; `restore` puts a deleted one back."""
        appointment = replace(
            appointment,
            with_whom=appointment.with_whom.strip(),
            place=appointment.place.strip(),
            questions=appointment.questions.strip(),
        )
        check_appointment(appointment)
        fields = convert.appointment_fields(appointment)
        if restore:
            fields["id"] = appointment.id
        return self._save_row("appointment", Change.APPOINTMENTS, appointment, fields)

    def delete_appointment(self, appointment_id: int) -> Appointment:
        """Remove an appointment; returns it so the screen can offer Undo."""
        row = self._delete_row("appointment", Change.APPOINTMENTS, appointment_id)
        return convert.appointment(row)
