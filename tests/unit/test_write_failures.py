"""Writes that fail (disk full, read-only folder, file moved away): a message, nothing half-saved,
the diary keeps working once the cause is gone."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.domain.records import DiaryEntry
from app.store.diary import Diary
from app.store.errors import WriteFailed
from app.store.files import backups
from app.store.files.pool import ConnectionPool


def _mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs: a real disk that fills up, and that can be made read-only."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    folder = tmp_path / "small"
    folder.mkdir()
    result = _mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder))
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path) -> Path:
    """Take every free byte of the disk."""
    filler = folder / "filler"
    with contextlib.suppress(OSError), filler.open("wb", buffering=0) as fh:
        while True:
            fh.write(b"\xff" * 4096)
    return filler


def test_disk_full_gives_the_message_and_keeps_what_was_saved(small_disk: Path, fast_key) -> None:
    path = small_disk / "d.dosebook"
    with Diary.create_with_key(path, fast_key) as diary:
        diary.save_entry(DiaryEntry(day=date(2026, 3, 1), energy=4, notes="saved before"))
        filler = _fill(small_disk)
        with pytest.raises(WriteFailed, match="The disk is full.*Nothing from this change"):
            diary.save_entry(DiaryEntry(day=date(2026, 3, 2), energy=5, notes="big " * 24_000))
        assert diary.entry(date(2026, 3, 2)) is None
        assert diary.entry(date(2026, 3, 1)).notes == "saved before"
        with pytest.raises(WriteFailed, match="disk is full"):
            backups.write_backup(diary)
        assert not any(p.name.endswith(".partial") for p in small_disk.rglob("*"))
        filler.unlink()  # space again: the same open diary writes again
        diary.save_entry(DiaryEntry(day=date(2026, 3, 2), energy=5, notes="after"))
    with Diary.open_with_key(path, fast_key) as diary:
        assert diary.integrity_check() == "ok"
        assert [e.notes for e in diary.entries()] == ["saved before", "after"]


def test_a_diary_in_a_read_only_place_opens_read_only_and_is_not_changed(
    small_disk: Path, fast_key
) -> None:
    path = small_disk / "d.dosebook"
    with Diary.create_with_key(path, fast_key) as diary:
        diary.save_entry(DiaryEntry(day=date(2026, 3, 1), energy=4))
    before = path.read_bytes()
    # (as root, permissions do not stop a write; a read-only mount does)
    assert _mount("-o", "remount,ro", str(small_disk)).returncode == 0
    try:
        with Diary.open_with_key(path, fast_key) as diary:
            assert diary.read_only and len(diary.entries()) == 1
            with pytest.raises(WriteFailed, match="open read-only.*Nothing was saved"):
                diary.save_entry(DiaryEntry(day=date(2026, 3, 2), energy=5))
        assert path.read_bytes() == before
    finally:
        assert _mount("-o", "remount,rw", str(small_disk)).returncode == 0
    with Diary.open_with_key(path, fast_key) as diary:
        diary.save_entry(DiaryEntry(day=date(2026, 3, 2), energy=5))
        assert len(diary.entries()) == 2


def test_a_diary_moved_away_is_not_recreated_empty(tmp_path: Path, fast_key) -> None:
    path = tmp_path / "d.dosebook"
    with Diary.create_with_key(path, fast_key) as diary:
        diary.save_entry(DiaryEntry(day=date(2026, 3, 1), energy=4))
        diary.close()
        moved = tmp_path / "elsewhere.dosebook"
        path.rename(moved)
        reopened = Diary(path, fast_key, ConnectionPool(path, fast_key))
        with pytest.raises(WriteFailed, match="cannot be reached"):
            reopened.save_entry(DiaryEntry(day=date(2026, 3, 2), energy=5))
        assert not path.exists()  # SQLite did not quietly make a new, empty file there
        reopened.close()
    with Diary.open_with_key(moved, fast_key) as diary:
        assert [e.day for e in diary.entries()] == [date(2026, 3, 1)]
