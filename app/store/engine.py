"""The SQLCipher engine: every connection is keyed with the raw derived key and its salt."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.domain.keys import SALT_BYTES, KeyMaterial
from app.store.errors import DiaryMissing, NotADiary, WrongPassphrase

PAGE_SIZE = 4096
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def read_salt(path: Path) -> bytes:
    """The salt SQLCipher keeps in the first 16 bytes of the file (it also names the diary)."""
    path = Path(path)
    if not path.exists():
        raise DiaryMissing(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(SALT_BYTES)
    except OSError as err:
        raise NotADiary(path, err.strerror or "cannot be read") from err
    size = path.stat().st_size
    if head == _PLAIN_SQLITE_HEADER[:SALT_BYTES]:
        raise NotADiary(path, "it is an unencrypted SQLite file")
    if len(head) < SALT_BYTES or size < PAGE_SIZE or size % PAGE_SIZE:
        raise NotADiary(path)
    return head


def _configure(dbapi_conn: sqlcipher3.Connection, material: KeyMaterial) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute(f"PRAGMA key = {material.pragma_value()}")
        # A wrong key raises nothing above; the first read fails with "file is not a database".
        cur.execute("SELECT count(*) FROM sqlite_master")
        cur.execute("PRAGMA journal_mode = WAL")
        # FULL: a transaction the UI reported as saved survives a power cut, not only a crash.
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA busy_timeout = 5000")
    finally:
        cur.close()


def open_raw(path: Path, material: KeyMaterial) -> sqlcipher3.Connection:
    """A plain DB-API connection, keyed; used for checks, backups and rekeying."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        _configure(conn, material)
    except sqlcipher3.DatabaseError as err:
        conn.close()
        raise _translate(path, err) from None
    return conn


def _translate(path: Path, err: Exception) -> Exception:
    text = str(err).lower()
    if "not a database" in text or "encrypted" in text:
        return WrongPassphrase()
    return NotADiary(path, str(err))


def make_engine(path: Path, material: KeyMaterial) -> Engine:
    """An SQLAlchemy engine on the diary file. Raises WrongPassphrase if the key does not fit."""
    path = Path(path)
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect", insert=True)
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001 - SQLAlchemy's signature
        _configure(dbapi_conn, material)

    try:
        with engine.connect():
            pass
    except Exception as err:  # SQLAlchemy wraps the driver's error
        engine.dispose()
        orig = getattr(err, "orig", err)
        raise _translate(path, orig) from None
    return engine
