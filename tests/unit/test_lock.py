"""The diary's lock between processes: exclusive, gone with its process, never a planted link."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.errors import UserError
from app.store.files.lock import DiaryInUse, DiaryLock, Holder, lock_path

HOLD = (
    "import sys, time\n"
    "from app.store.files.lock import DiaryLock\n"
    "lock = DiaryLock.acquire(sys.argv[1], kind='window')\n"
    "print('held', flush=True)\n"
    "time.sleep(120)\n"
)


@pytest.fixture
def holder(tmp_path: Path):  # noqa: ANN201
    """Another process holding the lock on tmp_path/d.dosebook until killed."""
    path = tmp_path / "d.dosebook"
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline() == "held\n"
    yield path, proc
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def test_a_second_process_is_refused_while_the_first_holds_it(holder) -> None:  # noqa: ANN001
    path, proc = holder
    with pytest.raises(DiaryInUse) as refused:
        DiaryLock.acquire(path)
    assert str(refused.value) == "d.dosebook is open in Dosebook; close it first."
    assert refused.value.holder == Holder(proc.pid, "window") and refused.value.by_window


def test_a_killed_holder_leaves_a_stale_file_which_is_taken_over(holder) -> None:  # noqa: ANN001
    path, proc = holder
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert lock_path(path).read_text() == f"{proc.pid} window\n"
    with DiaryLock.acquire(path) as lock:
        assert lock.held and lock.stale == Holder(proc.pid, "window")
        assert lock_path(path).read_text() == f"{os.getpid()} command\n"
    assert not lock_path(path).exists()  # released: nothing left beside the diary


def test_released_it_can_be_taken_again_and_the_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "d.dosebook"
    for _ in range(3):
        with DiaryLock.acquire(path) as lock:
            assert lock.stale is None
            assert oct(lock_path(path).stat().st_mode & 0o777) == "0o600"
            with pytest.raises(DiaryInUse):  # a second hold, even in the same process
                DiaryLock.acquire(path)


def test_a_link_planted_as_the_lock_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.write_text("keep me")
    lock_path(tmp_path / "d.dosebook").symlink_to(target)
    with pytest.raises(UserError, match="is not Dosebook's lock file"):
        DiaryLock.acquire(tmp_path / "d.dosebook")
    assert target.read_text() == "keep me"
