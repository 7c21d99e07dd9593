"""`status`, `warnings` and `check` read through the quick reader: without the ORM or Qt, with the
same answers as the Diary, and through the full open when only it can read the file."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from app.access import create_demo
from app.cli.main import main
from app.cli.status.command import status_report
from app.domain.keys import KeyMaterial
from app.store.diary import Diary
from app.store.files.inspect import FileReport, inspect_file
from app.store.files.raw import open_raw
from app.store.reading.reader import QuickReader
from app.vault import keychain
from tests.unit.test_migrations import diary_at, diary_from_a_newer_app

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "PySide6", "pyqtgraph")
RUN = f"""
import sys
from app.cli.main import main
code = main(sys.argv[1:])
print("loaded", code, [m for m in {HEAVY!r} if m in sys.modules])
"""


@dataclass(frozen=True)
class Demo:
    path: Path
    key_material: KeyMaterial


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    diary = create_demo(tmp_path_factory.mktemp("quick") / "demo.dosebook", date(2026, 11, 24))
    made = Demo(diary.path, diary.key_material)
    diary.close()
    return made


@pytest.mark.parametrize("command", ["status", "warnings", "check"])
def test_a_read_imports_neither_the_orm_nor_qt(demo: Demo, command: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", RUN, command, str(demo.path), "--passphrase-stdin"],
        input="demo\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.stdout.splitlines()[-1] == "loaded 0 []", done.stderr


def test_status_from_the_quick_reader_is_the_diarys(demo: Demo) -> None:
    day = date(2026, 11, 24)
    with QuickReader.open(demo.path, demo.key_material) as reader:
        quick = status_report(reader, day)
    with Diary.open_with_key(demo.path, demo.key_material) as diary:
        full = status_report(diary, day)
    assert quick.as_json() == full.as_json() and quick.as_text() == full.as_text()
    assert quick.fields["current_vial"] is not None and quick.fields["labs_due"]


def test_check_from_a_plain_connection_is_the_diarys(demo: Demo) -> None:
    with Diary.open_with_key(demo.path, demo.key_material) as diary:
        full = FileReport(diary.integrity_check(), diary.schema_revision(), diary.counts())
    assert inspect_file(demo.path, demo.key_material) == full


def test_an_older_diary_is_read_through_the_full_open(
    tmp_path: Path, fast_key: KeyMaterial, capsys
) -> None:
    """The full open migrates it (keeping a copy first), as the command line always did."""
    path = tmp_path / "old.dosebook"
    diary_at(path, fast_key, "0001")
    keychain.remember(fast_key)
    assert main(["status", str(path), "--as-of", "2026-11-24"]) == 0
    assert capsys.readouterr().out.startswith("Status as of Tue 24 Nov 2026")
    assert list(tmp_path.glob("old.before-0001-*.dosebook"))


def test_a_diary_from_a_newer_app_gets_the_usual_message(
    tmp_path: Path, fast_key: KeyMaterial, capsys
) -> None:
    path = tmp_path / "newer.dosebook"
    diary_from_a_newer_app(path, fast_key)
    keychain.remember(fast_key)
    for command in ("status", "warnings", "check"):
        assert main([command, str(path)]) == 1
        assert "saved by a newer version of Dosebook" in capsys.readouterr().err


def test_a_damaged_page_gets_the_usual_message(demo: Demo, tmp_path: Path, capsys) -> None:
    path = tmp_path / "torn.dosebook"
    path.write_bytes(demo.path.read_bytes())
    conn = open_raw(path, demo.key_material)
    (page,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'injection'").fetchone()
    conn.close()
    with path.open("r+b") as fh:  # scribble over the middle of the injections' first page
        fh.seek((page - 1) * 4096 + 2000)
        fh.write(b"\x00" * 16)
    keychain.remember(demo.key_material)
    for command in ("status", "warnings"):
        assert main([command, str(path)]) == 1
        err = capsys.readouterr().err
        assert "damaged" in err and "unexpected" not in err, err


def test_report_starts_at_the_last_report_and_reads_without_the_orm(
    demo: Demo, tmp_path: Path
) -> None:
    path = tmp_path / "d.dosebook"
    path.write_bytes(demo.path.read_bytes())
    with Diary.open_with_key(path, demo.key_material) as diary:
        diary.set_last_report_day(date(2026, 10, 1))  # as the report dialog does
        # (by default a report starts at the last appointment; the demo had one on 20 Oct)
        diary.set_settings({"report.period": "since_last_report"})
    done = subprocess.run(
        [sys.executable, "-c", RUN, "report", str(path), "--to", "2026-11-24",
         "--out", str(tmp_path / "r.pdf"), "--passphrase-stdin"],
        input="demo\n", capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "pages, 1 Oct 2026 – 24 Nov 2026)" in done.stdout, done.stderr
    assert done.stdout.splitlines()[-1] == "loaded 0 ['PySide6', 'pyqtgraph']"


def test_a_report_without_charts_does_not_load_them(demo: Demo, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", RUN, "report", str(demo.path), "--from", "2020-01-01",
         "--to", "2020-01-31", "--out", str(tmp_path / "r.pdf"), "--passphrase-stdin"],
        input="demo\n", capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.stdout.splitlines()[-1] == "loaded 0 ['PySide6']", done.stderr
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
