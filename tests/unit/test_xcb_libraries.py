"""Before Qt loads its xcb plugin, the launcher names the Debian packages of missing libraries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.xcb import missing_packages, uses_xcb

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")


def broken_libraries(folder: Path, *sonames: str) -> dict[str, str]:
    """An environment whose library path finds an unloadable file for each of `sonames` first,
    as if that library were missing or damaged."""
    for soname in sonames:
        (folder / soname).write_bytes(b"")
    return {**os.environ, "LD_LIBRARY_PATH": str(folder)}


@linux_only
def test_a_library_that_is_not_there_is_named_by_its_package() -> None:
    assert missing_packages({"libdosebook-absent.so.9": "dosebook-absent9"}) == ["dosebook-absent9"]
    assert missing_packages({"libc.so.6": "libc6"}) == []


@linux_only
def test_this_machine_has_every_library_the_plugin_needs() -> None:
    assert missing_packages() == [], "install them, as .ci/run does"


@linux_only
def test_a_missing_dependency_is_named_not_the_library_that_needs_it(tmp_path: Path) -> None:
    """Qt's own abort blames libxcb-cursor0; the check names what is really missing."""
    env = broken_libraries(tmp_path, "libxcb-render-util.so.0")
    code = "from app.cli.xcb import missing_packages; print(missing_packages())"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.strip() == "['libxcb-render-util0']", out.stderr


@linux_only
def test_the_gui_says_which_packages_to_install_instead_of_aborting(tmp_path: Path) -> None:
    env = broken_libraries(tmp_path, "libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    env.pop("QT_QPA_PLATFORM", None)
    env.update(DISPLAY=":99", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = subprocess.run(
        [sys.executable, "-m", "app", "--demo"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "dosebook: Qt cannot open a window: system libraries it needs are missing. "
        "On Debian or Ubuntu: sudo apt-get install libxcb-icccm4 libxcb-keysyms1"
    ]


def test_only_the_xcb_platform_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    on_linux = sys.platform.startswith("linux")
    assert uses_xcb({"DISPLAY": ":0"}) is on_linux
    assert uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}) is on_linux
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"})
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the bundle brings its own
    assert not uses_xcb({"DISPLAY": ":0"})
