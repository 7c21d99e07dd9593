"""One diary, one process, with real processes: a window (offscreen) holds its diary against a
restore, an import and a second launch; a killed window's lock is taken over; SIGTERM and
SIGINT close as File → Quit does; a keyring that raises on every call never stops the app."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.access import create_diary
from app.domain.records import DiaryEntry
from app.store.files.backups import list_backups
from app.store.files.lock import lock_path
from tests.support.processes import ROOT, Window, app_env, dosebook

PASSPHRASE = "correct horse battery"
IN_USE = "dosebook: d.dosebook is open in Dosebook; close it first.\n"
BROKEN_KEYRING = "tests.support.broken_keyring.BrokenKeyring"


@pytest.fixture
def diary_with_backup(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A diary with one entry, a backup of it and a JSON export of it."""
    path = tmp_path / "d.dosebook"
    with create_diary(path, PASSPHRASE) as diary:
        diary.save_entry(DiaryEntry(day=date(2026, 3, 1), energy=5, notes="first"))
        backup = diary.backup_to(tmp_path / "by-hand.dosebook")
        export = tmp_path / "export.json"
        export.write_text(diary.export_json(), encoding="utf-8")
    return path, backup, export


def test_a_window_holds_its_diary_against_restore_import_and_a_second_launch(
    diary_with_backup: tuple[Path, Path, Path],
) -> None:
    path, backup, export = diary_with_backup
    env = app_env()
    window = Window(path, PASSPHRASE, env)
    try:
        pid = int(window.wait_for("open ").split()[1])
        assert lock_path(path).read_text().split() == [str(pid), "window"]
        inode = path.stat().st_ino

        restore = dosebook("restore", str(path), "--from", str(backup), "--passphrase-stdin",
                           stdin=PASSPHRASE + "\n", env=env)  # fmt: skip
        assert (restore.returncode, restore.stderr) == (1, IN_USE)
        imported = dosebook("import", str(path), str(export), "--passphrase-stdin",
                            stdin=PASSPHRASE + "\n", env=env)  # fmt: skip
        assert (imported.returncode, imported.stderr) == (1, IN_USE)
        assert path.stat().st_ino == inode  # the file under the window was not replaced

        check = dosebook("check", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n", env=env)
        assert check.returncode == 0 and "Integrity: ok" in check.stdout  # reads run alongside

        second = dosebook("--diary", str(path), env=env, timeout=60)
        assert second.returncode == 0, second.stderr
        window.wait_for("raised")

        assert window.send(signal.SIGTERM) == 0
        window.wait_for("closed 0")
    finally:
        window.stop()
    assert not lock_path(path).exists()
    assert [b.taken_at.date() for b in list_backups(path)] == [date.today()]  # made on closing
    restore = dosebook("restore", str(path), "--from", str(backup), "--passphrase-stdin",
                       stdin=PASSPHRASE + "\n", env=env)  # fmt: skip
    assert restore.returncode == 0, restore.stderr  # once the window is closed


def test_a_killed_window_leaves_a_stale_lock_the_next_launch_takes_over(tmp_path: Path) -> None:
    path = create_diary(tmp_path / "d.dosebook", PASSPHRASE).path
    env = app_env()
    first = Window(path, PASSPHRASE, env)
    try:
        killed = int(first.wait_for("open ").split()[1])
        first.send(signal.SIGKILL)
    finally:
        first.stop()
    assert lock_path(path).read_text().split() == [str(killed), "window"]  # left behind

    second = Window(path, PASSPHRASE, env)
    try:
        assert second.wait_for("took-over") == f"took-over {killed}"
        pid = int(second.wait_for("open ").split()[1])
        assert lock_path(path).read_text().split() == [str(pid), "window"]
        assert second.send(signal.SIGINT) == 0  # Ctrl+C in the terminal closes like Quit
        second.wait_for("closed 0")
    finally:
        second.stop()
    assert not lock_path(path).exists()
    assert len(list_backups(path)) == 1


def test_sigterm_closes_the_demo_and_removes_its_folder(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = app_env(TMPDIR=str(temp), DOSEBOOK_TRACE_STARTUP="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--demo"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        for line in proc.stderr:
            if "dosebook-trace data-shown" in line:
                break
        assert [p.name[:14] for p in temp.iterdir()] == ["dosebook-demo-"]
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert list(temp.iterdir()) == []


def test_a_keyring_that_raises_on_every_call_never_stops_the_app(tmp_path: Path) -> None:
    path = create_diary(tmp_path / "d.dosebook", PASSPHRASE).path
    env = app_env(BROKEN_KEYRING)
    window = Window(path, PASSPHRASE, env)
    try:
        asked = window.wait_for("asked ")
        assert asked == (
            "asked The system keyring did not answer (RuntimeError); type the passphrase."
        )
        window.wait_for("open ")
        assert window.send(signal.SIGTERM) == 0
    finally:
        window.stop()

    piped = dosebook("check", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n", env=env)
    assert piped.returncode == 0 and "Integrity: ok" in piped.stdout, piped.stderr
    no_tty = dosebook("check", str(path), env=env)
    assert no_tty.returncode == 1
    assert no_tty.stderr.splitlines() == [
        "dosebook: The system keyring did not answer (RuntimeError); type the passphrase instead.",
        "dosebook: A passphrase is needed: run this in a terminal, or pass it with "
        "--passphrase-stdin.",
    ]
    assert os.path.exists(path)
