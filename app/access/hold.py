"""`KeyHold` carries an opened diary's key across a close (a restore, the start-up hand-over)
without handing the key itself to the caller. Light to import: start-up's first step uses it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.keys import KeyMaterial

if TYPE_CHECKING:
    from app.store.diary import Diary


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
        from app.store.diary import Diary

        return Diary.open_with_key(Path(path) if path else self.path, self.__material)

    def material_for_access(self) -> KeyMaterial:
        """For `app.access` only (restoring a backup under the same key)."""
        return self.__material

    def __repr__(self) -> str:
        return f"KeyHold({self.path})"
