"""Automatic backups: verified, one a day, rotated 7 daily + 4 weekly; restore keeps a copy first."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.access import change_passphrase, create_diary, restore_backup, restore_backup_with_key
from app.domain.keys import KeyMaterial
from app.domain.records import DiaryEntry
from app.store.diary import Diary
from app.store.errors import NotADiary, WrongPassphrase
from app.store.files import backups


def entry_days(diary: Diary) -> list[date]:
    return [e.day for e in diary.entries()]


def test_times_to_keep_is_seven_days_then_four_weeks() -> None:
    start = datetime(2026, 1, 1, 20, 0)
    # two backups a day for 60 days
    times = [start + timedelta(days=d, hours=h) for d in range(60) for h in (0, 2)]
    kept = sorted(backups.times_to_keep(times, 7, 4), reverse=True)
    newest_day = (start + timedelta(days=59)).date()
    daily = [t for t in kept if (newest_day - t.date()).days < 7]
    assert len(daily) == 7 and len({t.date() for t in daily}) == 7
    assert all(t.hour == 22 for t in daily)  # the newest of each day
    weekly = [t for t in kept if t not in daily]
    assert len(weekly) == 4
    assert len({t.isocalendar()[:2] for t in weekly}) == 4
    assert len(kept) == 11


def test_times_to_keep_keeps_everything_while_there_are_few() -> None:
    times = [datetime(2026, 3, d, 9) for d in (1, 2, 3)]
    assert backups.times_to_keep(times, 7, 4) == set(times)


def test_backup_if_due_writes_once_a_day_unless_changed(tmp_path: Path, fast_key) -> None:
    path = tmp_path / "d.dosebook"
    with Diary.create_with_key(path, fast_key) as diary:
        day = datetime(2026, 3, 2, 9, 0)
        first = backups.backup_if_due(diary, changed=False, now=day)
        assert first is not None
        assert backups.backup_if_due(diary, changed=False, now=day + timedelta(hours=3)) is None
        later = backups.backup_if_due(diary, changed=True, now=day + timedelta(hours=5))
        assert later is not None
        # still one per day: the newer replaced the older
        assert [b.path for b in backups.list_backups(path, diary.diary_id)] == [later.path]
        assert backups.backup_if_due(diary, changed=False, now=day + timedelta(days=1)) is not None
        assert len(backups.list_backups(path)) == 2


def test_rotation_over_sixty_days_keeps_eleven_and_spares_other_files(
    tmp_path: Path, fast_key
) -> None:
    path = tmp_path / "d.dosebook"
    with Diary.create_with_key(path, fast_key) as diary:
        folder = backups.folder_for(path)
        folder.mkdir()
        mine = folder / "my own copy.dosebook"
        mine.write_bytes(b"kept")
        start = datetime(2026, 1, 1, 21, 30)
        for d in range(60):
            backups.backup_if_due(diary, changed=False, now=start + timedelta(days=d))
        left = backups.list_backups(path, diary.diary_id)
        assert len(left) == 11
        assert left[0].taken_at == start + timedelta(days=59)
        assert mine.read_bytes() == b"kept"


def test_backups_turned_off_writes_none(tmp_path: Path, fast_key) -> None:
    with Diary.create_with_key(tmp_path / "d.dosebook", fast_key) as diary:
        diary.set_setting(backups.SETTING_AUTO, "off")
        assert backups.backup_if_due(diary) is None
        assert backups.list_backups(diary.path) == []


def test_each_backup_is_verified_encrypted_and_opens_alone(tmp_path: Path, fast_key) -> None:
    path = tmp_path / "d.dosebook"
    with Diary.create_with_key(path, fast_key) as diary:
        diary.save_entry(DiaryEntry(day=date(2026, 3, 1), energy=4, notes="secret words"))
        made = backups.write_backup(diary)
    data = made.path.read_bytes()
    assert b"secret words" not in data and not data.startswith(b"SQLite format 3")
    assert backups.raw.verify_file(made.path, fast_key) == "ok"
    assert not Path(f"{made.path}-wal").exists()  # one self-contained file
    with Diary.open_with_key(made.path, fast_key) as copy:
        assert copy.entry(date(2026, 3, 1)).notes == "secret words"


def test_restore_round_trip_keeps_a_copy_of_the_current_file(tmp_path: Path, fast_key) -> None:
    path = tmp_path / "d.dosebook"
    with Diary.create_with_key(path, fast_key) as diary:
        diary.save_entry(DiaryEntry(day=date(2026, 3, 1), energy=4))
        made = backups.write_backup(diary)
        diary.save_entry(DiaryEntry(day=date(2026, 3, 2), energy=6))
    result = restore_backup_with_key(path, made.path, fast_key)
    with result.diary as restored:
        assert entry_days(restored) == [date(2026, 3, 1)]
        assert restored.integrity_check() == "ok"
    assert result.kept_copy is not None and result.kept_copy.parent == made.path.parent
    with Diary.open_with_key(result.kept_copy, fast_key) as before:
        assert entry_days(before) == [date(2026, 3, 1), date(2026, 3, 2)]
    # the copy is not an automatic backup: rotation never removes it
    assert result.kept_copy not in [b.path for b in backups.list_backups(path)]


def test_restore_replaces_a_damaged_file_and_keeps_the_damaged_one(
    tmp_path: Path, fast_key
) -> None:
    path = tmp_path / "d.dosebook"
    with Diary.create_with_key(path, fast_key) as diary:
        diary.save_entry(DiaryEntry(day=date(2026, 3, 1), energy=4))
        made = backups.write_backup(diary)
    damaged = bytearray(path.read_bytes())
    damaged[5000:5100] = os.urandom(100)
    path.write_bytes(bytes(damaged))
    result = restore_backup_with_key(path, made.path, fast_key)
    with result.diary as restored:
        assert entry_days(restored) == [date(2026, 3, 1)]
    assert result.kept_copy.read_bytes() == bytes(damaged)


def test_restore_with_the_wrong_key_or_a_foreign_file_changes_nothing(
    tmp_path: Path, fast_key
) -> None:
    path = tmp_path / "d.dosebook"
    with Diary.create_with_key(path, fast_key) as diary:
        made = backups.write_backup(diary)
    before = path.read_bytes()
    other = KeyMaterial(key=os.urandom(32), salt=fast_key.salt)
    with pytest.raises(WrongPassphrase):
        restore_backup_with_key(path, made.path, other)
    junk = tmp_path / "junk.dosebook"
    junk.write_bytes(b"not a diary" * 1000)
    with pytest.raises(NotADiary):
        restore_backup_with_key(path, junk, fast_key)
    assert path.read_bytes() == before
    assert [p.name for p in backups.folder_for(path).iterdir()] == [made.path.name]


def test_a_backup_from_before_a_passphrase_change_needs_the_old_passphrase(
    tmp_path: Path,
) -> None:
    path = tmp_path / "d.dosebook"
    with create_diary(path, "old passphrase") as diary:
        diary.save_entry(DiaryEntry(day=date(2026, 3, 1), energy=4))
        made = backups.write_backup(diary)
        change_passphrase(diary, "new passphrase")
    with pytest.raises(WrongPassphrase):
        restore_backup(path, made.path, "new passphrase")
    with restore_backup(path, made.path, "old passphrase").diary as restored:
        assert entry_days(restored) == [date(2026, 3, 1)]
