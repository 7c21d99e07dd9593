"""Helpers for the bundle tests: build it once, run it, and give it an X display and a keyring."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
APP_ID = "org.dosebook.Dosebook"


@dataclass(frozen=True)
class Built:
    bundle: Path  # the one-folder app
    executable: Path
    deb: Path


def build() -> Built:
    """Run the documented build command (packaging/build_linux.sh) and return what it made."""
    for old in DIST.glob("dosebook_*.deb"):
        old.unlink()
    result = subprocess.run(
        [str(ROOT / "packaging" / "build_linux.sh")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    bundle = DIST / "dosebook"
    debs = sorted(DIST.glob("dosebook_*.deb"))
    assert len(debs) == 1, debs
    return Built(bundle=bundle, executable=bundle / "dosebook", deb=debs[0])


def folder_size(path: Path) -> int:
    """Bytes in regular files under path (symlinks not followed or counted)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def run(cmd: list[str], env: dict[str, str] | None = None, stdin: str = "", timeout: int = 180):
    """Run a command with the test environment plus `env`; output as text."""
    return subprocess.run(
        cmd,
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=timeout,
    )


def missing_tools(*names: str) -> list[str]:
    return [name for name in names if shutil.which(name) is None]


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A fresh Xvfb display; yields its DISPLAY value."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def in_keyring_session(cmd: list[str], keyring_password: str = "test") -> list[str]:
    """`cmd` inside its own D-Bus session with gnome-keyring unlocked (a real SecretService).

    The keyring lives under $HOME, so it persists between sessions with the same HOME.
    """
    script = (
        f"printf %s {keyring_password} | gnome-keyring-daemon --unlock --components=secrets "
        '>/dev/null && exec "$@"'
    )
    return ["dbus-run-session", "--", "sh", "-c", script, "sh", *cmd]


def stop_group(proc: subprocess.Popen) -> None:
    """Stop a process started with start_new_session=True and everything it started."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)


def xdotool(*args: str, display: str, timeout: int = 60, none_ok: bool = False) -> str:
    """Run xdotool on that display; its output. With none_ok, a search may find nothing."""
    result = subprocess.run(
        ["xdotool", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "DISPLAY": display},
        timeout=timeout,
    )
    if none_ok and result.returncode == 1 and not result.stdout:
        return ""
    assert result.returncode == 0, result.stderr
    return result.stdout


def gui_env(display: str, home: Path) -> dict[str, str]:
    """Environment of a user's desktop session: a display, a home, no test overrides."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "LC_"))}
    # English, whatever this machine's language: the tests find windows by their titles.
    env.update({"DISPLAY": display, "HOME": str(home), "LANG": "C.UTF-8", "LANGUAGE": "en"})
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return env
