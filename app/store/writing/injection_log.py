"""Diary facade part: writes of courses, vials, injections and injection-site reactions.

Each method is one user action and one transaction; the checks are the domain's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from app.domain.checks import (
    REACTION_KINDS,
    check_injection,
    check_protocol,
    check_reaction,
    check_vial,
)
from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.records import Injection, Protocol, SiteReaction, Vial
from app.store.changes import Change
from app.store.reading import convert
from app.store.writing.seeds import protocol_templates
from app.store.writing.tx import Tx

__all__ = ["REACTION_KINDS", "InjectionLog"]


def _zone_ids(tx: Tx) -> set[str]:
    return {r.id for r in tx.rows("zone")}


def gone(table: str) -> ValidationError:
    """The error for a record that was deleted meanwhile."""
    messages = {
        "vial": translate("Store", "That vial no longer exists."),
        "protocol": translate("Store", "That protocol no longer exists."),
        "injection": translate("Store", "That injection no longer exists."),
        "site_reaction": translate("Store", "That reaction no longer exists."),
    }
    return ValidationError(messages.get(table, translate("Store", "That record no longer exists.")))


def _save(tx: Tx, table: str, row_id: int | None, fields: dict) -> int:
    """Insert a new row (`row_id` None) or change the row with that id; returns its id."""
    if row_id is None:
        return tx.insert(table, fields)
    if not tx.update(table, row_id, fields):
        raise gone(table)
    return row_id


def _save_vial_in(tx: Tx, v: Vial) -> int:
    check_vial(v)
    return _save(tx, "vial", v.id, convert.vial_fields(v))


class InjectionLog:
    """Mixed into Diary; writes through its `_write(changes)` transactions."""

    # protocols
    def save_protocol(self, p: Protocol) -> Protocol:
        """Add a protocol (id None) or change one."""
        check_protocol(p)
        with self._write(Change.PROTOCOLS) as tx:
            new_id = _save(tx, "protocol", p.id, convert.protocol_fields(p))
        return replace(p, id=new_id)

    def protocol_templates(self, start: date) -> list[tuple[str, Protocol]]:
        """The seed templates (template id, unsaved protocol) for a course starting on `start`."""
        out = []
        for item in protocol_templates():
            weeks = item.get("length_weeks")
            out.append(
                (
                    item["id"],
                    Protocol(
                        id=None,
                        product=item["product"],
                        dose=float(item["dose"]),
                        dose_unit=item["dose_unit"],
                        route=item.get("route", "subcutaneous"),
                        weekdays=tuple(item.get("weekdays", ())),
                        every_n_days=item.get("every_n_days"),
                        time_of_day=convert.parse_clock(item.get("time_of_day", "20:00")),
                        start=start,
                        planned_end=start + timedelta(weeks=weeks, days=-1) if weeks else None,
                        notes=item.get("notes", ""),
                    ),
                )
            )
        return out

    def pause_protocol(self, protocol_id: int, from_day: date) -> Protocol:
        """Pause a course: no dose is due from `from_day` on until it is resumed."""
        p = self._existing_protocol(protocol_id)
        if from_day < p.start:
            raise ValidationError(
                translate("Store", "A course cannot be paused before it starts."), "paused_from"
            )
        return self.save_protocol(replace(p, paused_from=from_day))

    def resume_protocol(self, protocol_id: int, on: date) -> Protocol:
        """Resume a paused course on `on`; returns the course that carries on.

        The paused days must not turn into missed doses, so the course so far is closed on the
        day before its pause and a copy starts on `on` (the schedule counts from its start).
        """
        p = self._existing_protocol(protocol_id)
        if p.paused_from is None:
            return p
        if on < p.paused_from:
            raise ValidationError(
                translate("Store", "Resume on or after the day the pause began."), "start"
            )
        if p.planned_end is not None and on > p.planned_end:
            raise ValidationError(
                translate("Store", "The course's planned end has passed; start a new course.")
            )
        closed = replace(p, paused_from=None, ended_on=max(p.start, p.paused_from - timedelta(1)))
        carry_on = replace(p, id=None, start=on, paused_from=None, ended_on=None)
        check_protocol(closed)
        check_protocol(carry_on)
        with self._write(Change.PROTOCOLS) as tx:
            _save(tx, "protocol", p.id, convert.protocol_fields(closed))
            new_id = tx.insert("protocol", convert.protocol_fields(carry_on))
        return replace(carry_on, id=new_id)

    def end_protocol(self, protocol_id: int, on: date) -> Protocol:
        """End a course: `on` is its last day (a dose due that day still counts)."""
        p = self._existing_protocol(protocol_id)
        if on < p.start:
            raise ValidationError(
                translate("Store", "A course cannot end before it starts."), "ended_on"
            )
        return self.save_protocol(replace(p, ended_on=on, paused_from=None))

    def _existing_protocol(self, protocol_id: int) -> Protocol:
        p = self.protocol(protocol_id)
        if p is None:
            raise gone("protocol")
        return p

    # vials
    def save_vial(self, v: Vial) -> Vial:
        with self._write(Change.VIALS) as tx:
            new_id = _save_vial_in(tx, v)
        return replace(v, id=new_id)

    # injections
    def log_injection(self, i: Injection, finished_vial: Vial | None = None) -> Injection:
        """Save a new injection (and, if given, mark its vial finished) in one transaction."""
        changes = Change.INJECTIONS | (Change.VIALS if finished_vial else Change.NONE)
        with self._write(changes) as tx:
            check_injection(i, _zone_ids(tx))
            new_id = tx.insert("injection", convert.injection_fields(i))
            if finished_vial is not None:
                _save_vial_in(tx, finished_vial)
        return replace(i, id=new_id)

    def unlog_injection(self, injection_id: int, vial_before: Vial | None = None) -> Injection:
        """Undo a log: remove the injection and put its vial back as it was, in one transaction."""
        changes = Change.INJECTIONS | Change.REACTIONS
        with self._write(changes | (Change.VIALS if vial_before else Change.NONE)) as tx:
            gone = self._delete_injection_in(tx, injection_id)
            if vial_before is not None:
                _save_vial_in(tx, vial_before)
        return gone

    def update_injection(self, i: Injection, finished_vial: Vial | None = None) -> Injection:
        """Change an injection (and, if given, its vial) in one transaction."""
        changes = Change.INJECTIONS | (Change.VIALS if finished_vial else Change.NONE)
        with self._write(changes) as tx:
            check_injection(i, _zone_ids(tx))
            _save(tx, "injection", i.id, convert.injection_fields(i))
            if finished_vial is not None:
                _save_vial_in(tx, finished_vial)
        return i

    def delete_injection(self, injection_id: int) -> Injection:
        """Delete and return the injection, so the caller can offer to undo (log it again)."""
        with self._write(Change.INJECTIONS | Change.REACTIONS) as tx:
            return self._delete_injection_in(tx, injection_id)

    @staticmethod
    def _delete_injection_in(tx: Tx, injection_id: int) -> Injection:
        row = tx.get("injection", injection_id)
        if row is None:
            raise gone("injection")
        tx.delete("injection", "id = ?", (injection_id,))
        return convert.injection(row)

    def restore_injection(self, i: Injection, reaction_ids: Sequence[int] = ()) -> Injection:
        """Undo a delete: put the injection back with its old id, and re-link its reactions."""
        changes = Change.INJECTIONS | (Change.REACTIONS if reaction_ids else Change.NONE)
        with self._write(changes) as tx:
            check_injection(i, _zone_ids(tx))
            tx.insert("injection", {"id": i.id, **convert.injection_fields(i)})
            for reaction_id in reaction_ids:
                row = tx.get("site_reaction", reaction_id)
                if row is not None and row.injection_id is None:
                    tx.update("site_reaction", reaction_id, {"injection_id": i.id})
        return i

    # site reactions
    def delete_reaction(self, reaction_id: int) -> SiteReaction:
        """Delete and return a reaction, so the caller can offer to undo (save it again)."""
        with self._write(Change.REACTIONS) as tx:
            row = tx.get("site_reaction", reaction_id)
            if row is None:
                raise gone("site_reaction")
            tx.delete("site_reaction", "id = ?", (reaction_id,))
        return convert.reaction(row)

    def save_reaction(self, r: SiteReaction) -> SiteReaction:
        with self._write(Change.REACTIONS) as tx:
            check_reaction(r, _zone_ids(tx))
            new_id = _save(tx, "site_reaction", r.id, convert.reaction_fields(r))
        return replace(r, id=new_id)
