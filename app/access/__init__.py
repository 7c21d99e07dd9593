"""Where the vault (keys) meets the store (files): creating, unlocking and rekeying diaries.

The names below load their module on first use (PEP 562), so that start-up can import
`app.access.quick` without pulling in the ORM that `app.access.diaries` needs.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_DIARIES = (
    "RestoreResult",
    "change_passphrase",
    "create_demo",
    "create_diary",
    "open_remembered",
    "remembered_key_for",
    "restore_backup",
    "restore_backup_with_key",
    "unlock_diary",
)

__all__ = list(_DIARIES)


def __getattr__(name: str) -> Any:
    if name in _DIARIES:
        return getattr(import_module("app.access.diaries"), name)
    raise AttributeError(f"module 'app.access' has no attribute {name!r}")
