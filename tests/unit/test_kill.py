"""Crash safety: a write reported as saved survives the process being killed at any moment.

A child writes in a loop and reports each committed id; it is killed with SIGKILL at random
moments, 50 times. After each kill the file passes the integrity check and every reported id is
there, with all of its lab results (a transaction is whole or absent).
"""

from __future__ import annotations

import os
import random
import select
import signal
import sys
import time
from pathlib import Path

import pytest

from app.domain.keys import KeyMaterial
from app.store.diary import Diary
from app.store.files.raw import open_raw

KILLS = 50

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")


def _read_lines(fd: int, buffer: bytearray, until: float, want: int) -> list[str]:
    """Read complete lines until `want` lines arrived or time `until` passed."""
    lines: list[str] = []
    while len(lines) < want and time.monotonic() < until:
        ready, _, _ = select.select([fd], [], [], max(0.0, until - time.monotonic()))
        if not ready:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        buffer.extend(chunk)
        *done, rest = buffer.split(b"\n")
        buffer[:] = rest
        lines.extend(d.decode() for d in done)
    return lines


def _kill_once(path: Path, key: KeyMaterial, rng: random.Random) -> list[str]:
    """Fork a writer (imports already warm, so it starts at once), kill it, return its lines."""
    from tests.support.kill_child import write_forever

    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_fd)
            write_forever(str(path), key.key, key.salt, write_fd)
        finally:
            os._exit(1)
    os.close(write_fd)
    buffer = bytearray()
    lines = _read_lines(read_fd, buffer, time.monotonic() + 30, rng.randint(0, 8))
    # 0 lines: killed while opening; else somewhere inside the next transaction
    time.sleep(rng.uniform(0, 0.01))
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    lines += _read_lines(read_fd, buffer, time.monotonic() + 5, 10**9)
    os.close(read_fd)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    return lines


def _what_is_saved(path: Path, key: KeyMaterial) -> tuple[set[int], dict[int, tuple[str, int]]]:
    """Check integrity, then read injection ids and each panel's lab name and result count."""
    conn = open_raw(path, key)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        shots = {r[0] for r in conn.execute("SELECT id FROM injection")}
        panels = {
            r[0]: (r[1], r[2])
            for r in conn.execute(
                "SELECT p.id, p.lab, count(r.id) FROM lab_panel p "
                "LEFT JOIN lab_result r ON r.panel_id = p.id GROUP BY p.id"
            )
        }
    finally:
        conn.close()
    return shots, panels


def test_every_reported_write_survives_fifty_kills(tmp_path: Path, fast_key: KeyMaterial) -> None:
    path = tmp_path / "killed.dosebook"
    Diary.create_with_key(path, fast_key).close()
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    reported_shots: set[int] = set()
    reported_panels: dict[int, int] = {}
    survived = 0
    for attempt in range(KILLS):
        for line in _kill_once(path, fast_key, rng):
            if line.startswith("i"):
                reported_shots.add(int(line[1:]))
            else:
                pid, n = line[1:].split()
                reported_panels[int(pid)] = int(n)
        where = f"kill {attempt + 1} (seed {seed})"
        # every 10th time through the app's own open (recovery, migrations check, seeds);
        # otherwise a plain keyed connection, which is quicker
        if attempt % 10 == 9:
            with Diary.open_with_key(path, fast_key) as diary:
                assert diary.integrity_check() == "ok", where
        shots, panels = _what_is_saved(path, fast_key)
        assert reported_shots <= shots, where
        assert all(panels.get(k, (0, -1))[1] == n for k, n in reported_panels.items()), where
        # a panel the child had no time to report is there whole or not at all
        assert all(count == int(lab[1:]) for lab, count in panels.values()), where
        survived += 1
    assert survived == KILLS
    assert len(reported_shots) > KILLS  # the child really wrote between kills
    print(f"kills survived: {survived}/{KILLS}; reported writes: "
          f"{len(reported_shots)} injections, {len(reported_panels)} panels")  # fmt: skip
