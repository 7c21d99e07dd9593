"""Every read of a diary, written once over plain rows.

`Reads` is mixed into the `Diary` facade (each read on a pooled connection) and into
`QuickReader` (one connection, each table read once, for start-up and the command line). Rows
come from `rows.fetch`, which decodes them as `schema.tables` declares; `convert` turns them into
records.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter, defaultdict
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from app.domain import labs as lab_rules
from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.records import (
    Appointment,
    Attachment,
    DiaryEntry,
    Injection,
    LabPanel,
    LabTest,
    Medication,
    MonitoringGroup,
    Profile,
    Protocol,
    SiteReaction,
    Vial,
    Zone,
)
from app.domain.settings import LAB_UNITS
from app.domain.snapshot import RuleState
from app.store.reading import convert
from app.store.reading.codec import encode_datetime
from app.store.reading.localtime import diary_zone
from app.store.reading.snapshot import SnapshotReader

RULE_PREFIX = "rules."
LAST_REPORT_KEY = "report.last_day"


class Reads(SnapshotReader, ABC):
    """The diary's reads; subclasses say where rows come from (`_rows`)."""

    @abstractmethod
    def _rows(
        self, table: str, where: str = "", params: tuple[Any, ...] = (), order_by: str = ""
    ) -> list[Any]:
        """Rows of `table` as named tuples of Python values (no bookkeeping times)."""

    def _first(self, table: str, where: str, params: tuple[Any, ...]) -> Any | None:
        rows = self._rows(table, where, params)
        return rows[0] if rows else None

    # ----- the person, the body map, settings ----------------------------------------------

    def profile(self) -> Profile:
        return convert.profile(self._first("profile", "id = 1", ()))

    def medications(self) -> list[Medication]:
        """Other medicines and supplements: current ones first, then by name."""
        out = [convert.medication(r) for r in self._rows("medication", order_by="id")]
        return sorted(out, key=lambda m: (m.stopped is not None, m.name.casefold(), m.id or 0))

    def medication(self, medication_id: int) -> Medication | None:
        row = self._first("medication", "id = ?", (medication_id,))
        return convert.medication(row) if row else None

    def appointments(self) -> list[Appointment]:
        """Appointments in time order."""
        rows = self._rows("appointment", order_by="at_utc, id")
        return [convert.appointment(r) for r in rows]

    def appointment(self, appointment_id: int) -> Appointment | None:
        row = self._first("appointment", "id = ?", (appointment_id,))
        return convert.appointment(row) if row else None

    def timezone(self) -> ZoneInfo:
        """The user's time zone: the profile's, else the computer's, else UTC."""
        return diary_zone(self.profile().timezone)

    def zones(self) -> list[Zone]:
        return [convert.zone(r) for r in self._rows("zone", order_by="sort_order")]

    def zone(self, zone_id: str) -> Zone | None:
        row = self._first("zone", "id = ?", (zone_id,))
        return convert.zone(row) if row else None

    def setting(self, key: str, default: str = "") -> str:
        row = self._first("setting", '"key" = ?', (key,))
        return row.value if row else default

    def settings(self) -> list[tuple[str, str]]:
        return [(r.key, r.value) for r in self._rows("setting", order_by='"key"')]

    def last_report_day(self) -> date | None:
        """The day the last appointment report was printed or saved, or None."""
        text = self.setting(LAST_REPORT_KEY)
        try:
            return date.fromisoformat(text) if text else None
        except ValueError:
            return None  # a damaged value only loses the default range, never the report

    def lab_unit_system(self) -> str:
        """ "si" or "conventional": which units lab entry offers first and charts are drawn in."""
        return "si" if self.setting(LAB_UNITS) == "si" else "conventional"

    def rule_settings(self) -> dict[str, str]:
        """Every stored rule threshold, "rules.<id>.<param>" -> text."""
        return {k: v for k, v in self.settings() if k.startswith(RULE_PREFIX)}

    def rule_states(self) -> dict[str, RuleState]:
        return {r.rule_id: convert.rule_state(r) for r in self._rows("rule_state")}

    # ----- courses, vials, injections, reactions -------------------------------------------

    def protocols(self, include_ended: bool = True) -> list[Protocol]:
        out = [convert.protocol(r) for r in self._rows("protocol", order_by="start, id")]
        return out if include_ended else [p for p in out if p.ended_on is None]

    def protocol(self, protocol_id: int) -> Protocol | None:
        row = self._first("protocol", "id = ?", (protocol_id,))
        return convert.protocol(row) if row else None

    def vials(self) -> list[Vial]:
        """Every vial, oldest first."""
        return [convert.vial(r) for r in self._rows("vial", order_by="id")]

    def current_vial(self) -> Vial | None:
        """The newest vial not marked finished."""
        open_vials = [v for v in self.vials() if v.finished_on is None]
        return open_vials[-1] if open_vials else None

    def injections(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> list[Injection]:
        """Injections in time order, optionally between two aware times (end exclusive)."""
        where, params = [], []
        if start is not None:
            where.append("taken_at_utc >= ?")
            params.append(encode_datetime(start))
        if end is not None:
            where.append("taken_at_utc < ?")
            params.append(encode_datetime(end))
        rows = self._rows("injection", " AND ".join(where), tuple(params), "taken_at_utc, id")
        return [convert.injection(r) for r in rows]

    def injection(self, injection_id: int) -> Injection | None:
        row = self._first("injection", "id = ?", (injection_id,))
        return convert.injection(row) if row else None

    def reactions(self) -> list[SiteReaction]:
        return [
            convert.reaction(r) for r in self._rows("site_reaction", order_by="observed_at_utc")
        ]

    def reactions_of(self, injection_id: int) -> list[SiteReaction]:
        """The reactions noted for one injection."""
        return [r for r in self.reactions() if r.injection_id == injection_id]

    # ----- the symptom diary ---------------------------------------------------------------

    def entries(self, start: date | None = None, end: date | None = None) -> list[DiaryEntry]:
        """Entries in date order, optionally between two days (inclusive)."""
        where, params = _day_range("day", start, end)
        return [convert.entry(r) for r in self._rows("diary_entry", where, params, "day")]

    def entry(self, day: date) -> DiaryEntry | None:
        row = self._first("diary_entry", "day = ?", (day.isoformat(),))
        return convert.entry(row) if row else None

    def entry_tags(self) -> list[str]:
        """Every tag used in the diary, most used first (ties alphabetical), for a completer."""
        counts: Counter[str] = Counter()
        for row in self._rows("diary_entry", "tags != ''"):
            counts.update(t for t in row.tags.split(",") if t)
        return [tag for tag, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]

    # ----- labs ----------------------------------------------------------------------------

    def lab_tests(self) -> list[LabTest]:
        return [convert.lab_test(r) for r in self._rows("lab_test", order_by="sort_order, code")]

    def monitoring_groups(self) -> list[MonitoringGroup]:
        return [convert.monitoring(r) for r in self._rows("monitoring_group")]

    def labs_due(self, today: date) -> list[lab_rules.DueItem]:
        """Each monitoring group's last date done and next window as of `today` (CBC first)."""
        groups = sorted(
            self.monitoring_groups(), key=lambda g: (g.min_months, g.max_months, g.group)
        )
        last = lab_rules.last_done_by_group(self.panels(end=today), self.lab_tests())
        return lab_rules.labs_due(groups, last, today)

    def panels(self, start: date | None = None, end: date | None = None) -> list[LabPanel]:
        """Panels with their results, oldest first."""
        where, params = _day_range("collected_on", start, end)
        panels = self._rows("lab_panel", where, params, "collected_on, id")
        results: dict[int, list[Any]] = defaultdict(list)
        if panels:
            for r in self._rows("lab_result", order_by="panel_id, position"):
                results[r.panel_id].append(r)
        return [convert.panel(p, results[p.id]) for p in panels]

    def panel(self, panel_id: int) -> LabPanel | None:
        row = self._first("lab_panel", "id = ?", (panel_id,))
        if row is None:
            return None
        return convert.panel(row, self._rows("lab_result", "panel_id = ?", (panel_id,)))

    # ----- attachments ---------------------------------------------------------------------

    def attachments(self) -> list[Attachment]:
        """Every attachment's record (not the files), oldest first."""
        return [convert.attachment(r) for r in self._rows("attachment", order_by="id")]

    def attachments_of(
        self, panel_id: int | None = None, reaction_id: int | None = None
    ) -> list[Attachment]:
        """The attachments of one panel or one reaction."""
        column, key = (
            ("panel_id", panel_id) if panel_id is not None else ("reaction_id", reaction_id)
        )
        rows = self._rows("attachment", f"{column} = ?", (key,), "id")
        return [convert.attachment(r) for r in rows]

    def attachment_data(self, attachment_id: int) -> bytes:
        """The attached file itself."""
        row = self._first("attachment_file", "attachment_id = ?", (attachment_id,))
        if row is None:
            raise ValidationError(translate("Store", "That attachment no longer exists."))
        return row.data


def _day_range(column: str, start: date | None, end: date | None) -> tuple[str, tuple]:
    where, params = [], []
    if start is not None:
        where.append(f"{column} >= ?")
        params.append(start.isoformat())
    if end is not None:
        where.append(f"{column} <= ?")
        params.append(end.isoformat())
    return " AND ".join(where), tuple(params)
