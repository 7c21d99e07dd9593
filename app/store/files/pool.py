"""Keyed connections to one diary file, opened when needed and reused.

Opening a connection with the raw key costs well under a millisecond, but the facade makes many
small reads; a few idle connections are kept. Each is used by one caller at a time.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from app.domain.keys import KeyMaterial
from app.store.files.raw import configure, connect_existing, repair_modes, translate_error

KEEP_IDLE = 4


class ConnectionPool:
    def __init__(self, path: Path, material: KeyMaterial, read_only: bool = False) -> None:
        """With `read_only`, each connection reads only and leaves no file behind."""
        self.path = Path(path)
        self._material = material
        self.read_only = read_only
        if not read_only:
            repair_modes(self.path)
        self._idle: list[sqlcipher3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    def _open(self) -> sqlcipher3.Connection:
        conn = connect_existing(self.path, self.read_only)
        try:
            configure(conn, self._material, self.read_only)
        except sqlcipher3.DatabaseError as err:
            conn.close()
            raise translate_error(self.path, err) from None
        conn.isolation_level = None  # transactions are begun and ended explicitly
        return conn

    @contextlib.contextmanager
    def connection(self) -> Iterator[sqlcipher3.Connection]:
        with self._lock:
            if self._closed:
                raise ValueError("the diary is closed")
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = self._open()
        try:
            yield conn
        finally:
            if conn.in_transaction:  # a failed caller: never hand out a half-done transaction
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
            with self._lock:
                keep = not self._closed and len(self._idle) < KEEP_IDLE
                if keep:
                    self._idle.append(conn)
            if not keep:
                conn.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            with contextlib.suppress(sqlcipher3.Error):
                conn.close()
