"""The diary file on disk: encrypted, keyed with the passphrase, wrong passphrase changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.access import change_passphrase, create_demo, create_diary, unlock_diary
from app.store.diary import Diary
from app.store.errors import DiaryExists, NotADiary, WrongPassphrase
from app.store.files.raw import read_salt
from app.vault.kdf import derive_key

DEMO_WORDS = [
    b"Thymosin",
    b"thymalfasin",
    b"City Lab",
    b"Sam Demo",
    b"Riverside",
    b"stayed home",
    b"Alanine aminotransferase",
    b"abdomen",
]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.dosebook"
    diary = create_demo(path, date(2026, 11, 24))
    diary.close()
    return path


def test_file_and_wal_are_not_plain_sqlite_and_hold_no_demo_words(tmp_path: Path) -> None:
    path = tmp_path / "d.dosebook"
    diary = create_demo(path, date(2026, 11, 24))
    # while open, the -wal file holds recent pages: it must be encrypted too
    files = [p for p in tmp_path.iterdir() if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)
    for p in files:
        data = p.read_bytes()
        assert not data.startswith(b"SQLite format 3"), p.name
        for word in DEMO_WORDS:
            assert word not in data, (p.name, word)
    diary.close()
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert all(word not in data for word in DEMO_WORDS)


def test_wrong_passphrase_says_so_and_changes_nothing(demo_file: Path) -> None:
    before = demo_file.read_bytes()
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        unlock_diary(demo_file, "not the passphrase")
    assert demo_file.read_bytes() == before
    assert (
        not Path(str(demo_file) + "-wal").exists()
        or Path(str(demo_file) + "-wal").stat().st_size == 0
    )


def test_right_passphrase_opens_and_reads_back(demo_file: Path) -> None:
    with unlock_diary(demo_file, "demo") as diary:
        assert diary.integrity_check() == "ok"
        assert diary.profile().name == "Sam Demo"
        assert len(diary.injections()) > 70


def test_salt_at_the_start_of_the_file_derives_the_key(demo_file: Path) -> None:
    salt = read_salt(demo_file)
    with Diary.open_with_key(demo_file, derive_key("demo", salt)) as diary:
        assert diary.diary_id == salt.hex()


def test_plain_sqlite_and_junk_files_are_refused_and_not_touched(tmp_path: Path) -> None:
    import sqlite3

    plain = tmp_path / "plain.db"
    con = sqlite3.connect(plain)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    junk = tmp_path / "junk.dosebook"
    junk.write_bytes(b"hello" * 100)
    for path in (plain, junk):
        before = path.read_bytes()
        with pytest.raises(NotADiary, match="not a Dosebook diary"):
            unlock_diary(path, "whatever1")
        assert path.read_bytes() == before


def test_create_refuses_to_overwrite(tmp_path: Path, fast_key) -> None:
    path = tmp_path / "x.dosebook"
    path.write_bytes(b"something precious")
    with pytest.raises(DiaryExists):
        Diary.create_with_key(path, fast_key)
    assert path.read_bytes() == b"something precious"


def test_change_passphrase_rekeys_and_keeps_the_id(tmp_path: Path) -> None:
    path = tmp_path / "r.dosebook"
    with create_diary(path, "first passphrase") as diary:
        old_id = diary.diary_id
        diary.set_setting("backup.keep_daily", "3")
        change_passphrase(diary, "second passphrase")
        assert diary.setting("backup.keep_daily") == "3"
    with pytest.raises(WrongPassphrase):
        unlock_diary(path, "first passphrase")
    with unlock_diary(path, "second passphrase") as diary:
        assert diary.diary_id == old_id
        assert diary.setting("backup.keep_daily") == "3"


def test_backup_opens_with_the_same_passphrase(demo_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.dosebook"
    with unlock_diary(demo_file, "demo") as diary:
        diary.backup_to(copy)
        counts = diary.counts()
    with unlock_diary(copy, "demo") as restored:
        assert restored.counts() == counts
        assert restored.integrity_check() == "ok"
