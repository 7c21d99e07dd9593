"""The diary file below any ORM: its salt, and plain SQLCipher connections keyed with the raw key.

Nothing here imports SQLAlchemy, so start-up can read the figures it shows first (see
`quick_read`) before the ORM has loaded.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

import sqlcipher3

from app.domain.keys import KeyMaterial
from app.store import failures
from app.store.errors import DiaryMissing, NotADiary, WriteFailed, WrongPassphrase
from app.store.files.private import FILE_MODE, Partial, create_private, make_owner_only
from app.store.files.salt import PAGE_SIZE, read_salt

__all__ = [
    "PAGE_SIZE",
    "configure",
    "connect_existing",
    "create_file",
    "is_read_only",
    "open_raw",
    "read_salt",
    "repair_modes",
    "translate_error",
    "verify_file",
]


def configure(
    dbapi_conn: sqlcipher3.Connection, material: KeyMaterial, read_only: bool = False
) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute(f"PRAGMA key = {material.pragma_value()}")
        # A wrong key raises nothing above; the first read fails with "file is not a database".
        cur.execute("SELECT count(*) FROM sqlite_master")
        if read_only:
            cur.execute("PRAGMA query_only = ON")
        else:
            cur.execute("PRAGMA journal_mode = WAL")
            # FULL: a transaction the UI reported as saved survives a power cut, not only a crash.
            cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA busy_timeout = 5000")
        # Sorts and temporary tables stay in memory: an unencrypted temp file could hold records.
        cur.execute("PRAGMA temp_store = MEMORY")
    finally:
        cur.close()


def is_read_only(path: Path) -> bool:
    """Whether this process cannot write the diary: the file, its folder or the drive is
    read-only (then it opens for reading only)."""
    path = Path(path)
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _read_only_query(path: Path) -> str:
    """How to open a read-only diary so that nothing is left behind.

    SQLite makes a `-wal` and a `-shm` file beside a WAL database it opens, with the database
    file's mode: a 0444 diary got 0444 journal files that broke every later writable open.
    With nothing in the journal, `immutable=1` reads the file alone and makes nothing. With
    pages still in the journal (a crash), SQLite must read it: in a folder we can write to, a
    private `-shm` is made first, so no read-only one appears."""
    wal = Path(f"{path}-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return "?mode=ro&immutable=1"
    shm = Path(f"{path}-shm")
    if os.access(path.parent, os.W_OK) and not os.path.lexists(shm):
        with contextlib.suppress(OSError):
            os.close(create_private(shm))
    return "?mode=ro"


def repair_modes(path: Path) -> None:
    """Before a writable open: the diary only its owner can read (an older Dosebook made it
    0644), and its journal files of ours writable again (one left 0444 blocked every write)."""
    make_owner_only(path)
    if os.name != "posix":
        return
    for suffix in ("-wal", "-shm"):
        sidecar = Path(f"{path}{suffix}")
        with contextlib.suppress(OSError):
            st = os.lstat(sidecar)
            ours = stat.S_ISREG(st.st_mode) and st.st_uid == os.getuid()
            if ours and stat.S_IMODE(st.st_mode) != FILE_MODE:
                os.chmod(sidecar, FILE_MODE)


def connect_existing(path: Path, read_only: bool = False) -> sqlcipher3.Connection:
    """Connect to a file that must already exist: if it was moved away, SQLite must not quietly
    create an empty one in its place (mode=rw). `read_only`: see `_read_only_query`."""
    query = _read_only_query(path) if read_only else "?mode=rw"
    uri = Path(path).resolve().as_uri() + query
    return sqlcipher3.connect(uri, uri=True, check_same_thread=False)


def open_raw(path: Path, material: KeyMaterial) -> sqlcipher3.Connection:
    """A plain DB-API connection, keyed; used for checks, backups and rekeying. A read-only
    diary (see `is_read_only`) is opened for reading only."""
    read_only = is_read_only(path)
    try:
        if read_only:
            conn = connect_existing(path, read_only=True)
        else:
            repair_modes(path)
            conn = sqlcipher3.connect(str(path), check_same_thread=False)
    except sqlcipher3.Error as err:
        raise translate_error(path, err) from None
    try:
        configure(conn, material, read_only)
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
    """Create the encrypted file (its first page holds the salt), so connections can require it.

    It is made private (0600) under a fresh name and moved into place; FileExistsError if
    anything is at `path` already."""
    with Partial(path) as partial:
        open_raw(partial.release(), material).close()
        partial.commit(replace=False)
