"""Start at login, opt-in: an XDG autostart entry on Linux that runs `dosebook --tray`.

The entry names only the program and, for a diary outside the default place, its path: nothing
about the schedule. Windows (the Startup folder) and macOS (a login item) are set up by hand, as
packaging/README.md describes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.paths import default_diary_path
from app.store.files.private import write_private_text

ENTRY_NAME = "org.dosebook.Dosebook-tray.desktop"


def supported() -> bool:
    return sys.platform.startswith("linux")


def entry_path() -> Path:
    """~/.config/autostart/org.dosebook.Dosebook-tray.desktop (or under $XDG_CONFIG_HOME)."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / ENTRY_NAME


def is_enabled() -> bool:
    return supported() and entry_path().exists()


def launch_command(diary: Path | None) -> list[str]:
    """How this Dosebook is started: the bundle's program, or this Python with `-m app`."""
    if getattr(sys, "frozen", False):
        command = [sys.executable, "--tray"]
    else:
        command = [sys.executable, "-m", "app", "--tray"]
    if diary is not None and Path(diary).resolve() != default_diary_path().resolve():
        command += ["--diary", str(Path(diary).resolve())]
    return command


def _quoted(arg: str) -> str:
    """An Exec argument as the Desktop Entry spec wants it."""
    if not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def entry_text(command: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Dosebook reminders\n"
        "Comment=Dose reminders in the tray\n"
        f"Exec={' '.join(_quoted(a).replace('%', '%%') for a in command)}\n"
        "Icon=org.dosebook.Dosebook\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_enabled(on: bool, diary: Path | None) -> None:
    """Write or remove the autostart entry."""
    path = entry_path()
    if not on:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private_text(path, entry_text(launch_command(diary)))
