"""After a day of use in a fresh home, every file Dosebook left is 0600 and every folder 0700.

A real window (offscreen) and the real command line, each its own process: create the diary,
log an injection, a diary entry and a lab panel, export JSON (File → Export), back up by hand
(File → Back up…), export the calendar (File → Export calendar…), write the report as PDF, quit
(the backup made on closing), then the command line's JSON and CSV exports, report, backup and
calendar.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tests.support.processes import Window, app_env, dosebook

PASSPHRASE = "correct horse battery"


def modes_under(*roots: Path) -> dict[str, str]:
    """Every file and folder under the roots (the roots too), with its permission bits."""
    found = {}
    for root in roots:
        for path in [root, *root.rglob("*")]:
            found[str(path)] = oct(stat.S_IMODE(path.lstat().st_mode))
    return found


def test_a_day_of_use_leaves_only_private_files(tmp_path: Path) -> None:
    home = tmp_path / "home"
    temp = home / "tmp"
    temp.mkdir(parents=True, mode=0o700)
    home.chmod(0o700)
    env = app_env(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        TMPDIR=str(temp),
    )
    diary = home / ".local" / "share" / "Dosebook" / "diary.dosebook"
    created = dosebook("new", str(diary), "--passphrase-stdin", stdin=PASSPHRASE + "\n", env=env)
    assert created.returncode == 0, created.stderr

    window = Window(diary, PASSPHRASE, env, day=home)
    try:
        window.wait_for("day done")
        assert window.proc.wait(timeout=60) == 0
    finally:
        window.stop()
    for made in ("diary-export.json", "by-hand.dosebook", "doses.ics", "report.pdf"):
        assert (home / made).exists(), made
    assert len(list((diary.parent / "backups").iterdir())) == 1  # the one made on closing

    key = ["--passphrase-stdin"]
    for args in (
        ["export", str(diary), "--out", str(home / "cli-export.json")],
        ["export", str(diary), "--csv", "--out", str(home / "csv")],
        ["report", str(diary), "--out", str(home / "cli-report.pdf")],
        ["backup", str(diary), "--out", str(home / "cli-backup.dosebook")],
        ["calendar", str(diary), "--out", str(home / "cli-doses.ics")],
        ["status", str(diary)],
    ):
        done = dosebook(*args, *key, stdin=PASSPHRASE + "\n", env=env)
        assert done.returncode == 0, (args, done.stderr)

    found = modes_under(home, Path(env["XDG_RUNTIME_DIR"]))
    files = {p for p in found if Path(p).is_file()}
    assert {"diary.dosebook", "lab_results.csv", "cli-report.pdf", "cli-doses.ics"} <= {
        Path(p).name for p in files
    }
    assert any(p.endswith(".conf") for p in files)  # Qt's settings (the window's geometry)
    wrong = {
        p: mode
        for p, mode in found.items()
        if mode != ("0o700" if os.path.isdir(p) and not os.path.islink(p) else "0o600")
    }
    print(f"{len(found)} files and folders checked")
    assert wrong == {}
