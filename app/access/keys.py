"""Keys stay here: the UI asks to remember, forget or reopen; it never holds a raw key.

`KeyHold` carries an opened diary's key across a close (a restore, a lock screen that reopens
with the keyring) without handing the key itself to the caller.
"""

from __future__ import annotations

from pathlib import Path

from app.domain.keys import KeyMaterial
from app.store.diary import Diary
from app.vault import keychain


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


class KeyHold:
    """The key of a diary, held for reopening it; the holder cannot read the key."""

    __slots__ = ("__material", "path")

    def __init__(self, path: Path, material: KeyMaterial) -> None:
        self.path = Path(path)
        self.__material = material

    @classmethod
    def of(cls, diary: Diary) -> KeyHold:
        return cls(diary.path, diary.key_material)

    def open(self, path: Path | None = None) -> Diary:
        """Open the diary at `path` (default: where it was) with the held key."""
        return Diary.open_with_key(Path(path) if path else self.path, self.__material)

    def material_for_access(self) -> KeyMaterial:
        """For `app.access` only (restoring a backup under the same key)."""
        return self.__material

    def __repr__(self) -> str:
        return f"KeyHold({self.path})"
