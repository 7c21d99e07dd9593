"""Process settings that keep keys and records out of files the system might write."""

from __future__ import annotations

import contextlib


def no_core_dumps() -> None:
    """A core dump would hold the diary's records and key in plain form: do not write one.

    Inherited by child processes (the keyring lookup forked at start-up)."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
