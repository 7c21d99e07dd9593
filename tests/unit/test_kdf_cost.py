"""Raising the scrypt cost keeps older diaries and backups opening with their passphrase.

A diary keyed at an older cost unlocks, and is re-keyed at today's cost (a remembered key with it);
a wrong passphrase still changes nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.access import open_remembered, restore_backup, unlock_diary
from app.domain.records import DiaryEntry
from app.store.diary import Diary
from app.store.errors import WrongPassphrase
from app.store.files import backups
from app.vault import keychain
from app.vault.kdf import LEGACY_SCRYPT_N, SCRYPT_N, derive_key, new_salt

PASSPHRASE = "an older passphrase"
DAY = date(2026, 3, 1)


def test_todays_cost_is_not_a_legacy_one() -> None:
    assert max(LEGACY_SCRYPT_N) < SCRYPT_N
    salt = new_salt()
    assert derive_key("x", salt) != derive_key("x", salt, n=LEGACY_SCRYPT_N[0])


def older_diary(path: Path) -> Diary:
    """A diary as an earlier version made it: keyed at the older scrypt cost."""
    diary = Diary.create_with_key(path, derive_key(PASSPHRASE, new_salt(), n=LEGACY_SCRYPT_N[0]))
    diary.save_entry(DiaryEntry(day=DAY, energy=4))
    return diary


def test_an_older_diary_unlocks_and_is_rekeyed_at_todays_cost(tmp_path: Path) -> None:
    path = tmp_path / "old.dosebook"
    older_diary(path).close()
    with unlock_diary(path, PASSPHRASE) as diary:
        assert [e.day for e in diary.entries()] == [DAY]
        salt = bytes.fromhex(diary.diary_id)
    with Diary.open_with_key(path, derive_key(PASSPHRASE, salt)) as diary:
        assert [e.day for e in diary.entries()] == [DAY]
        assert diary.integrity_check() == "ok"
    with pytest.raises(WrongPassphrase):
        Diary.open_with_key(path, derive_key(PASSPHRASE, salt, n=LEGACY_SCRYPT_N[0]))


def test_a_remembered_older_key_is_replaced_when_rekeyed(tmp_path: Path) -> None:
    path = tmp_path / "old.dosebook"
    diary = older_diary(path)
    assert keychain.remember(diary.key_material)
    diary.close()
    unlock_diary(path, PASSPHRASE).close()
    reopened = open_remembered(path)
    assert reopened is not None
    with reopened:
        assert [e.day for e in reopened.entries()] == [DAY]


def test_a_wrong_passphrase_on_an_older_diary_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "old.dosebook"
    older_diary(path).close()
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase):
        unlock_diary(path, "not the passphrase")
    assert path.read_bytes() == before


def test_a_backup_from_an_older_version_restores_with_its_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "old.dosebook"
    with older_diary(path) as diary:
        made = backups.write_backup(diary)
        salt = bytes.fromhex(diary.diary_id)
    with restore_backup(path, made.path, PASSPHRASE).diary as restored:
        assert [e.day for e in restored.entries()] == [DAY]
    with Diary.open_with_key(path, derive_key(PASSPHRASE, salt)) as diary:
        assert [e.day for e in diary.entries()] == [DAY]


def test_the_command_line_reads_an_older_diary_without_rewriting_it(tmp_path: Path) -> None:
    """`dosebook check` and the like only read: the file stays at the older cost."""
    import subprocess
    import sys

    path = tmp_path / "old.dosebook"
    older_diary(path).close()
    before = path.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "app", "status", str(path), "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert path.read_bytes() == before
