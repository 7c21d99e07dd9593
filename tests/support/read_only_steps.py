"""The read-only scenarios, run in one process as an ordinary account (root may write any file,
so a read-only file means nothing to it). Prints one JSON object: what each scenario saw.

    python -m tests.support.read_only_steps FOLDER
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from datetime import date
from pathlib import Path

from app import cli
from app.access import create_diary
from app.domain.errors import UserError
from app.domain.keys import KeyMaterial
from app.domain.records import DiaryEntry
from app.store.diary import Diary

PASSPHRASE = "correct horse battery"


def use(path: Path, material: KeyMaterial) -> dict:
    """Open, count the entries, try to save one more."""
    with Diary.open_with_key(path, material) as diary:
        entries = len(diary.entries())
        refused = ""
        try:
            diary.save_entry(DiaryEntry(day=date(2026, 3, 1 + entries), energy=5))
        except UserError as err:
            refused = str(err)
        return {"read_only": diary.read_only, "entries": entries, "refused": refused}


def beside(path: Path) -> dict[str, str]:
    return {p.name: oct(p.stat().st_mode & 0o777) for p in sorted(path.parent.iterdir())}


def make(folder: Path) -> tuple[Path, KeyMaterial]:
    folder.mkdir()
    with create_diary(folder / "d.dosebook", PASSPHRASE) as diary:
        diary.save_entry(DiaryEntry(day=date(2026, 3, 1), energy=5))
        return diary.path, diary.key_material


def read_only_file(folder: Path) -> dict:
    path, key = make(folder)
    path.chmod(0o444)
    seen = {"read": use(path, key), "files_then": beside(path)}
    path.chmod(0o644)
    return {**seen, "writable_again": use(path, key), "files_after": beside(path)}


def pages_in_the_journal(folder: Path) -> dict:
    path, key = make(folder)
    child = os.fork()
    if child == 0:  # save one more entry and die: it stays in the -wal file
        diary = Diary.open_with_key(path, key)  # held: closing would checkpoint the journal
        diary.save_entry(DiaryEntry(day=date(2026, 3, 9), energy=7))
        os._exit(0)
    os.waitpid(child, 0)
    path.chmod(0o444)
    seen = {"read": use(path, key), "files_then": beside(path)}
    path.chmod(0o644)
    return {**seen, "writable_again": use(path, key)}


def read_only_folder(folder: Path) -> dict:
    path, key = make(folder)
    folder.chmod(0o555)
    # the command line in this process (this account may not start the venv's python again)
    sys.stdin, err = io.StringIO(PASSPHRASE + "\n"), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        cli.main(["check", str(path), "--passphrase-stdin"])
    seen = {"read": use(path, key), "files_then": beside(path), "check": err.getvalue()}
    folder.chmod(0o755)
    return {**seen, "writable_again": use(path, key)}


def older_leftovers(folder: Path) -> dict:
    path, key = make(folder)
    for suffix, size in (("-shm", 32768), ("-wal", 0)):  # as an older version left them
        sidecar = Path(f"{path}{suffix}")
        sidecar.write_bytes(bytes(size))
        sidecar.chmod(0o444)
    return {"write": use(path, key)}


def main() -> int:
    root = Path(sys.argv[1])
    seen = {
        scenario.__name__: scenario(root / scenario.__name__)
        for scenario in (read_only_file, pages_in_the_journal, read_only_folder, older_leftovers)
    }
    print(json.dumps(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
