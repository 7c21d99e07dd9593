"""Reading files a person points Dosebook at: regular files only, and never more than could be
meant (a FIFO, a device or a folder is refused at once, before anything waits on it).

Standard library only: the command line checks its arguments before any heavy import.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.domain.errors import UserError
from app.domain.i18n import translate

MAX_IMPORT_BYTES = 200 * 1024 * 1024  # a ten-year diary exports to a few MB
MAX_PASSPHRASE_BYTES = 1024

_OPEN_FOR_READING = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class NotARegularFile(UserError):
    def __init__(self, path: object, kind: str) -> None:
        super().__init__(f"{path} is {kind}, not a file; give the path of a file.")


class FileTooLarge(UserError):
    def __init__(self, path: object, limit: int) -> None:
        super().__init__(
            f"{path} is larger than {_size(limit)}, more than any Dosebook file holds; "
            "nothing was read."
        )


class NoSuchFile(UserError):
    def __init__(self, path: object) -> None:
        super().__init__(f"There is no file at {path}.")


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"


def kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def require_regular(path: Path) -> os.stat_result:
    """The file's status if `path` is a regular file (links followed); else a clear refusal."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise NoSuchFile(path) from None
    except OSError as err:
        raise UserError(
            translate("Files", "Could not read {path}: {reason}.").format(
                path=path, reason=err.strerror or err
            )
        ) from None
    kind = kind_of(status.st_mode)
    if kind is not None:
        raise NotARegularFile(path, kind)
    return status


def _open_regular(path: Path) -> tuple[int, os.stat_result]:
    """A descriptor on a regular file and its status; the file is checked after opening, so
    what is read is what was checked."""
    require_regular(path)
    try:
        fd = os.open(path, _OPEN_FOR_READING)
    except FileNotFoundError:
        raise NoSuchFile(path) from None
    except OSError as err:
        raise UserError(
            translate("Files", "Could not read {path}: {reason}.").format(
                path=path, reason=err.strerror or err
            )
        ) from None
    status = os.fstat(fd)
    kind = kind_of(status.st_mode)
    if kind is not None:
        os.close(fd)
        raise NotARegularFile(path, kind)
    return fd, status


def read_head(path: Path, n: int) -> tuple[bytes, int]:
    """The first `n` bytes of a regular file, and its size."""
    fd, status = _open_regular(path)
    try:
        return os.read(fd, n), status.st_size
    except OSError as err:
        raise UserError(
            translate("Files", "Could not read {path}: {reason}.").format(
                path=path, reason=err.strerror or err
            )
        ) from None
    finally:
        os.close(fd)


def read_limited(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The whole of a regular file of at most `limit` bytes; anything else is refused at once."""
    fd, status = _open_regular(path)
    try:
        if status.st_size > limit:
            raise FileTooLarge(path, limit)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # it grew while being read
            raise FileTooLarge(path, limit)
        return b"".join(chunks)
    except OSError as err:
        raise UserError(
            translate("Files", "Could not read {path}: {reason}.").format(
                path=path, reason=err.strerror or err
            )
        ) from None
    finally:
        os.close(fd)
