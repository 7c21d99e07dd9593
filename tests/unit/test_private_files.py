"""Files only their owner can read: made 0600 (folders 0700) whatever the umask, under a fresh
name, never through a planted link, never half there; leftovers of a killed backup removed."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from app.domain.errors import UserError
from app.domain.keys import KeyMaterial
from app.domain.records import DiaryEntry
from app.store.diary import Diary
from app.store.files import backups
from app.store.files.private import (
    Partial,
    make_private_folder,
    partial_path,
    write_private_bytes,
    write_private_text,
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    """A umask that lets everyone read: the modes below come from Dosebook, not the umask."""
    old = os.umask(0)
    yield
    os.umask(old)


def test_a_written_file_is_0600_and_its_partial_names_are_fresh(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    assert partial_path(target) != partial_path(target)
    (tmp_path / "export.json.partial").write_text("left from an older version")
    write_private_text(target, "{}")
    assert mode(target) == 0o600 and target.read_text() == "{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json", "export.json.partial"]


def test_a_link_planted_at_the_target_is_replaced_never_written_through(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me")
    target = tmp_path / "report.pdf"
    target.symlink_to(elsewhere)
    with pytest.raises(UserError, match="already exists"):
        write_private_text(target, "plaintext", replace=False)
    write_private_bytes(target, b"plaintext")
    assert not target.is_symlink() and mode(target) == 0o600
    assert elsewhere.read_text() == "keep me"


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), Partial(tmp_path / "x.csv") as partial:
        partial.write(b"half")
        raise RuntimeError("disk gone")
    assert list(tmp_path.iterdir()) == []


def test_folders_made_are_0700_and_folders_there_are_left_alone(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    make_private_folder(tmp_path / "a" / "b")
    assert (mode(tmp_path), mode(tmp_path / "a"), mode(tmp_path / "a" / "b")) == (
        0o755,
        0o700,
        0o700,
    )


def test_the_diary_its_journal_backups_and_exports_are_private(
    tmp_path: Path, fast_key: KeyMaterial
) -> None:
    with Diary.create_with_key(tmp_path / "d" / "diary.dosebook", fast_key) as diary:
        diary.save_entry(DiaryEntry(day=date(2026, 3, 1), energy=5, notes="private"))
        folder = diary.path.parent
        sidecars = [Path(f"{diary.path}{s}") for s in ("-wal", "-shm")]
        assert all(p.exists() for p in sidecars)  # while open
        backup = backups.write_backup(diary).path
        by_hand = diary.backup_to(tmp_path / "by-hand.dosebook")
        csv_files = diary.export_csv(tmp_path / "csv")
        kept = backups.keep_copy_of(diary.path)
    made = [diary.path, *sidecars, backup, by_hand, *csv_files, kept]
    assert {p.name: mode(p) for p in made if p.exists()} == {
        p.name: 0o600 for p in made if p.exists()
    }
    assert [mode(p) for p in (folder, backup.parent, tmp_path / "csv")] == [0o700] * 3


def test_a_diary_made_readable_by_others_is_made_private_when_opened(
    tmp_path: Path, fast_key: KeyMaterial
) -> None:
    path = tmp_path / "old.dosebook"
    Diary.create_with_key(path, fast_key).close()
    path.chmod(0o644)  # as versions before this one wrote it
    with Diary.open_with_key(path, fast_key) as diary:
        diary.save_entry(DiaryEntry(day=date(2026, 3, 1), energy=5))
        assert mode(Path(f"{path}-wal")) == 0o600
    assert mode(path) == 0o600


def test_a_killed_backup_leaves_a_partial_the_next_rotation_removes(
    tmp_path: Path, fast_key: KeyMaterial
) -> None:
    with Diary.create_with_key(tmp_path / "d.dosebook", fast_key) as diary:
        folder = make_private_folder(backups.folder_for(diary.path))
        name = backups.backup_name(diary.path, datetime(2026, 3, 1, 20, 0))
        leftovers = [
            partial_path(folder / name),  # as written now
            folder / f"{name}.partial",  # as older versions named it
            diary.path.with_name(diary.path.name + ".restoring"),  # a killed restore
            partial_path(diary.path),
        ]
        for path in leftovers:
            path.write_bytes(b"encrypted pages")
        Path(f"{leftovers[0]}-journal").write_bytes(b"journal")
        mine = folder / "my own copy.dosebook.partial"  # not a name Dosebook makes: kept
        mine.write_bytes(b"the user's")
        backups.write_backup(diary)
    left = sorted(p.name for p in folder.iterdir())
    assert len(left) == 2 and "my own copy.dosebook.partial" in left
    assert not any(p.exists() for p in leftovers)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "d.dosebook"]
