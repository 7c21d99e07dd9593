"""The SQLCipher engine: every connection is keyed with the raw derived key and its salt."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.domain.keys import KeyMaterial
from app.store.files.raw import (
    PAGE_SIZE,
    configure,
    connect_existing,
    open_raw,
    read_salt,
    translate_error,
)

__all__ = ["PAGE_SIZE", "create_file", "make_engine", "open_raw", "read_salt", "verify_file"]


def verify_file(path: Path, material: KeyMaterial) -> str:
    """'ok' when the file opens with this key and passes SQLite's and SQLCipher's checks.

    Read-only: checking a backup must not change it (not even its journal mode).
    """
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlcipher3.connect(uri, uri=True)
    except sqlcipher3.Error as err:
        return str(err)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {material.pragma_value()}")
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.Error as err:
        return str(err)
    finally:
        conn.close()
    problems = [r[0] for r in rows if r[0] != "ok"] + [r[0] for r in cipher]
    return "ok" if not problems else "; ".join(problems)


def create_file(path: Path, material: KeyMaterial) -> None:
    """Create the encrypted file (its first page holds the salt), so engines can require it."""
    open_raw(path, material).close()


def make_engine(path: Path, material: KeyMaterial) -> Engine:
    """An SQLAlchemy engine on an existing diary file. Raises WrongPassphrase if the key does not fit.

    Each connection requires the file to exist (see `connect_existing`).
    """
    path = Path(path)
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        creator=lambda: connect_existing(path),
    )

    @event.listens_for(engine, "connect", insert=True)
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001 - SQLAlchemy's signature
        configure(dbapi_conn, material)

    try:
        with engine.connect():
            pass
    except Exception as err:  # SQLAlchemy wraps the driver's error
        engine.dispose()
        orig = getattr(err, "orig", err)
        raise translate_error(path, orig) from None
    return engine
