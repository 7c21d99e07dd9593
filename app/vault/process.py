"""Process settings that keep keys and records out of files the system might write."""

from __future__ import annotations

import contextlib
import os


def no_core_dumps() -> None:
    """A core dump would hold the diary's records and key in plain form: do not write one.

    Inherited by child processes (the keyring lookup forked at start-up)."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def private_umask() -> None:
    """Whatever this process creates (files SQLite, Qt or a library make, not only ours) is
    for this account only: files 0600, folders 0700."""
    with contextlib.suppress(AttributeError, OSError):
        os.umask(0o077)
