"""Opening diaries with a passphrase: where the vault (keys) meets the store (files).

The store only takes a derived key and the vault knows nothing of files, so the command line and
the GUI both come here to create, unlock and rekey diaries (the demo: `app.access.demo`).
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from pathlib import Path

from app.access.hold import KeyHold
from app.access.quick import open_deriving
from app.domain.keys import KeyMaterial
from app.store.diary import Diary
from app.store.errors import WriteFailed, WrongPassphrase
from app.store.files import backups
from app.store.files.raw import read_salt
from app.vault import keychain
from app.vault.kdf import LEGACY_SCRYPT_N, SCRYPT_N, derive_key, new_salt
from app.vault.passphrase import check_new_passphrase


def create_diary(path: Path, passphrase: str) -> Diary:
    """A new diary at `path` under a key derived from `passphrase` with a fresh salt."""
    return Diary.create_with_key(Path(path), derive_key(passphrase, new_salt()))


def unlock_diary(path: Path, passphrase: str, upgrade_key: bool = True) -> Diary:
    """Open with the passphrase: read the file's salt, derive the key once, open.

    A diary keyed at an older, cheaper scrypt cost opens too and, with `upgrade_key`, is re-keyed
    at today's (the command line, which mostly only reads, leaves the file as it is).
    """
    salt = read_salt(Path(path))
    diary, legacy = open_deriving(passphrase, salt, lambda m: Diary.open_with_key(Path(path), m))
    if legacy and upgrade_key:
        _upgrade_key(diary, derive_key(passphrase, salt))
    return diary


def _upgrade_key(diary: Diary, material: KeyMaterial) -> None:
    """Re-key a diary opened with an older-cost key; a remembered key is replaced too.

    If the file cannot be written now, it stays as it was and opens the same way next time.
    """
    was_remembered = keychain.recall(diary.diary_id) is not None
    try:
        diary.rekey(material)
    except WriteFailed:
        return
    if was_remembered:
        keychain.remember(material)


def open_remembered(path: Path) -> Diary | None:
    """Open with the key remembered in the keyring, or None (a stale key is forgotten)."""
    salt = read_salt(Path(path))
    material = keychain.recall(salt.hex())
    if material is None:
        return None
    try:
        return Diary.open_with_key(Path(path), material)
    except WrongPassphrase:
        keychain.forget(salt.hex())  # the passphrase was changed elsewhere
        return None


def change_passphrase(diary: Diary, new_passphrase: str, current: str | None = None) -> None:
    """Re-encrypt under the new passphrase; a remembered key is replaced by the new one.

    With `current`, the passphrase now in use must be given first (the Settings screen asks).
    Backups made before keep the passphrase they were made under.
    """
    if current is not None and not passphrase_fits(diary, current):
        raise WrongPassphrase()
    check_new_passphrase(new_passphrase, new_passphrase)
    was_remembered = keychain.recall(diary.diary_id) is not None
    diary.rekey(derive_key(new_passphrase, diary.key_material.salt))
    if was_remembered:
        keychain.remember(diary.key_material)


def passphrase_fits(diary: Diary, passphrase: str) -> bool:
    """Whether `passphrase` is the one the open diary is keyed with (today's or an older cost)."""
    salt = diary.key_material.salt
    return any(
        hmac.compare_digest(derive_key(passphrase, salt, n=n).key, diary.key_material.key)
        for n in (SCRYPT_N, *LEGACY_SCRYPT_N)
    )


def restore_backup(diary_path: Path, backup: Path, passphrase: str) -> RestoreResult:
    """Put `backup` in place of the (closed) diary and open it, with the backup's passphrase.

    A backup made before a passphrase change needs the passphrase it was made under.
    """
    salt = read_salt(Path(backup))
    result, legacy = open_deriving(
        passphrase, salt, lambda m: restore_backup_with_key(diary_path, backup, m)
    )
    if legacy:
        _upgrade_key(result.diary, derive_key(passphrase, salt))
    return result


def remembered_key_for(backup: Path) -> KeyMaterial | None:
    """The key remembered for the diary this backup came from (same salt), if any."""
    return keychain.recall(read_salt(Path(backup)).hex())


def restore_with_remembered_key(diary_path: Path, backup: Path) -> RestoreResult | None:
    """Restore with the key remembered for the backup's diary; None when none is remembered.

    Raises WrongPassphrase when the remembered key does not open the backup.
    """
    material = remembered_key_for(backup)
    return None if material is None else restore_backup_with_key(diary_path, backup, material)


def restore_holding(hold: KeyHold, backup: Path) -> RestoreResult:
    """Put `backup` in place of the (closed) diary `hold` was taken from, under the same key.

    Raises WrongPassphrase when the backup was made under another passphrase.
    """
    return restore_backup_with_key(hold.path, backup, hold.material_for_access())


def restore_backup_with_key(diary_path: Path, backup: Path, material: KeyMaterial) -> RestoreResult:
    """Like `restore_backup`, with the key of the diary that was open (same passphrase)."""
    copy = backups.restore(Path(backup), Path(diary_path), material)
    return RestoreResult(Diary.open_with_key(Path(diary_path), material), copy)


@dataclass
class RestoreResult:
    """The restored diary, open, and the copy kept of the file it replaced (None if there was none)."""

    diary: Diary
    kept_copy: Path | None
