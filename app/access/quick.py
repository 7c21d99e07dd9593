"""Start-up's first step: the remembered key (or a fresh demo) and a quick, ORM-free reader for
the first screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import sqlcipher3

from app.access.hold import KeyHold
from app.domain.keys import KeyMaterial
from app.store.errors import WrongPassphrase
from app.store.files.salt import read_salt
from app.store.reading.reader import QuickReader
from app.vault.prefetch import KeyPrefetch

if TYPE_CHECKING:
    from app.store.files.inspect import FileReport

T = TypeVar("T")


@dataclass
class QuickStart:
    """The remembered key, held for the full open, and a reader on the file (None when its schema
    needs the full open)."""

    hold: KeyHold
    reader: QuickReader | None


def reader_or_none(path: Path, material: KeyMaterial) -> QuickReader | None:
    """A reader, or None when the full open must decide (another schema, a damaged page: it
    migrates, refuses or reports them with its usual messages). Raises WrongPassphrase."""
    try:
        return QuickReader.open(Path(path), material)
    except sqlcipher3.DatabaseError:
        return None


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
        return QuickStart(KeyHold(path, material), reader_or_none(path, material))
    except WrongPassphrase:
        from app.vault import keychain  # a large import: only on this rare path

        keychain.forget(salt.hex())  # the passphrase was changed elsewhere
        return None


def open_deriving(
    passphrase: str, salt: bytes, open_with: Callable[[KeyMaterial], T]
) -> tuple[T, bool]:
    """`open_with(key)` with today's key, else with a key at an older cost: (result, was older).

    Only a wrong passphrase pays for the extra derivations.
    """
    from app.vault.kdf import LEGACY_SCRYPT_N, derive_key

    try:
        return open_with(derive_key(passphrase, salt)), False
    except WrongPassphrase:
        for n in LEGACY_SCRYPT_N:
            try:
                return open_with(derive_key(passphrase, salt, n=n)), True
            except WrongPassphrase:
                continue
        raise


def unlock_quickly(path: Path, passphrase: str) -> QuickStart:
    """Like `unlock_diary` without the ORM, for reading: an older-cost key is not upgraded."""
    salt = read_salt(Path(path))
    quick, _older = open_deriving(
        passphrase, salt, lambda m: QuickStart(KeyHold(path, m), reader_or_none(path, m))
    )
    return quick


def inspect_held(hold: KeyHold) -> FileReport:
    """What `dosebook check` reports, read over a plain connection with the held key."""
    from app.store.files.inspect import inspect_file

    return inspect_file(hold.path, hold.material_for_access())
