"""Automatic backups: one verified, encrypted copy per day in a `backups/` folder, rotated.

Each backup is written with SQLite's backup API under the diary's own key and salt (see
`Diary.backup_to`), so it opens with the same passphrase, and it is kept only once it has passed
the integrity checks. Rotation keeps the newest backup of each of the last 7 days that have one and
of the 4 weeks before them (the rule borg and restic call keep-daily/keep-weekly). Files that do
not follow the automatic naming (copies kept before a restore, the user's own backups) are never
removed.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.keys import SALT_BYTES, KeyMaterial
from app.store.errors import NotADiary, WriteFailed, WrongPassphrase
from app.store.files import raw
from app.store.files.private import Partial, make_private_folder, remove_with_sidecars

if TYPE_CHECKING:
    from app.store.diary import Diary

FOLDER = "backups"
SUFFIX = ".dosebook"
_STAMP = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})\.dosebook$")

# Settings kept in the diary (the `setting` table), with their defaults.
SETTING_AUTO = "backup.auto"  # "on" or "off"
SETTING_KEEP_DAILY = "backup.keep_daily"
SETTING_KEEP_WEEKLY = "backup.keep_weekly"
KEEP_DAILY = 7
KEEP_WEEKLY = 4


@dataclass(frozen=True)
class Backup:
    """One backup file and when it was taken (local time, from its name)."""

    path: Path
    taken_at: datetime
    size: int


@dataclass(frozen=True)
class BackupSettings:
    auto: bool = True
    keep_daily: int = KEEP_DAILY
    keep_weekly: int = KEEP_WEEKLY

    @classmethod
    def of(cls, diary: Diary) -> BackupSettings:
        """The diary's backup settings; anything unreadable falls back to the default."""
        return cls(
            auto=diary.setting(SETTING_AUTO, "on") != "off",
            keep_daily=_count(diary.setting(SETTING_KEEP_DAILY), KEEP_DAILY),
            keep_weekly=_count(diary.setting(SETTING_KEEP_WEEKLY), KEEP_WEEKLY),
        )


def _count(text: str, default: int) -> int:
    try:
        value = int(text)
    except ValueError:
        return default
    return value if 0 <= value <= 366 else default


def folder_for(diary_path: Path) -> Path:
    """Where the automatic backups of this diary go: `backups/` beside it."""
    return Path(diary_path).parent / FOLDER


# ----- naming and listing ----------------------------------------------------------------------


def backup_name(diary_path: Path, when: datetime) -> str:
    return f"{Path(diary_path).stem}-{when.strftime(_STAMP)}{SUFFIX}"


def _taken_at(path: Path, stem: str) -> datetime | None:
    match = _NAME.match(path.name)
    if match is None or match["stem"] != stem:
        return None
    try:
        return datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None


def _salt_of(path: Path) -> bytes | None:
    try:
        with path.open("rb") as fh:
            return fh.read(SALT_BYTES)
    except OSError:
        return None


