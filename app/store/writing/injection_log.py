"""Diary facade part: protocols, vials, injections and injection-site reactions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from sqlmodel import select

from app.domain.errors import ValidationError
from app.domain.records import Injection, Protocol, SiteReaction, Vial
from app.store.reading import convert
from app.store.schema.models import (
    InjectionRow,
    ProtocolRow,
    SiteReactionRow,
    VialRow,
    ZoneRow,
    utcnow,
)
from app.store.writing.rows import add_or_update, record_columns
from app.store.writing.seeds import protocol_templates

REACTION_KINDS = ("redness", "swelling", "pain", "itching", "lump", "bruise", "other")


def _check_protocol(p: Protocol) -> None:
    if not p.product.strip():
        raise ValidationError("Give the product a name.")
    if not p.dose > 0:
        raise ValidationError("The dose must be more than zero.")
    if not p.dose_unit.strip():
        raise ValidationError("Choose the dose unit (for example mg).")
    if bool(p.weekdays) == bool(p.every_n_days):
        raise ValidationError("Choose weekdays or 'every N days' for the schedule (one of them).")
    if any(d not in range(7) for d in p.weekdays):
        raise ValidationError("Weekdays run from Monday (0) to Sunday (6).")
    if p.every_n_days is not None and not 1 <= p.every_n_days <= 365:
        raise ValidationError("'Every N days' must be between 1 and 365.")
    if p.planned_end and p.planned_end < p.start:
        raise ValidationError("The planned end is before the start.")
    if not 0 < p.window_hours <= 72:
        raise ValidationError("The on-time window must be between 0 and 72 hours.")


def _check_time(when: datetime | None, what: str) -> None:
    """A time that can be stored: aware, and convertible to UTC."""
    if when is None:
        return
    if when.tzinfo is None:
        raise ValidationError(f"The {what} time needs a time zone.")
    try:
        convert.as_utc(when)
    except (ValueError, OverflowError):
        raise ValidationError(f"The {what} time is out of range.") from None


def _check_injection(i: Injection, zone_ids: set[str]) -> None:
    _check_time(i.taken_at, "injection")
    try:
        convert.tz_name(i.taken_at)
    except ValueError:
        raise ValidationError(
            "The injection time needs a named time zone (for example Europe/Berlin)."
        ) from None
    if not i.dose > 0:
        raise ValidationError("The dose must be more than zero.")
    if i.zone_id not in zone_ids:
        raise ValidationError("Pick the injection site on the body map.")
    if i.volume_ml is not None and not 0 <= i.volume_ml <= 10:
        raise ValidationError("The volume must be between 0 and 10 mL.")


class InjectionLog:
    """Mixed into Diary; uses its `_read()` and `_write(changes)` sessions."""

    # protocols
    def protocols(self, include_ended: bool = True) -> list[Protocol]:
        with self._read() as s:
            rows = s.exec(select(ProtocolRow).order_by(ProtocolRow.start, ProtocolRow.id)).all()
        out = [convert.protocol(r) for r in rows]
        return out if include_ended else [p for p in out if p.ended_on is None]

    def protocol(self, protocol_id: int) -> Protocol | None:
        with self._read() as s:
            row = s.get(ProtocolRow, protocol_id)
            return convert.protocol(row) if row else None

    def save_protocol(self, p: Protocol) -> Protocol:
        """Add a protocol (id None) or change one."""
        _check_protocol(p)
        with self._write(frozenset({"protocols"})) as s:
            new_id = add_or_update(s, ProtocolRow, p.id, convert.protocol_fields(p), "protocol")
        return replace(p, id=new_id)

    def protocol_templates(self, start: date) -> list[tuple[str, Protocol]]:
        """The seed templates (template id, unsaved protocol) for a course starting on `start`."""
        out = []
        for item in protocol_templates():
            hh, mm = (int(x) for x in item.get("time_of_day", "20:00").split(":"))
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
                        time_of_day=time(hh, mm),
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
            raise ValidationError("A course cannot be paused before it starts.")
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
            raise ValidationError("Resume on or after the day the pause began.")
        if p.planned_end is not None and on > p.planned_end:
            raise ValidationError("The course's planned end has passed; start a new course.")
        closed = replace(p, paused_from=None, ended_on=max(p.start, p.paused_from - timedelta(1)))
        carry_on = replace(p, id=None, start=on, paused_from=None, ended_on=None)
        _check_protocol(carry_on)
        with self._write(frozenset({"protocols"})) as s:
            row = s.get(ProtocolRow, p.id)
            for k, v in convert.protocol_fields(closed).items():
                setattr(row, k, v)
            row.updated_at = utcnow()
            s.add(row)
            new = ProtocolRow(**convert.protocol_fields(carry_on))
            s.add(new)
            s.flush()
            new_id = new.id
        return replace(carry_on, id=new_id)

    def end_protocol(self, protocol_id: int, on: date) -> Protocol:
        """End a course: `on` is its last day (a dose due that day still counts)."""
        p = self._existing_protocol(protocol_id)
        if on < p.start:
            raise ValidationError("A course cannot end before it starts.")
        return self.save_protocol(replace(p, ended_on=on, paused_from=None))

    def _existing_protocol(self, protocol_id: int) -> Protocol:
        p = self.protocol(protocol_id)
        if p is None:
            raise ValidationError("That protocol no longer exists.")
        return p

    # vials
    def vials(self) -> list[Vial]:
        """Every vial, oldest first (plain rows: a single-use vial per dose adds up over years)."""
        stmt = select(*record_columns(VialRow)).order_by(VialRow.id)
        with self._read() as s:
            return [convert.vial(r) for r in s.execute(stmt).all()]

    def current_vial(self) -> Vial | None:
        """The newest vial not marked finished."""
        open_vials = [v for v in self.vials() if v.finished_on is None]
        return open_vials[-1] if open_vials else None

    def save_vial(self, v: Vial) -> Vial:
        if not v.product.strip():
            raise ValidationError("Give the vial's product a name.")
        _check_time(v.reconstituted_at, "reconstitution")
        for label, value in (("strength", v.strength_mg), ("diluent volume", v.diluent_ml)):
            if value is not None and not value > 0:
                raise ValidationError(f"The vial's {label} must be more than zero.")
        with self._write(frozenset({"vials"})) as s:
            new_id = add_or_update(s, VialRow, v.id, convert.vial_fields(v), "vial")
        return replace(v, id=new_id)

    # injections
    def injections(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> list[Injection]:
        """Injections in time order, optionally between two aware times (end exclusive)."""
        # Plain rows, not ORM objects: building a thousand tracked objects was most of a reload.
        stmt = select(*record_columns(InjectionRow)).order_by(
            InjectionRow.taken_at_utc, InjectionRow.id
        )
        if start is not None:
            stmt = stmt.where(InjectionRow.taken_at_utc >= convert.as_utc(start))
        if end is not None:
            stmt = stmt.where(InjectionRow.taken_at_utc < convert.as_utc(end))
        with self._read() as s:
            return [convert.injection(r) for r in s.execute(stmt).all()]

    def injection(self, injection_id: int) -> Injection | None:
        with self._read() as s:
            row = s.get(InjectionRow, injection_id)
            return convert.injection(row) if row else None

    def _zone_ids(self) -> set[str]:
        with self._read() as s:
            return set(s.exec(select(ZoneRow.id)).all())

    def log_injection(self, i: Injection) -> Injection:
        """Save a new injection and return it with its id."""
        _check_injection(i, self._zone_ids())
        with self._write(frozenset({"injections"})) as s:
            row = InjectionRow(**convert.injection_fields(i))
            s.add(row)
            s.flush()
            new_id = row.id
        return replace(i, id=new_id)

    def update_injection(self, i: Injection) -> Injection:
        _check_injection(i, self._zone_ids())
        with self._write(frozenset({"injections"})) as s:
            row = s.get(InjectionRow, i.id)
            if row is None:
                raise ValidationError("That injection no longer exists.")
            for k, v in convert.injection_fields(i).items():
                setattr(row, k, v)
            row.updated_at = utcnow()
            s.add(row)
        return i

    def delete_injection(self, injection_id: int) -> Injection:
        """Delete and return the injection, so the caller can offer to undo (log it again)."""
        with self._write(frozenset({"injections", "reactions"})) as s:
            row = s.get(InjectionRow, injection_id)
            if row is None:
                raise ValidationError("That injection no longer exists.")
            gone = convert.injection(row)
            s.delete(row)
        return gone

    def restore_injection(self, i: Injection, reaction_ids: Sequence[int] = ()) -> Injection:
        """Undo a delete: put the injection back with its old id, and re-link its reactions."""
        _check_injection(i, self._zone_ids())
        changes = {"injections", "reactions"} if reaction_ids else {"injections"}
        with self._write(frozenset(changes)) as s:
            row = InjectionRow(id=i.id, **convert.injection_fields(i))
            s.add(row)
            s.flush()
            for reaction_id in reaction_ids:
                reaction = s.get(SiteReactionRow, reaction_id)
                if reaction is not None and reaction.injection_id is None:
                    reaction.injection_id = i.id
                    s.add(reaction)
        return i

    # site reactions
    def reactions_of(self, injection_id: int) -> list[SiteReaction]:
        """The reactions noted for one injection."""
        return [r for r in self.reactions() if r.injection_id == injection_id]

    def delete_reaction(self, reaction_id: int) -> SiteReaction:
        """Delete and return a reaction, so the caller can offer to undo (save it again)."""
        with self._write(frozenset({"reactions"})) as s:
            row = s.get(SiteReactionRow, reaction_id)
            if row is None:
                raise ValidationError("That reaction no longer exists.")
            gone = convert.reaction(row)
            s.delete(row)
        return gone

    def reactions(self) -> list[SiteReaction]:
        with self._read() as s:
            rows = s.exec(select(SiteReactionRow).order_by(SiteReactionRow.observed_at_utc)).all()
            return [convert.reaction(r) for r in rows]

    def save_reaction(self, r: SiteReaction) -> SiteReaction:
        if r.grade not in (1, 2, 3):
            raise ValidationError("Grade the reaction 1, 2 or 3.")
        if r.kind not in REACTION_KINDS:
            raise ValidationError("Choose what the reaction looks like from the list.")
        if r.zone_id not in self._zone_ids():
            raise ValidationError("Pick the zone where the reaction is.")
        _check_time(r.observed_at, "reaction")
        _check_time(r.resolved_at, "settled")
        if r.resolved_at and r.resolved_at < r.observed_at:
            raise ValidationError("The reaction cannot have settled before it was seen.")
        with self._write(frozenset({"reactions"})) as s:
            new_id = add_or_update(s, SiteReactionRow, r.id, convert.reaction_fields(r), "reaction")
        return replace(r, id=new_id)
