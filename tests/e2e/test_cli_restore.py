"""`dosebook restore` as a user runs it: the diary comes back, the replaced file is kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.e2e.test_cli import dosebook


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A demo diary and a backup of it, made once through the command line."""
    folder = tmp_path_factory.mktemp("restore")
    diary, copy = folder / "d.dosebook", folder / "saved.dosebook"
    assert dosebook("demo", str(diary)).returncode == 0
    made = dosebook("backup", str(diary), "--out", str(copy), "--passphrase-stdin", stdin="demo\n")
    assert made.returncode == 0, made.stderr
    return diary, copy


def test_backup_then_restore_brings_the_diary_back_and_keeps_a_copy(
    saved: tuple[Path, Path], tmp_path: Path
) -> None:
    diary = tmp_path / "d.dosebook"
    shutil.copy(saved[0], diary)
    damaged = bytearray(diary.read_bytes())
    damaged[8192:] = bytes(len(damaged) - 8192)  # all but the first two pages wiped
    diary.write_bytes(bytes(damaged))
    broken = dosebook("check", str(diary), "--passphrase-stdin", stdin="demo\n")
    assert broken.returncode == 1 and "damaged" in broken.stderr, broken.stderr
    assert "Traceback" not in broken.stderr
    result = dosebook(
        "restore", str(diary), "--from", str(saved[1]), "--passphrase-stdin", stdin="demo\n"
    )
    assert result.returncode == 0, result.stderr
    assert "Restored" in result.stdout and "kept at" in result.stdout
    kept = list((tmp_path / "backups").glob("d-before-restore-*.dosebook"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(damaged)
    check = dosebook("check", str(diary), "--passphrase-stdin", stdin="demo\n")
    assert check.returncode == 0 and "Integrity: ok" in check.stdout


def test_restore_with_the_wrong_passphrase_changes_nothing(
    saved: tuple[Path, Path], tmp_path: Path
) -> None:
    diary = tmp_path / "d.dosebook"
    shutil.copy(saved[0], diary)
    before = diary.read_bytes()
    result = dosebook(
        "restore", str(diary), "--from", str(saved[1]), "--passphrase-stdin", stdin="nope\n"
    )
    assert result.returncode == 1
    assert result.stderr.startswith("dosebook: Wrong passphrase")
    assert diary.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_restore_needs_from(tmp_path: Path) -> None:
    result = dosebook("restore", str(tmp_path / "d.dosebook"))
    assert result.returncode == 2 and "--from" in result.stderr
