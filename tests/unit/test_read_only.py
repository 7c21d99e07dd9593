"""A read-only diary opens read-only, says so, and leaves nothing that breaks a later writable
open. The scenarios run as an ordinary account (root may write any file), in one process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app.store.diary import READ_ONLY_MESSAGE

ROOT = Path(__file__).resolve().parents[2]

NOBODY = 65534


@pytest.fixture(scope="module")
def seen() -> dict:
    """What each scenario of tests/support/read_only_steps.py saw."""
    folder = Path(tempfile.mkdtemp(prefix="dosebook-ro-"))  # outside root's private temp
    folder.chmod(0o755)
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("needs setpriv to run as an ordinary account")
        os.chown(folder, NOBODY, NOBODY)
        prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    try:
        done = subprocess.run(
            [*prefix, sys.executable, "-m", "tests.support.read_only_steps", str(folder)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={
                **os.environ,
                "HOME": str(folder),
                "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            },
            timeout=180,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(folder)], check=False)
        shutil.rmtree(folder, ignore_errors=True)


def test_a_read_only_file_opens_read_only_and_leaves_nothing_behind(seen: dict) -> None:
    s = seen["read_only_file"]
    assert s["read"] == {"read_only": True, "entries": 1, "refused": READ_ONLY_MESSAGE}
    assert s["files_then"] == {"d.dosebook": "0o444"}  # no -wal, no -shm
    assert s["writable_again"] == {"read_only": False, "entries": 1, "refused": ""}
    assert s["files_after"] == {"d.dosebook": "0o600"}


def test_pages_left_in_the_journal_are_read_and_a_later_write_works(seen: dict) -> None:
    s = seen["pages_in_the_journal"]
    assert s["read"] == {"read_only": True, "entries": 2, "refused": READ_ONLY_MESSAGE}
    assert s["files_then"] == {
        "d.dosebook": "0o444",
        "d.dosebook-shm": "0o600",
        "d.dosebook-wal": "0o600",
    }
    assert s["writable_again"] == {"read_only": False, "entries": 2, "refused": ""}


def test_a_diary_in_a_read_only_folder_opens_read_only_and_says_so(seen: dict) -> None:
    s = seen["read_only_folder"]
    assert s["read"] == {"read_only": True, "entries": 1, "refused": READ_ONLY_MESSAGE}
    assert s["files_then"] == {"d.dosebook": "0o600"}
    assert s["check"].endswith("d.dosebook is read-only; it was opened for reading only.\n")
    assert s["writable_again"]["read_only"] is False


def test_read_only_journal_files_an_older_version_left_are_repaired(seen: dict) -> None:
    assert seen["older_leftovers"]["write"] == {"read_only": False, "entries": 1, "refused": ""}
