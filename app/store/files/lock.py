"""One diary, one process: an exclusive lock on a file beside the diary, `<diary>.lock`.

The lock is the operating system's (`flock` on POSIX, a byte-range lock on Windows), so it goes
away with the process that held it, however that process ended: a crashed or killed holder
leaves at most the lock file, with its process id in it, which the next opener finds stale and
takes over. The window holds the lock from the moment it is given a diary until it closes; the
commands that write (import, restore) hold it while they run. Commands that only read never
take it and may run alongside.

On release the file is removed while still locked; an opener that locked a file removed
meanwhile sees it is no longer the one at the path and tries again.
"""

from __future__ import annotations

import contextlib
import errno
import os
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import UserError
from app.domain.i18n import translate

LOCK_SUFFIX = ".lock"
_OPEN = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte past the text, so others can still read the pid
_CANNOT_LOCK_HERE = {errno.EACCES, errno.EPERM, errno.EROFS}


class DiaryInUse(UserError):
    """Another process holds the diary: a window (`by_window`) or a command."""

    def __init__(self, path: Path, holder: Holder | None) -> None:
        self.path = Path(path)
        self.holder = holder
        super().__init__(f"{self.path.name} is open in Dosebook; close it first.")

    @property
    def by_window(self) -> bool:
        return self.holder is not None and self.holder.kind == "window"


@dataclass(frozen=True)
class Holder:
    """What a lock file says about the process that holds (or held) it."""

    pid: int
    kind: str  # "window" or "command"

    @classmethod
    def parse(cls, text: str) -> Holder | None:
        parts = text.split()
        if len(parts) < 2 or not parts[0].isdigit():
            return None
        return cls(int(parts[0]), parts[1])

    def text(self) -> str:
        return f"{self.pid} {self.kind}\n"


def lock_path(diary_path: Path) -> Path:
    diary_path = Path(diary_path)
    return diary_path.with_name(diary_path.name + LOCK_SUFFIX)


class DiaryLock:
    """Held until `release()` (or the end of a `with` block, or the process)."""

    def __init__(self, diary_path: Path, fd: int | None, stale: Holder | None = None) -> None:
        self.diary_path = Path(diary_path)
        self.path = lock_path(self.diary_path)
        self._fd = fd
        self.stale = stale  # the holder a crash left behind, whose lock this one took over

    @property
    def held(self) -> bool:
        """False when the diary is in a place nobody can write to: there is nothing to guard."""
        return self._fd is not None

    @classmethod
    def acquire(cls, diary_path: Path, kind: str = "command") -> DiaryLock:
        """Take the diary's lock now, or raise DiaryInUse (never waits)."""
        diary_path = Path(diary_path).absolute()
        path = lock_path(diary_path)
        for _ in range(20):  # a holder releasing removes the file: lock the new one then
            try:
                fd = os.open(path, _OPEN, 0o600)
            except OSError as err:
                if err.errno in _CANNOT_LOCK_HERE:  # a read-only place: nothing can be written
                    return cls(diary_path, None)
                if err.errno == errno.ELOOP:  # O_NOFOLLOW met a planted link
                    raise UserError(
                        translate("Files", "{path} is not Dosebook's lock file; remove it.").format(
                            path=path
                        )
                    ) from None
                raise
            if not _try_lock(fd):
                holder = Holder.parse(_read_text(fd))
                os.close(fd)
                raise DiaryInUse(diary_path, holder)
            if not _is_at(fd, path):
                os.close(fd)
                continue
            stale = Holder.parse(_read_text(fd))
            _write_text(fd, Holder(os.getpid(), kind).text())
            return cls(diary_path, fd, stale)
        raise DiaryInUse(diary_path, None)

    def release(self) -> None:
        if self._fd is None:
            return
        if os.name == "posix":  # Windows cannot remove a file that is open
            with contextlib.suppress(OSError):
                if _is_at(self._fd, self.path):
                    os.unlink(self.path)
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = None

    def __enter__(self) -> DiaryLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            if self._fd is not None:
                os.close(self._fd)


def _is_at(fd: int, path: Path) -> bool:
    """Whether the open file is still the one at `path` (not removed by a releasing holder)."""
    try:
        now = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (now.st_dev, now.st_ino)


def _read_text(fd: int) -> str:
    with contextlib.suppress(OSError):
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 256).decode("ascii", "replace")
    return ""


def _write_text(fd: int, text: str) -> None:
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, text.encode("ascii"))


if os.name == "posix":
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

else:  # Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
