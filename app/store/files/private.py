"""Files and folders only their owner can read, written so that nothing is ever half there.

Every file Dosebook writes (the diary, backups, exports, the report, the lock file) is made here:
created new with mode 0600 and `O_EXCL | O_NOFOLLOW` (an existing file or a planted link is never
written through), under a fresh name beside its target, synced, then renamed into place. Folders
Dosebook makes are 0700. Standard library only: the command line uses it before any heavy import.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

from app.domain.errors import UserError
from app.domain.i18n import translate

FILE_MODE = 0o600
FOLDER_MODE = 0o700
PARTIAL_SUFFIX = ".partial"
# Files SQLite keeps beside a database while it is open.
SIDECARS = ("-journal", "-wal", "-shm")

_NEW_FILE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def make_private_folder(folder: Path) -> Path:
    """Make `folder` and its missing parents, each 0700; folders already there are left alone."""
    folder = Path(folder)
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for path in reversed(missing):
        try:
            os.mkdir(path, FOLDER_MODE)
        except FileExistsError:
            continue
        with contextlib.suppress(OSError):
            os.chmod(path, FOLDER_MODE)  # the umask may have taken bits; never adds any
    return folder


def create_private(path: Path) -> int:
    """Create a new, empty file at `path` (0600) and return its descriptor, open for writing.

    Raises FileExistsError when anything is there already, a symbolic link included.
    """
    fd = os.open(path, _NEW_FILE, FILE_MODE)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.fchmod(fd, FILE_MODE)  # a umask can only narrow 0600, but be exact
    return fd


def partial_path(target: Path) -> Path:
    """A fresh name beside `target` to write it under first: `<name>.<random>.partial`."""
    target = Path(target)
    return target.with_name(f"{target.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}")


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_with_sidecars(path: Path) -> None:
    """Remove a file and SQLite's journal files beside it, whichever exist."""
    for suffix in ("", *SIDECARS):
        with contextlib.suppress(FileNotFoundError, IsADirectoryError, PermissionError):
            Path(f"{path}{suffix}").unlink()


class Partial:
    """A new private file under a fresh name beside `target`; `commit()` renames it into place.

    Use it as a context manager: leaving the block without `commit()` (an error, say) removes
    it. Write through `write()` (the descriptor stays open), or close it with `release()` and
    let another writer (SQLite) fill the path, which exists by then with the right mode.
    """

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        self.path = partial_path(self.target)
        self._fd: int | None = create_private(self.path)
        self._done = False
        self._filled_by_path = False  # released before commit: another writer used the path

    def write(self, data: bytes) -> None:
        if self._fd is None:
            raise ValueError("the partial file was released")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]

    def release(self) -> Path:
        """Close the descriptor (after syncing what was written); the path stays."""
        self._filled_by_path = True
        if self._fd is not None:
            try:
                os.fsync(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None
        return self.path

    def commit(self, replace: bool = True) -> Path:
        """Sync and rename onto the target; with `replace=False` an existing target is kept
        and FileExistsError raised. Returns the target."""
        if self._filled_by_path:  # a file SQLite wrote: sync what it wrote
            with contextlib.suppress(OSError):
                fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
        else:
            self.release()
        if replace:
            os.replace(self.path, self.target)
        else:
            place_new(self.path, self.target)
        self._done = True
        sync_folder(self.target.parent)
        return self.target

    def discard(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        if not self._done:
            remove_with_sidecars(self.path)
            self._done = True

    def __enter__(self) -> Partial:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()


def place_new(source: Path, target: Path) -> None:
    """Rename `source` to `target`, but never over something already at `target`."""
    if os.name != "posix":
        os.rename(source, target)  # Windows: rename refuses an existing target
        return
    try:
        os.link(source, target)  # fails with FileExistsError if anything (even a link) is there
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some network drives)
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    os.unlink(source)


def write_private_bytes(path: Path, data: bytes, replace: bool = True) -> Path:
    """Write `data` to `path` atomically with mode 0600. Raises OSError as it comes."""
    with Partial(path) as partial:
        partial.write(data)
        return partial.commit(replace=replace)


def write_private_text(path: Path, text: str, replace: bool = True) -> Path:
    """Write atomically with mode 0600: never a half-written export, never world-readable."""
    path = Path(path)
    try:
        return write_private_bytes(path, text.encode("utf-8"), replace=replace)
    except FileExistsError:
        raise UserError(
            translate(
                "Files", "{path} already exists; choose another name so nothing is overwritten."
            ).format(path=path)
        ) from None
    except OSError as err:
        raise UserError(
            translate("Files", "Could not write {path}: {reason}.").format(
                path=path, reason=err.strerror or err
            )
        ) from None


def make_owner_only(path: Path) -> None:
    """Take group and others' access away from a file of ours (a diary made by an older
    version was 0644); a file of another account, or one we cannot change, is left alone."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        st = os.lstat(path)
        if stat.S_ISREG(st.st_mode) and st.st_uid == os.getuid() and st.st_mode & 0o077:
            os.chmod(path, stat.S_IMODE(st.st_mode) & 0o700)
