"""The demo diary: made-up data under the passphrase "demo", never remembered in the keyring.

Nothing here imports the keyring: `dosebook demo` and `--demo` never touch it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.access.hold import KeyHold
from app.access.quick import QuickStart, reader_or_none
from app.store.demo import DEMO_PASSPHRASE, write_demo
from app.store.diary import Diary
from app.vault.kdf import derive_key, new_salt


def create_demo(path: Path, today: date | None = None) -> Diary:
    """The demo diary (passphrase "demo"), with a random salt like any diary; open."""
    return write_demo(Path(path), derive_key(DEMO_PASSPHRASE, new_salt()), today)


def create_demo_quickly(path: Path) -> QuickStart:
    """Write the demo diary at `path`; its key and a quick reader on it (start-up's first step)."""
    diary = create_demo(Path(path))
    material = diary.key_material
    diary.close()
    return QuickStart(KeyHold(path, material), reader_or_none(path, material))
