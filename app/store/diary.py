"""The Diary facade: the one object the UI and the command line talk to.

Use-case methods validate, write in one transaction, and return domain records. After a write,
listeners are told once which parts changed, and each view decides whether to refresh.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session, SQLModel

from app.domain.errors import ValidationError
from app.domain.keys import KeyMaterial
from app.domain.snapshot import Snapshot
from app.store.errors import DiaryExists, NotADiary, ReadFailed, WriteFailed
from app.store.files import engine as engine_mod
from app.store.interchange import json_io as interchange
from app.store.reading.reader import QuickReader
from app.store.schema import migrate
from app.store.writing import row_checks
from app.store.writing.injection_log import InjectionLog
from app.store.writing.lab_log import LabLog
from app.store.writing.profile_settings import ProfileSettings
from app.store.writing.rule_log import RuleLog
from app.store.writing.seeds import apply_seeds
from app.store.writing.symptom_log import SymptomLog

Listener = Callable[[frozenset[str]], None]

ALL_CHANGES = frozenset(
    {
        "profile",
        "protocols",
        "zones",
        "vials",
        "injections",
        "reactions",
        "entries",
        "labs",
        "catalogue",
        "settings",
        "rules",
    }
)

_WRITE_FAILURE_HINTS = {
    "full": "The disk is full.",
    "readonly": "The diary's folder or file is read-only.",
    "read-only": "The diary's folder or file is read-only.",
    "unable to open": "The diary file cannot be reached (was it moved or its drive removed?).",
    "disk i/o": "The disk reported an error.",
    "locked": "Another program is using the diary file.",
}


def _write_failure_message(err: Exception) -> str:
    text_ = str(getattr(err, "orig", err)).lower()
    reason = next((msg for key, msg in _WRITE_FAILURE_HINTS.items() if key in text_), "")
    reason = reason or "The diary file could not be written."
    return f"{reason} Nothing from this change was saved; what was saved before is safe."


def _read_failure_message(err: Exception) -> str:
    text_ = str(getattr(err, "orig", err)).lower()
    if "unable to open" in text_:
        return "The diary file cannot be reached (was it moved or its drive removed?)."
    return (
        "The diary file could not be read; it may be damaged. Nothing was changed. "
        "You can restore a backup (File → Restore from backup…)."
    )


class Diary(InjectionLog, SymptomLog, LabLog, ProfileSettings, RuleLog):
    """An open, unlocked diary file."""

    def __init__(self, path: Path, material: KeyMaterial, engine: Engine) -> None:
        self.path = Path(path)
        self._material: KeyMaterial | None = material
        self._diary_id = material.diary_id
        self._engine: Engine | None = engine
        self._listeners: list[Listener] = []
        self.migration_copy: Path | None = None

    # ----- opening and closing -------------------------------------------------------------

    @classmethod
    def create_with_key(cls, path: Path, material: KeyMaterial) -> Diary:
        """Create a new encrypted diary at `path` (which must not exist), keyed with `material`."""
        path = Path(path)
        if path.exists():
            raise DiaryExists(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            engine_mod.create_file(path, material)
            engine = engine_mod.make_engine(path, material)
            diary = cls(path, material, engine)
            diary._prepare()
        except Exception:
            _remove_quietly(path)
            raise
        return diary

    @classmethod
    def open_with_key(cls, path: Path, material: KeyMaterial) -> Diary:
        """Open with an already derived key (from the keyring or an earlier unlock)."""
        path = Path(path)
        salt = engine_mod.read_salt(path)
        if salt != material.salt:
            from app.store.errors import WrongPassphrase

            raise WrongPassphrase()
        engine = engine_mod.make_engine(path, material)
        diary = cls(path, material, engine)
        try:
            diary._prepare()
        except Exception:
            diary.close()
            raise
        return diary

    def _prepare(self) -> None:
        try:
            self.migration_copy = migrate.upgrade(self.engine, self.path, self.backup_to)
        except (OperationalError, DBAPIError) as err:
            raise NotADiary(self.path, str(getattr(err, "orig", err))) from None
        with self._write(frozenset()) as session:
            apply_seeds(session)

    @property
    def key_material(self) -> KeyMaterial:
        if self._material is None:
            raise WriteFailed("The diary is locked or closed.")
        return self._material

    @property
    def diary_id(self) -> str:
        """The diary's id (its salt, which is not secret); known even after closing."""
        return self._diary_id

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise WriteFailed("The diary is locked or closed.")
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def close(self) -> None:
        """Close every connection and drop the key from this object (a lock or a quit)."""
        if self._engine is not None:
            with contextlib.suppress(Exception), self._engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self._engine.dispose()
            self._engine = None
        # The engine's connect listener held the key too; both go, so only the passphrase (or
        # the keyring) can open the file again. Python cannot wipe the bytes themselves.
        self._material = None

    def __enter__(self) -> Diary:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- change notices ------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _notify(self, changes: frozenset[str]) -> None:
        if not changes:
            return
        for listener in list(self._listeners):
            listener(changes)

    # ----- sessions ------------------------------------------------------------------------

    @contextlib.contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except (OperationalError, DBAPIError, sqlcipher3.DatabaseError) as err:
            raise ReadFailed(_read_failure_message(err)) from None

    @contextlib.contextmanager
    def _write(self, changes: frozenset[str]) -> Iterator[Session]:
        """One transaction: all of it is saved, or none of it; listeners hear of it after commit."""
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                row_checks.guard(session)
                yield session
        except (OperationalError, DBAPIError, sqlcipher3.DatabaseError) as err:
            raise WriteFailed(_write_failure_message(err)) from None
        except OSError as err:
            raise WriteFailed(_write_failure_message(err)) from None
        self._notify(changes)

    # ----- the rules' snapshot --------------------------------------------------------------

    def snapshot(self, as_of: date | None = None, now: datetime | None = None) -> Snapshot:
        """Everything the rules need as of a day (see `SnapshotReader.snapshot`), read in one
        pass over plain rows: the same read start-up makes (`QuickReader`), about twice as fast
        as the ORM's at ten years. The banners take one after every write."""
        try:
            conn = self.engine.raw_connection()
            try:
                return QuickReader(conn).snapshot(as_of, now)
            finally:
                conn.close()  # back to the pool
        except (OperationalError, DBAPIError, sqlcipher3.DatabaseError) as err:
            raise ReadFailed(_read_failure_message(err)) from None

    # ----- whole-file operations -----------------------------------------------------------

    def integrity_check(self) -> str:
        """'ok' when SQLite and SQLCipher find the file sound, else what they found."""
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
            cipher = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
        problems = [r[0] for r in rows if r[0] != "ok"] + [r[0] for r in cipher]
        return "ok" if not problems else "; ".join(problems)

    def schema_revision(self) -> str:
        return migrate.current_revision(self.engine) or ""

    def counts(self) -> dict[str, int]:
        """Rows per table, for `dosebook check`."""
        out: dict[str, int] = {}
        with self._read() as session:
            for name, table in sorted(SQLModel.metadata.tables.items()):
                out[name] = session.exec(select(func.count()).select_from(table)).one()[0]
        return out

    def backup_to(self, target: Path) -> Path:
        """Write a self-contained encrypted copy (SQLite backup API; same key and salt)."""
        target = Path(target)
        if target.exists():
            raise DiaryExists(target)
        tmp = target.with_name(target.name + ".partial")
        _remove_quietly(tmp)
        try:
            src = engine_mod.open_raw(self.path, self.key_material)
            try:
                dst = sqlcipher3.connect(str(tmp))
                try:
                    dst.execute("PRAGMA cipher_log_level = NONE")
                    dst.execute(f"PRAGMA key = {self.key_material.pragma_value()}")
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dst.close()
            finally:
                src.close()
            # Read-only check: verifying must not switch the copy back to WAL.
            ok = engine_mod.verify_file(tmp, self.key_material)
            if ok != "ok":
                raise WriteFailed(f"The backup did not verify ({ok}); it was not kept.")
            os.replace(tmp, target)
        except (sqlcipher3.Error, OSError) as err:
            _remove_quietly(tmp)
            raise WriteFailed(_write_failure_message(err)) from None
        except Exception:
            _remove_quietly(tmp)
            raise
        return target

    def export_json(self) -> str:
        """The whole diary as lossless JSON text (see docs/export-format.md)."""
        with self._read() as session:
            return interchange.dumps(interchange.export_document(session, self.schema_revision()))

    def export_csv(self, folder: Path) -> list[Path]:
        with self._read() as session:
            return interchange.export_csv(session, Path(folder))

    def import_json(self, text_: str) -> int:
        """Validate the whole document, then write all of it in one transaction, or nothing."""
        try:
            doc = json.loads(text_)
        except (ValueError, RecursionError) as err:
            raise ValidationError(f"The import file is not valid JSON ({err}).") from None
        parsed = interchange.parse_document(doc)
        with self._write(ALL_CHANGES) as session:
            return interchange.import_rows(session, parsed)

    def rekey(self, new: KeyMaterial) -> None:
        """Re-encrypt the file under a new key. The salt stays, so the diary keeps its id."""
        if new.salt != self.key_material.salt:
            raise ValueError("a new key for this diary must keep its salt")
        self.engine.dispose()
        conn = engine_mod.open_raw(self.path, self.key_material)
        try:
            conn.execute(f"PRAGMA rekey = {new.pragma_value()}")
        except sqlcipher3.Error as err:
            raise WriteFailed(_write_failure_message(err)) from None
        finally:
            conn.close()
        self._material = new
        self._engine.dispose()
        self._engine = engine_mod.make_engine(self.path, new)


def _remove_quietly(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()
