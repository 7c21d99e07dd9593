"""Keys stay here: the UI asks to remember or forget; it never holds a raw key (see `hold`)."""

from __future__ import annotations

from app.access.hold import KeyHold
from app.store.diary import Diary
from app.vault import keychain

__all__ = [
    "KeyHold",
    "can_remember",
    "forget",
    "is_remembered",
    "keyring_fault",
    "remember",
    "why_cannot_remember",
]


def can_remember() -> bool:
    """True when a secure system keyring can hold the key."""
    return keychain.can_remember()


def why_cannot_remember() -> str:
    """Why no key can be remembered on this computer, in plain words ('' when it can)."""
    return keychain.why_not_secure() if not keychain.can_remember() else ""


def remember(diary: Diary) -> bool:
    """Keep this diary's key in the system keyring; False when no secure keyring took it."""
    return keychain.remember(diary.key_material)


def forget(diary: Diary) -> None:
    """Remove this diary's key from the system keyring (the passphrase is asked next time)."""
    keychain.forget(diary.diary_id)


def is_remembered(diary: Diary) -> bool:
    return keychain.recall(diary.diary_id) is not None


def keyring_fault() -> str | None:
    """The kind of error the keyring raised the last time it was asked, or None if it answered."""
    from app.vault.keyring_state import fault_kind

    return fault_kind()
