"""A read-only look at a diary over one plain SQLCipher connection, without the ORM.

Importing SQLAlchemy and SQLModel takes most of a second, several times the cost of showing the
window. Start-up reads the figures it shows first (next dose, warning banners) through this
reader while the ORM loads in the background; everything after that goes through `Diary`.

Each method returns what the `Diary` method of the same name returns; the rows are turned into
records by the same `convert` functions, and tests compare the two on the same file. It reads only
a diary whose schema is current: anything else is left to `Diary.open_with_key`, which migrates or
refuses it.
"""

from __future__ import annotations

from collections import defaultdict, namedtuple
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any
from zoneinfo import ZoneInfo

import sqlcipher3

from app.domain.keys import KeyMaterial
from app.domain.records import (
    DiaryEntry,
    Injection,
    LabPanel,
    LabTest,
    MonitoringGroup,
    Profile,
    Protocol,
    SiteReaction,
    Vial,
    Zone,
)
from app.domain.snapshot import RuleState
from app.store.files.raw import open_raw
from app.store.reading import convert
from app.store.reading.localtime import diary_zone
from app.store.reading.snapshot import SnapshotReader
from app.store.schema.revisions import head_revision, raw_revision

RULE_PREFIX = "rules."  # as in rule_log (which imports the ORM)


def _utc(text: str) -> datetime:
    value = datetime.fromisoformat(text)  # stored in UTC without an offset, as SQLAlchemy does
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# How SQLAlchemy stores each declared column type on SQLite, read back as it reads them.
_DECODERS: dict[str, Callable[[Any], Any]] = {
    "DATETIME": _utc,
    "DATE": date.fromisoformat,
    "BOOLEAN": bool,
    "FLOAT": float,
}


class QuickReader(SnapshotReader):
    """Opened on a diary with its key; close it (or use `with`) when done."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self._conn = conn
        self._tables: dict[str, list[Any]] = {}
        self._records: dict[str, list[Any]] = {}

    @classmethod
    def open(cls, path: Path, material: KeyMaterial) -> QuickReader | None:
        """The reader, or None when the diary's schema is not this app's current one.

        Raises the store's errors (wrong key, not a diary) like `Diary.open_with_key`.
        """
        conn = open_raw(Path(path), material)
        if raw_revision(conn) != head_revision():
            conn.close()
            return None
        return cls(conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> QuickReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _rows(self, table: str, order_by: str = "rowid") -> list[Any]:
        """Every row of `table` as named tuples with Python values, read once and kept.

        The bookkeeping columns (created_at, updated_at) are left out: no record carries them.
        """
        if table not in self._tables:
            columns = [
                (name, kind)
                for name, kind in self._conn.execute(
                    "SELECT name, upper(type) FROM pragma_table_info(?)", (table,)
                )
                if name not in convert.BOOKKEEPING
            ]
            make = namedtuple(table, [name for name, _ in columns])._make  # noqa: PYI024
            decode = [
                (i, _DECODERS[kind]) for i, (_, kind) in enumerate(columns) if kind in _DECODERS
            ]
            names = ", ".join(f'"{name}"' for name, _ in columns)
            rows = []
            for raw in self._conn.execute(f'SELECT {names} FROM "{table}" ORDER BY {order_by}'):  # noqa: S608
                values = list(raw)
                for i, decoder in decode:
                    if values[i] is not None:
                        values[i] = decoder(values[i])
                rows.append(make(values))
            self._tables[table] = rows
        return self._tables[table]

    def _converted(self, table: str, convert_row: Callable[[Any], Any], order_by: str) -> list[Any]:
        """Every row of `table` as records, converted once (the snapshot and the Injections
        preview both read them)."""
        if table not in self._records:
            self._records[table] = [convert_row(r) for r in self._rows(table, order_by)]
        return self._records[table]

    # the same reads as the Diary facade
    def profile(self) -> Profile:
        rows = [r for r in self._rows("profile") if r.id == 1]
        return convert.profile(rows[0] if rows else None)

    def timezone(self) -> ZoneInfo:
        return diary_zone(self.profile().timezone)

    def setting(self, key: str, default: str = "") -> str:
        return next((r.value for r in self._rows("setting") if r.key == key), default)

    def rule_settings(self) -> dict[str, str]:
        return {r.key: r.value for r in self._rows("setting") if r.key.startswith(RULE_PREFIX)}

    def rule_states(self) -> dict[str, RuleState]:
        return {r.rule_id: convert.rule_state(r) for r in self._rows("rule_state")}

    def zones(self) -> list[Zone]:
        return list(self._converted("zone", convert.zone, "sort_order"))

    def protocols(self) -> list[Protocol]:
        return list(self._converted("protocol", convert.protocol, "start, id"))

    def vials(self) -> list[Vial]:
        return list(self._converted("vial", convert.vial, "id"))

    def injections(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> list[Injection]:
        shots = self._converted("injection", convert.injection, "taken_at_utc, id")
        return [
            shot
            for shot in shots
            if (start is None or shot.taken_at >= start) and (end is None or shot.taken_at < end)
        ]

    def reactions(self) -> list[SiteReaction]:
        return list(self._converted("site_reaction", convert.reaction, "observed_at_utc"))

    def entries(self, start: date | None = None, end: date | None = None) -> list[DiaryEntry]:
        return [
            convert.entry(r)
            for r in self._rows("diary_entry", "day")
            if (start is None or r.day >= start) and (end is None or r.day <= end)
        ]

    def lab_tests(self) -> list[LabTest]:
        return [convert.lab_test(r) for r in self._rows("lab_test", "sort_order, code")]

    def monitoring_groups(self) -> list[MonitoringGroup]:
        return [convert.monitoring(r) for r in self._rows("monitoring_group")]

    def panels(self, start: date | None = None, end: date | None = None) -> list[LabPanel]:
        results: dict[int, list[Any]] = defaultdict(list)
        for r in self._rows("lab_result"):
            results[r.panel_id].append(r)
        return [
            convert.panel(p, results[p.id])
            for p in self._rows("lab_panel", "collected_on, id")
            if (start is None or p.collected_on >= start) and (end is None or p.collected_on <= end)
        ]
