"""A read-only look at a diary over one plain SQLCipher connection, each table read once.

Start-up reads the figures it shows first (next dose, warning banners) through this reader, and
the command line answers `status` and `warnings` with it: neither waits for anything but the
file. The reads are the `Diary`'s own (`Reads`); only where rows come from differs. It reads only
a diary whose schema is current: anything else is left to `Diary.open_with_key`, which migrates
or refuses it.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Any

import sqlcipher3

from app.domain.keys import KeyMaterial
from app.store.files.raw import open_raw
from app.store.reading.reads import Reads
from app.store.reading.rows import fetch
from app.store.schema.revisions import head_revision, raw_revision


class QuickReader(Reads):
    """Opened on a diary with its key; close it (or use `with`) when done."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self._conn = conn
        self._cache: dict[tuple, list[Any]] = {}

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

    def _rows(
        self, table: str, where: str = "", params: tuple[Any, ...] = (), order_by: str = ""
    ) -> list[Any]:
        key = (table, where, params, order_by)
        if key not in self._cache:
            self._cache[key] = fetch(self._conn, table, where, params, order_by)
        return self._cache[key]
