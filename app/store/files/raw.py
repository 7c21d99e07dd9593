"""The diary file below any ORM: its salt, and plain SQLCipher connections keyed with the raw key.

Nothing here imports SQLAlchemy, so start-up can read the figures it shows first (see
`quick_read`) before the ORM has loaded.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from app.domain.keys import KeyMaterial
from app.store import failures
from app.store.errors import DiaryMissing, NotADiary, WriteFailed, WrongPassphrase
from app.store.files.salt import PAGE_SIZE, read_salt

__all__ = [
    "PAGE_SIZE",
    "configure",
    "connect_existing",
    "create_file",
    "open_raw",
    "read_salt",
    "translate_error",
    "verify_file",
]


def configure(dbapi_conn: sqlcipher3.Connection, material: KeyMaterial) -> None:
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
        # Sorts and temporary tables stay in memory: an unencrypted temp file could hold records.
        cur.execute("PRAGMA temp_store = MEMORY")
    finally:
        cur.close()


def connect_existing(path: Path) -> sqlcipher3.Connection:
    """Connect to a file that must already exist: if it was moved away, SQLite must not quietly
    create an empty one in its place (mode=rw)."""
    uri = Path(path).resolve().as_uri() + "?mode=rw"
    return sqlcipher3.connect(uri, uri=True, check_same_thread=False)


def open_raw(path: Path, material: KeyMaterial) -> sqlcipher3.Connection:
    """A plain DB-API connection, keyed; used for checks, backups and rekeying."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        configure(conn, material)
    except sqlcipher3.DatabaseError as err:
        conn.close()
        raise translate_error(path, err) from None
    return conn


def translate_error(path: Path, err: Exception) -> Exception:
    if failures.is_damage(err):
        return failures.damaged(Path(path))
    code = failures.sqlite_code(err)
    if code == failures.SQLITE_NOTADB:  # what SQLCipher says when the key does not fit
        return WrongPassphrase()
    if code in (failures.SQLITE_CANTOPEN, failures.SQLITE_READONLY, failures.SQLITE_PERM):
        path = Path(path)
        if not path.exists():
            return DiaryMissing(path)
        if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            return WriteFailed(
                f"{path} is in a read-only place: Dosebook writes its journal beside the diary. "
                "Copy the diary to a folder you can write to. Nothing was changed."
            )
    return NotADiary(path, str(err))


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
