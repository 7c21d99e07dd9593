"""After a GUI session on the demo diary, no file under the data, config, cache, state and temp
folders holds the demo's words in plaintext, and neither does the session's output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.unit.test_diary_file import DEMO_WORDS

WORDS = [*DEMO_WORDS, b"Thymosin evening"]


def test_a_gui_session_leaves_no_plaintext_anywhere(tmp_path: Path) -> None:
    home, temp = tmp_path / "home", tmp_path / "tmp"
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local/share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local/state",
        "TMPDIR": temp,
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        **{k: str(v) for k, v in folders.items()},
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.support.gui_session"],
        capture_output=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert b"session done 0" in result.stdout, result.stderr.decode(errors="replace")
    import re

    during = re.search(rb"while open: (\d+) files, (\d+) leaks", result.stdout)
    assert during is not None and int(during[1]) >= 3 and int(during[2]) == 0, result.stdout
    assert b"ValueError" in result.stderr  # the crash handler did log the type and place
    files = [p for root in (home, temp) for p in root.rglob("*") if p.is_file()]
    assert any(p.name.endswith(".conf") for p in files)  # QSettings did write (geometry)
    leaks = [
        (p.relative_to(tmp_path), w.decode()) for p in files for w in WORDS if w in p.read_bytes()
    ]
    leaks += [("output", w.decode()) for w in WORDS if w in result.stdout + result.stderr]
    print(
        f"files searched: {during[1].decode()} while open, {len(files)} after; leaks: {len(leaks)}"
    )
    assert leaks == []
