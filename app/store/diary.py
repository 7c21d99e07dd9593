"""The Diary facade: the one object the UI and the command line talk to.

Reads are declared once in `reading.reads`; writes live in the `writing` parts. Each user action is
one facade method and one transaction (`_write`), checked by `domain.checks` before anything is
written. After the commit, never inside it, listeners hear once what changed (`Change`); a
listener that fails is reported as a display problem, not as a failed save.
"""

from __future__ import annotations

import contextlib
import functools
import operator
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from app.domain.keys import KeyMaterial
from app.domain.snapshot import Snapshot
from app.store import failures
from app.store.changes import Change
from app.store.errors import DiaryExists, NotADiary, WriteFailed, WrongPassphrase
from app.store.files import raw
from app.store.files.pool import ConnectionPool
from app.store.files.private import Partial, make_private_folder, remove_with_sidecars
from app.store.interchange import csv_export, json_io
from app.store.interchange.records import DocumentContext
from app.store.reading.reader import QuickReader
from app.store.reading.reads import Reads
from app.store.reading.rows import fetch
from app.store.schema import migrate
from app.store.schema.tables import TABLES
from app.store.writing.attachments import AttachmentLog
from app.store.writing.injection_log import InjectionLog
from app.store.writing.lab_log import LabLog
from app.store.writing.person_log import PersonLog
from app.store.writing.profile_settings import ProfileSettings
from app.store.writing.rule_log import RuleLog
from app.store.writing.seeds import apply_seeds
from app.store.writing.symptom_log import SymptomLog
from app.store.writing.tx import Tx

Listener = Callable[[Change], None]

READ_ONLY_MESSAGE = (
    "This diary is open read-only: its file or folder cannot be written. Nothing was saved; "
    "copy it to a folder you can write to, or make it writable, and open it again."
)


def _report_refresh_failure(err: BaseException) -> None:
    # Only the kind of error: its text could hold a record (a note, a lab value).
    print(
        f"dosebook: a view could not refresh after a save ({type(err).__name__})", file=sys.stderr
    )


