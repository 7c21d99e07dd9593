"""`dosebook check` on a file with a damaged page says it is damaged and names the newest backup."""

from __future__ import annotations

import io
import os
from datetime import date, datetime
from pathlib import Path

import pytest

from app.access import create_demo
from app.cli.main import main
from app.store.files import backups
from app.store.files.salt import PAGE_SIZE


def run(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO("demo\n"))
    code = main([*args, "--passphrase-stdin"])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, Path]:
    """A demo diary with two automatic backups, then one page in the middle overwritten."""
    path = tmp_path / "diary.dosebook"
    with create_demo(path, date(2026, 11, 24)) as diary:
        backups.write_backup(diary, datetime(2026, 11, 20, 9, 0))
        newest = backups.write_backup(diary, datetime(2026, 11, 23, 9, 0)).path
    pages = os.path.getsize(path) // PAGE_SIZE
    with path.open("r+b") as fh:
        fh.seek(PAGE_SIZE * (pages // 2) + 200)
        fh.write(os.urandom(300))
    return path, newest


def test_check_names_the_damage_and_the_newest_backup(damaged, monkeypatch, capsys) -> None:
    path, newest = damaged
    code, _, err = run(monkeypatch, capsys, "check", str(path))
    assert code == 1
    assert "is damaged" in err and newest.name in err
    assert "unexpected problem" not in err and "Traceback" not in err
