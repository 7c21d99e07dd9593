"""SQLite and disk failures turned into one plain sentence each, chosen by error code.

The code (`sqlite_errorcode`, `errno`) says what happened; the message text is never parsed,
except to tell a duplicate from a missing parent inside SQLite's one "constraint" code.
"""

from __future__ import annotations

import errno
from pathlib import Path

import sqlcipher3

from app.domain.errors import UserError
from app.domain.i18n import translate
from app.store.errors import DiaryDamaged, ReadFailed, WriteFailed

# SQLite's primary result codes (https://sqlite.org/rescode.html)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM = 3, 5, 6, 7
SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL = 8, 10, 11, 13
SQLITE_CANTOPEN, SQLITE_CONSTRAINT, SQLITE_NOTADB = 14, 19, 26


def _causes() -> dict[int, str]:
    """SQLite's codes in plain words, in the active language."""
    full = translate("Store", "The disk is full.")
    read_only = translate("Store", "The diary's folder or file is read-only.")
    gone = translate(
        "Store", "The diary file cannot be reached (was it moved or its drive removed?)."
    )
    busy = translate("Store", "Another program is using the diary file.")
    return {
        SQLITE_FULL: full,
        SQLITE_READONLY: read_only,
        SQLITE_PERM: read_only,
        SQLITE_CANTOPEN: gone,
        SQLITE_IOERR: translate("Store", "The disk reported an error."),
        SQLITE_BUSY: busy,
        SQLITE_LOCKED: busy,
        SQLITE_NOMEM: translate("Store", "The computer ran out of memory."),
    }


def _os_causes() -> dict[int, str]:
    """The system's error numbers in the same words."""
    causes = _causes()
    return {
        errno.ENOSPC: causes[SQLITE_FULL],
        errno.EDQUOT: translate("Store", "The disk is full (your quota is used up)."),
        errno.EROFS: causes[SQLITE_READONLY],
        errno.EACCES: causes[SQLITE_READONLY],
        errno.EPERM: causes[SQLITE_READONLY],
        errno.EIO: causes[SQLITE_IOERR],
        errno.ENOENT: causes[SQLITE_CANTOPEN],
    }


# SQLite's fixed text for each code (sqlite3_errstr), for the few driver calls (the backup API)
# that raise without setting `sqlite_errorcode`: the whole message must be exactly this text.
_ERRSTR = {
    "database or disk is full": SQLITE_FULL,
    "attempt to write a readonly database": SQLITE_READONLY,
    "unable to open database file": SQLITE_CANTOPEN,
    "disk I/O error": SQLITE_IOERR,
    "database is locked": SQLITE_BUSY,
    "database table is locked": SQLITE_LOCKED,
    "database disk image is malformed": SQLITE_CORRUPT,
    "file is not a database": SQLITE_NOTADB,
}


def sqlite_code(err: BaseException) -> int | None:
    code = getattr(err, "sqlite_errorcode", None)
    if code is None and isinstance(err, sqlcipher3.Error):
        return _ERRSTR.get(str(err))
    return None if code is None else code & 0xFF  # the primary code of an extended one


def is_damage(err: BaseException) -> bool:
    """A page failed its check. (SQLITE_NOTADB is not counted: with SQLCipher it is what a wrong
    key gives, and a damaged first page cannot be told from one.)"""
    return sqlite_code(err) == SQLITE_CORRUPT


def damaged(path: Path) -> DiaryDamaged:
    """The damage message, naming this diary's newest backup when there is one."""
    from app.store.files.backups import newest_backup

    return DiaryDamaged(path, newest_backup(path))


def _constraint(err: BaseException) -> str:
    kind = str(err).split(" constraint failed")[0].upper()
    if kind == "FOREIGN KEY":
        return translate("Store", "A record this change refers to no longer exists.")
    if kind in ("UNIQUE", "PRIMARY KEY"):
        return translate("Store", "A record like this one already exists.")
    return translate("Store", "A value in this change is not allowed.")


def write_failure(err: BaseException, path: Path) -> UserError:
    """What to tell the person when a write failed with `err`; nothing of it was saved."""
    if is_damage(err):
        return damaged(path)
    unknown = translate("Store", "The diary file could not be written.")
    if isinstance(err, OSError):
        cause = _os_causes().get(err.errno or 0, unknown)
    elif sqlite_code(err) == SQLITE_CONSTRAINT:
        cause = _constraint(err)
    else:
        cause = _causes().get(sqlite_code(err) or 0, unknown)
    nothing = translate(
        "Store", "Nothing from this change was saved; what was saved before is safe."
    )
    return WriteFailed(f"{cause} {nothing}")


def read_failure(err: BaseException, path: Path) -> UserError:
    if is_damage(err):
        return damaged(path)
    code, causes = sqlite_code(err), _causes()
    if code == SQLITE_CANTOPEN or (isinstance(err, OSError) and err.errno == errno.ENOENT):
        return ReadFailed(causes[SQLITE_CANTOPEN])
    if code in causes:
        return ReadFailed(f"{causes[code]} " + translate("Store", "Nothing was changed."))
    return ReadFailed(
        translate(
            "Store",
            "The diary file could not be read; it may be damaged. Nothing was changed. You can "
            "restore a backup (File → Restore from backup…).",
        )
    )


DB_ERRORS = (sqlcipher3.Error, OSError)