class Diary(
    Reads, InjectionLog, SymptomLog, LabLog, AttachmentLog, ProfileSettings, PersonLog, RuleLog
):
    """An open, unlocked diary file."""

    def __init__(self, path: Path, material: KeyMaterial, pool: ConnectionPool) -> None:
        self.path = Path(path)
        self.read_only = pool.read_only  # the file or its folder cannot be written: reads only
        self._material: KeyMaterial | None = material
        self._diary_id = material.diary_id
        self._pool: ConnectionPool | None = pool
        self._listeners: list[Listener] = []
        self.migration_copy: Path | None = None
        self._batch: tuple[Tx, list[Change]] | None = None  # see `batch`
        # Told when a listener fails after a committed write (the UI shows it as a display problem).
        self.on_refresh_failed: Callable[[BaseException], None] = _report_refresh_failure

    # ----- opening and closing -------------------------------------------------------------

    @classmethod
    def create_with_key(cls, path: Path, material: KeyMaterial) -> Diary:
        """Create a new encrypted diary at `path` (which must not exist), keyed with `material`."""
        path = Path(path)
        if path.exists():
            raise DiaryExists(path)
        try:
            make_private_folder(path.parent)
            raw.create_file(path, material)
        except FileExistsError:
            raise DiaryExists(path) from None
        except OSError as err:
            raise WriteFailed(
                f"The diary cannot be made at {path} ({err.strerror or err}); nothing was written."
            ) from None
        try:
            diary = cls(path, material, ConnectionPool(path, material))
            diary._prepare()
        except Exception:
            remove_with_sidecars(path)
            raise
        return diary

    @classmethod
    def open_with_key(cls, path: Path, material: KeyMaterial) -> Diary:
        """Open with an already derived key (from the keyring or an earlier unlock)."""
        path = Path(path)
        if raw.read_salt(path) != material.salt:
            raise WrongPassphrase()
        diary = cls(path, material, ConnectionPool(path, material, raw.is_read_only(path)))
        try:
            diary._prepare()
        except Exception:
            diary.close()
            raise
        return diary

    def _prepare(self) -> None:
        if self.read_only:
            with self._connection() as conn:
                migrate.check_current(conn, self.path)
            return  # the seeds are there since it was last open for writing
        try:
            with self._connection() as conn:
                self.migration_copy = migrate.upgrade(
                    conn, self.path, self.key_material, self.backup_to
                )
        except sqlcipher3.Error as err:
            if failures.is_damage(err):
                raise self._damaged() from None
            raise NotADiary(self.path, str(err)) from None
        with self._write(Change.NONE) as tx:
            apply_seeds(tx)

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
    def is_open(self) -> bool:
        return self._pool is not None

    def close(self) -> None:
        """Close every connection and drop the key from this object (a lock or a quit)."""
        if self._pool is not None:
            with contextlib.suppress(Exception), self._pool.connection() as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._pool.close()
            self._pool = None
        # The pool held the key too; both go, so only the passphrase (or the keyring) can open
        # the file again. Python cannot wipe the bytes themselves.
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

    def _notify(self, changes: Change) -> None:
        """Tell every listener; one that fails does not undo the save or stop the others."""
        if not changes:
            return
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception as err:  # noqa: BLE001 - the write is committed whatever a view does
                self.on_refresh_failed(err)

    # ----- connections, reads and the one write path ---------------------------------------

    def _damaged(self) -> Exception:
        return failures.damaged(self.path)

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlcipher3.Connection]:
        if self._pool is None:
            raise WriteFailed("The diary is locked or closed.")
        with self._pool.connection() as conn:
            yield conn

    def _rows(
        self, table: str, where: str = "", params: tuple[Any, ...] = (), order_by: str = ""
    ) -> list[Any]:
        try:
            with self._connection() as conn:
                return fetch(conn, table, where, params, order_by)
        except failures.DB_ERRORS as err:
            raise self._read_failure(err) from None

    def _read_failure(self, err: BaseException) -> Exception:
        return failures.read_failure(err, self.path)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Many facade writes in one transaction (the demo is written so): each runs its checks
        as it always does; all of it is saved or none; listeners hear once, after the commit.

        Reads through the facade do not see the batch's writes before it commits."""
        heard: list[Change] = []
        with self._write(Change.NONE) as tx:
            self._batch = (tx, heard)
            try:
                yield
            finally:
                self._batch = None
        self._notify(functools.reduce(operator.or_, heard, Change.NONE))

    @contextlib.contextmanager
    def _write(self, changes: Change) -> Iterator[Tx]:
        """One transaction: all of it is saved, or none of it; listeners hear of it after commit."""
        if self.read_only:
            raise WriteFailed(READ_ONLY_MESSAGE)
        if self._batch is not None:  # inside `batch`: its transaction, its notice
            tx, heard = self._batch
            yield tx
            heard.append(changes)
            return
        try:
            with self._connection() as conn:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield Tx(conn)
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        with contextlib.suppress(sqlcipher3.Error):
                            conn.execute("ROLLBACK")
                    raise
        except failures.DB_ERRORS as err:
            if failures.is_damage(err):
                raise self._damaged() from None
            raise failures.write_failure(err, self.path) from None
        self._notify(changes)

    # ----- the rules' snapshot --------------------------------------------------------------

    def snapshot(self, as_of: date | None = None, now: datetime | None = None) -> Snapshot:
        """Everything the rules need as of a day, read over one connection (each table once)."""
        try:
            with self._connection() as conn:
                return QuickReader(conn).snapshot(as_of, now)
        except failures.DB_ERRORS as err:
            raise self._read_failure(err) from None

    # ----- whole-file operations -----------------------------------------------------------

    def integrity_check(self) -> str:
        """'ok' when SQLite and SQLCipher find the file sound, else what they found."""
        try:
            with self._connection() as conn:
                rows = conn.execute("PRAGMA integrity_check").fetchall()
                cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        except failures.DB_ERRORS as err:
            raise self._read_failure(err) from None
        problems = [r[0] for r in rows if r[0] != "ok"] + [r[0] for r in cipher]
        return "ok" if not problems else "; ".join(problems)

    def schema_revision(self) -> str:
        with self._connection() as conn:
            return migrate.raw_revision(conn) or ""

    def counts(self) -> dict[str, int]:
        """Rows per table, for `dosebook check`."""
        try:
            with self._connection() as conn:
                return {name: Tx(conn).count(name) for name in sorted(TABLES)}
        except failures.DB_ERRORS as err:
            raise self._read_failure(err) from None

    def backup_to(self, target: Path) -> Path:
        """Write a self-contained encrypted copy (SQLite backup API; same key and salt).

        Written to a new private file under a fresh name, verified, then renamed into place."""
        target = Path(target)
        if target.exists():
            raise DiaryExists(target)
        try:
            with Partial(target) as partial:
                tmp = partial.release()  # SQLite fills the empty 0600 file
                src = raw.open_raw(self.path, self.key_material)
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
                ok = raw.verify_file(tmp, self.key_material)
                if ok != "ok":
                    raise WriteFailed(f"The backup did not verify ({ok}); it was not kept.")
                partial.commit(replace=False)
        except FileExistsError:
            raise DiaryExists(target) from None
        except failures.DB_ERRORS as err:
            if failures.is_damage(err):
                raise self._damaged() from None
            raise failures.write_failure(err, target) from None
        return target

    def export_json(self) -> str:
        """The whole diary as lossless JSON text (see docs/export-format.md)."""
        try:
            with self._connection() as conn:
                doc = json_io.export_document(conn, migrate.raw_revision(conn) or "")
        except failures.DB_ERRORS as err:
            raise self._read_failure(err) from None
        return json_io.dumps(doc)

    def export_csv(self, folder: Path) -> list[Path]:
        try:
            with self._connection() as conn:
                return csv_export.export_csv(conn, Path(folder))
        except failures.DB_ERRORS as err:
            raise self._read_failure(err) from None

    def import_json(
        self,
        text_: str,
        today: date | None = None,
        check_rule_setting: Callable[[str, str], None] | None = None,
    ) -> int:
        """Check the whole document as every screen checks its records, then write all of it in
        one transaction, or nothing. `check_rule_setting` checks warning-rule thresholds (the
        rules module's `check_rule_setting`; the store cannot import it)."""
        context = DocumentContext(
            zone_ids=frozenset(z.id for z in self.zones()),
            test_codes=frozenset(t.code for t in self.lab_tests()),
            today=today or date.today(),
        )
        parsed = json_io.parse_text(text_, context, check_rule_setting)
        with self._write(Change.ALL) as tx:
            return json_io.import_rows(tx, parsed)

    def rekey(self, new: KeyMaterial) -> None:
        """Re-encrypt the file under a new key. The salt stays, so the diary keeps its id."""
        if new.salt != self.key_material.salt:
            raise ValueError("a new key for this diary must keep its salt")
        if self.read_only:
            raise WriteFailed(READ_ONLY_MESSAGE)
        old = self.key_material
        if self._pool is not None:
            self._pool.close()
        conn = raw.open_raw(self.path, old)
        try:
            conn.execute(f"PRAGMA rekey = {new.pragma_value()}")
        except sqlcipher3.Error as err:
            self._pool = ConnectionPool(self.path, old)
            raise failures.write_failure(err, self.path) from None
        finally:
            conn.close()
        self._material = new
        self._pool = ConnectionPool(self.path, new)