def list_backups(diary_path: Path, diary_id: str | None = None) -> list[Backup]:
    """This diary's automatic backups, newest first. With `diary_id`, only its own (same salt)."""
    folder = folder_for(diary_path)
    stem = Path(diary_path).stem
    found: list[Backup] = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            taken = _taken_at(path, stem)
            if taken is None or not path.is_file():
                continue
            if diary_id is not None and (_salt_of(path) or b"").hex() != diary_id:
                continue
            found.append(Backup(path=path, taken_at=taken, size=path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def newest_backup(diary_path: Path) -> Path | None:
    """This diary's newest automatic backup (same salt), or None."""
    salt = _salt_of(Path(diary_path))
    found = list_backups(diary_path, salt.hex()) if salt else []
    return found[0].path if found else None


# ----- rotation (pure) -------------------------------------------------------------------------


def _keep_per_period(times: list[datetime], period: str, n: int, kept: set[datetime]) -> None:
    """Add to `kept` the newest time of each of the `n` newest periods not yet represented."""
    if n <= 0:
        return
    last = None
    added = 0
    for t in sorted(times, reverse=True):
        key = t.strftime(period)
        if key == last:
            continue
        last = key
        if t not in kept:
            kept.add(t)
            added += 1
            if added == n:
                return


def times_to_keep(times: Iterable[datetime], keep_daily: int, keep_weekly: int) -> set[datetime]:
    """Which backup times rotation keeps: newest per day for `keep_daily` days, then per ISO week."""
    times = list(times)
    kept: set[datetime] = set()
    _keep_per_period(times, "%Y-%m-%d", keep_daily, kept)
    _keep_per_period(times, "%G-W%V", keep_weekly, kept)
    return kept


def rotate(diary_path: Path, diary_id: str, settings: BackupSettings) -> list[Path]:
    """Remove the automatic backups rotation no longer keeps, and what interrupted backups left
    behind (`.partial` files: only the process holding the diary's lock writes them, and it is
    not writing one now); returns what was removed."""
    backups = list_backups(diary_path, diary_id)
    kept = times_to_keep([b.taken_at for b in backups], settings.keep_daily, settings.keep_weekly)
    removed = []
    for b in backups:
        if b.taken_at not in kept:
            with contextlib.suppress(FileNotFoundError):
                b.path.unlink()
            removed.append(b.path)
    for leftover in leftover_partials(diary_path):
        remove_with_sidecars(leftover)
        removed.append(leftover)
    return removed


def leftover_partials(diary_path: Path) -> list[Path]:
    """Unfinished files from an interrupted backup (in `backups/`) or restore (beside the diary)."""
    diary_path = Path(diary_path)
    stem, name = re.escape(diary_path.stem), re.escape(diary_path.name)
    in_backups = re.compile(
        rf"^{stem}-\d{{4}}-\d{{2}}-\d{{2}}_\d{{6}}\.dosebook(\.[0-9a-f]+)?\.partial$"
    )
    beside = re.compile(rf"^{name}(\.[0-9a-f]+\.partial|\.restoring)$")
    found: list[Path] = []
    for folder, pattern in ((folder_for(diary_path), in_backups), (diary_path.parent, beside)):
        with contextlib.suppress(OSError):
            found.extend(p for p in folder.iterdir() if pattern.match(p.name) and p.is_file())
    return sorted(found)


# ----- writing ---------------------------------------------------------------------------------


def write_backup(diary: Diary, now: datetime | None = None) -> Backup:
    """Write a verified backup now, then rotate. Raises WriteFailed (nothing kept) on failure."""
    now = (now or datetime.now()).replace(microsecond=0)
    folder = folder_for(diary.path)
    try:
        make_private_folder(folder)
    except OSError as err:
        raise WriteFailed(f"The backups folder {folder} cannot be made ({err.strerror}).") from None
    target = folder / backup_name(diary.path, now)
    if target.exists():  # two backups in the same second: the newer one is enough
        target.unlink()
    diary.backup_to(target)
    rotate(diary.path, diary.diary_id, BackupSettings.of(diary))
    return Backup(path=target, taken_at=now, size=target.stat().st_size)


def backup_if_due(diary: Diary, changed: bool = True, now: datetime | None = None) -> Backup | None:
    """The automatic backup: when there is none from today yet, or the diary `changed` since.

    Keeps at most one backup per day (rotation drops the day's older one).
    """
    settings = BackupSettings.of(diary)
    if not settings.auto:
        return None
    now = now or datetime.now()
    newest = next(iter(list_backups(diary.path, diary.diary_id)), None)
    if newest is not None and newest.taken_at.date() == now.date() and not changed:
        return None
    return write_backup(diary, now)


# ----- restoring -------------------------------------------------------------------------------


def _copy_privately(src: Path, dst: Path, replace: bool = False) -> None:
    """Copy `src` to a new private file at `dst`, written under a fresh name and renamed."""
    with src.open("rb") as fin, Partial(dst) as partial:
        while chunk := fin.read(1024 * 1024):
            partial.write(chunk)
        partial.commit(replace=replace)


def keep_copy_of(diary_path: Path, now: datetime | None = None) -> Path | None:
    """Copy the diary file as it is (damaged or not, with its WAL) before it is replaced."""
    diary_path = Path(diary_path)
    if not diary_path.exists():
        return None
    now = now or datetime.now()
    folder = make_private_folder(folder_for(diary_path))
    copy = folder / f"{diary_path.stem}-before-restore-{now.strftime(_STAMP)}{diary_path.suffix}"
    _copy_privately(diary_path, copy)
    wal = Path(f"{diary_path}-wal")
    if wal.exists() and wal.stat().st_size:
        _copy_privately(wal, Path(f"{copy}-wal"))
    return copy


def restore(backup: Path, diary_path: Path, material: KeyMaterial) -> Path | None:
    """Replace the (closed) diary at `diary_path` with `backup`, keyed with `material`.

    The backup is checked first; the current file is copied into the backups folder before it is
    replaced; the new file is put in place with one rename. Returns the copy of the old file.
    Raises WrongPassphrase if `material` does not open the backup, NotADiary if it is damaged.
    """
    backup, diary_path = Path(backup), Path(diary_path)
    if raw.is_read_only(diary_path):
        raise WriteFailed(
            f"{diary_path} is read-only (the file or its folder); make it writable to restore "
            "a backup over it. Nothing was changed."
        )
    # a missing or foreign file gets a clear message before anything else
    if raw.read_salt(backup) != material.salt:
        raise WrongPassphrase()
    verdict = raw.verify_file(backup, material)
    if verdict != "ok":
        if "not a database" in verdict:
            raise WrongPassphrase()
        raise NotADiary(backup, verdict)
    from app.store.interchange.verify import check_file_records

    check_file_records(backup, material)
    try:
        make_private_folder(diary_path.parent)
        copy = keep_copy_of(diary_path)
        with backup.open("rb") as fin, Partial(diary_path) as partial:
            while chunk := fin.read(1024 * 1024):
                partial.write(chunk)
            partial.release()
            if raw.verify_file(partial.path, material) != "ok":
                raise WriteFailed("The restored copy did not verify; the diary was not changed.")
            # A WAL left from the old file would be replayed into the restored one: remove it
            # first (the copy above holds it).
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{diary_path}{suffix}").unlink()
            partial.commit()
    except OSError as err:
        raise WriteFailed(
            f"The backup could not be put in place ({err.strerror or err}); "
            "the diary was not changed."
        ) from None
    return copy
