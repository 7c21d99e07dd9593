"""Ask the keyring for a diary's key on the second core while the window starts (Linux).

Importing the `keyring` package and asking it takes about as long as showing the window, and
both are mostly Python work that one process does one after the other. On Linux the launcher
forks before Qt is loaded: the child asks the keyring, writes the key into a pipe and exits;
the parent starts Qt meanwhile and reads the pipe when it needs the key. Nothing is written to
disk, and the key goes only to the process that would have asked for it anyway.

Anywhere else, or when forking is not safe (other threads already running) or fails, `result()`
asks the keyring in-process, as `keychain.recall` always does.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading

from app.domain.keys import KEY_BYTES, SALT_BYTES, KeyMaterial
from app.vault import keyring_state

_NONE = b"-"  # the child's answer when no key is remembered
_KEY = b"k"  # followed by the key and the salt
_FAULT = b"!"  # followed by the kind of error: the keyring did not answer


def _recall(diary_id: str) -> KeyMaterial | None:
    from app.vault import keychain  # the large import this module exists to move off the path

    return keychain.recall(diary_id)


def _child_answer(diary_id: str) -> bytes:
    """What the child writes into the pipe: the key, 'none remembered', or 'no answer'."""
    try:
        material = _recall(diary_id)
    except Exception as err:  # noqa: BLE001 - keychain catches its own; an import can fail too
        keyring_state.note_fault(type(err).__name__)
        material = None
    kind = keyring_state.fault_kind()
    if material is None and kind is not None:
        return _FAULT + kind.encode("ascii", "replace")[:64]
    return _NONE if material is None else _KEY + material.key + material.salt


def _can_fork() -> bool:
    return (
        sys.platform.startswith("linux")
        and hasattr(os, "fork")
        and threading.active_count() == 1
        and "PySide6.QtCore" not in sys.modules  # never fork a process that has started Qt
    )


class KeyPrefetch:
    """Started with `KeyPrefetch.start(diary_id)`; `result()` gives what `recall` would give."""

    def __init__(self, diary_id: str, pid: int | None = None, fd: int | None = None) -> None:
        self.diary_id = diary_id
        self._pid = pid
        self._fd = fd
        self._cancelled = False
        self.forked = pid is not None

    @classmethod
    def start(cls, diary_id: str) -> KeyPrefetch:
        if not _can_fork():
            return cls(diary_id)
        try:
            read_end, write_end = os.pipe()
            pid = os.fork()
        except OSError:
            return cls(diary_id)
        if pid == 0:  # the child: answer through the pipe and leave without running any cleanup
            try:
                os.close(read_end)
                os.nice(10)  # on a busy machine the window comes first
                os.write(write_end, _child_answer(diary_id))
            finally:
                os._exit(0)
        os.close(write_end)
        return cls(diary_id, pid, read_end)

    def result(self) -> KeyMaterial | None:
        """The remembered key, or None; asked for once (nothing here keeps the key).

        Blocks until the child has answered, or `cancel` is called (then None)."""
        if self._fd is None:
            return None if self._cancelled else _recall(self.diary_id)
        answer = b""
        try:
            while chunk := os.read(self._fd, 256):
                answer += chunk
        finally:
            self._reap()
        if self._cancelled:
            return None
        if answer == _NONE:
            return None
        if answer[:1] == _FAULT:  # asking again here would fail (or hang) the same way
            keyring_state.note_fault(answer[1:65].decode("ascii", "replace") or "error")
            return None
        if len(answer) == 1 + KEY_BYTES + SALT_BYTES and answer[:1] == _KEY:
            key, salt = answer[1 : 1 + KEY_BYTES], answer[1 + KEY_BYTES :]
            if salt.hex() == self.diary_id:
                return KeyMaterial(key=key, salt=salt)
        return _recall(self.diary_id)  # the child failed (a keyring error): ask here

    def cancel(self) -> None:
        """Stop waiting (the window was closed): the child is stopped, `result()` gives None.

        The child may be waiting on a keyring prompt that nobody will answer now."""
        self._cancelled = True
        if self._pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._pid, signal.SIGKILL)

    def close(self) -> None:
        """Reap the child if its answer was never read."""
        if self._fd is not None:
            self.cancel()
            self._reap()

    def _reap(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._pid is not None:
            with contextlib.suppress(ChildProcessError):  # SIGCHLD ignored: already reaped
                os.waitpid(self._pid, 0)
            self._pid = None
