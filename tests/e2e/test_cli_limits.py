"""Sizes no person needs and files that are not files: refused at once, in one line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.access import create_diary
from tests.support.processes import app_env, dosebook

PASSPHRASE = "correct horse battery"


@pytest.fixture(scope="module")
def diary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_diary(tmp_path_factory.mktemp("limits") / "d.dosebook", PASSPHRASE).path


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


def refused(*args: str, stdin: str = PASSPHRASE + "\n") -> str:
    """Run, expect exit 1 within seconds (a FIFO must not be waited on); the one stderr line."""
    done = dosebook(*args, "--passphrase-stdin", stdin=stdin, env=app_env(), timeout=30)
    assert done.returncode == 1, done
    assert len(done.stderr.splitlines()) == 1, done.stderr
    return done.stderr.strip()


def test_files_that_are_not_regular_files_are_refused_at_once(
    diary: Path, fifo: Path, tmp_path: Path
) -> None:
    assert (
        refused("check", str(fifo))
        == f"dosebook: {fifo} is a pipe (FIFO), not a file; give the path of a file."
    )
    assert "is a folder, not a file" in refused("status", str(tmp_path))
    assert "is a pipe (FIFO), not a file" in refused("import", str(diary), str(fifo))
    assert "/dev/zero is a device, not a file" in refused("import", str(diary), "/dev/zero")
    assert "is a pipe (FIFO), not a file" in refused("restore", str(diary), "--from", str(fifo))


def test_an_import_file_over_200_mb_is_refused_unread(diary: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024 + 1)  # sparse: takes no disk
    assert refused("import", str(diary), str(big)) == (
        f"dosebook: {big} is larger than 200 MB, more than any Dosebook file holds; "
        "nothing was read."
    )


def test_a_passphrase_line_over_1_kb_is_refused_unread(diary: Path) -> None:
    message = "dosebook: The passphrase is longer than 1024 bytes; nothing was read further."
    assert refused("check", str(diary), stdin="x" * 2000 + "\n") == message
    endless = dosebook(
        "check", str(diary), "--passphrase-stdin", env=app_env(), stdin_from=Path("/dev/zero")
    )
    assert (endless.returncode, endless.stderr.strip()) == (1, message)
