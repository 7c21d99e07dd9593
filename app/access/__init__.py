"""Where the vault (keys) meets the store (files): creating, unlocking, remembering and rekeying
diaries. Keys stay here and in the vault: the UI asks for an action and gets a diary back.

The names below load their module on first use (PEP 562), so that start-up can import
`app.access.quick` without loading the whole facade and the keyring.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_DIARIES = (
    "RestoreResult",
    "change_passphrase",
    "create_diary",
    "open_remembered",
    "passphrase_fits",
    "remembered_key_for",
    "restore_backup",
    "restore_backup_with_key",
    "restore_holding",
    "restore_with_remembered_key",
    "unlock_diary",
)
_KEYS = (
    "KeyHold",
    "can_remember",
    "forget",
    "is_remembered",
    "keyring_fault",
    "remember",
    "why_cannot_remember",
)

__all__ = [*_DIARIES, *_KEYS, "create_demo"]


def __getattr__(name: str) -> Any:
    if name in _DIARIES:
        return getattr(import_module("app.access.diaries"), name)
    if name in _KEYS:
        return getattr(import_module("app.access.keys"), name)
    if name == "create_demo":  # without the keyring, which the demo never touches
        return import_module("app.access.demo").create_demo
    raise AttributeError(f"module 'app.access' has no attribute {name!r}")
