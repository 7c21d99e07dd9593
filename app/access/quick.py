"""Start-up's first step: the remembered key (or a fresh demo) and a quick, ORM-free reader for
the first screen."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from app.access.hold import KeyHold
from app.store.errors import WrongPassphrase
from app.store.files.salt import read_salt
from app.store.reading.reader import QuickReader
from app.vault.prefetch import KeyPrefetch


@dataclass
class QuickStart:
    """The remembered key, held for the full open, and a reader on the file (None when its schema
    needs the full open)."""

    hold: KeyHold
    reader: QuickReader | None


def open_remembered_quickly(path: Path, prefetch: KeyPrefetch | None = None) -> QuickStart | None:
    """Like `open_remembered`, without the ORM: None when no key is remembered or it no longer fits
    (then it is forgotten). Raises the store's errors for a missing or damaged file.

    `prefetch`, when it was started for this diary, has already asked the keyring.
    """
    salt = read_salt(Path(path))
    if prefetch is None or prefetch.diary_id != salt.hex():
        if prefetch is not None:
            prefetch.close()  # asked for a file that has been replaced since
        prefetch = KeyPrefetch(salt.hex())  # asks in this process
    material = prefetch.result()
    if material is None:
        return None
    try:
        return QuickStart(KeyHold(path, material), QuickReader.open(Path(path), material))
    except sqlcipher3.DatabaseError:  # a damaged page, say: the full open reports it
        return QuickStart(KeyHold(path, material), None)
    except WrongPassphrase:
        from app.vault import keychain  # a large import: only on this rare path

        keychain.forget(salt.hex())  # the passphrase was changed elsewhere
        return None


def create_demo_quickly(path: Path) -> QuickStart:
    """Write the demo diary at `path` (passphrase "demo", never remembered); its key and a reader."""
    from app.access.diaries import create_demo

    diary = create_demo(Path(path))
    material = diary.key_material
    diary.close()
    return QuickStart(material, QuickReader.open(Path(path), material))
