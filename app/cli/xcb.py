"""Before Qt starts on Linux/X11: are the system libraries its xcb platform plugin needs there?

Without one of them Qt aborts (exit 134) with a message that names libxcb-cursor0 even when
another library is the one missing. Loading each library here first (as the dynamic loader will
for the plugin) tells exactly which Debian packages to install.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

# The system libraries libqxcb.so and the Qt libraries under it load (`ldd`), which the PySide6
# wheel does not ship, and the Debian package of each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}

# dlerror() names the file that failed, which is a dependency when that one is missing:
# "libxcb-render-util.so.0: cannot open shared object file: ..." or "/some/dir/libX.so.1: ...".
_FAILED_FILE = re.compile(r"^([^:\s]+\.so[.\d]*):")


def uses_xcb(environ: Mapping[str, str] = os.environ) -> bool:
    """Will Qt pick its xcb plugin? (Linux, not asked for another platform, not a Wayland session)

    A frozen app is not checked: it carries its own xcb libraries, found through its own paths."""
    if not sys.platform.startswith("linux") or getattr(sys, "frozen", False):
        return False
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform == "xcb"
    wayland = environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland"
    return not wayland


def _bundled_dirs() -> list[Path]:
    """Where the PySide6 wheel keeps libraries of its own, searched after the system (the
    plugin's run path finds them there)."""
    dirs = []
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing Qt
    for location in spec.submodule_search_locations or [] if spec else []:
        dirs.append(Path(location) / "Qt" / "lib")
    return dirs


def _load_failure(soname: str, bundled: list[Path]) -> str | None:
    """None when `soname` loads; else the file name the loader could not load (it or one it needs)."""
    candidates = [soname, *(str(d / soname) for d in bundled if (d / soname).is_file())]
    message = ""
    for candidate in candidates:
        try:
            ctypes.CDLL(candidate)
        except OSError as err:
            message = str(err)
            continue
        return None
    found = _FAILED_FILE.match(message)
    return Path(found.group(1)).name if found else soname


def missing_packages(libraries: Mapping[str, str] = XCB_LIBRARIES) -> list[str]:
    """The Debian packages of `libraries` (soname: package) that cannot be loaded, in order.

    A library that loads but needs another one that is missing counts that one's package; a
    library not in `libraries` is named as it is."""
    bundled = _bundled_dirs()
    missing: list[str] = []
    for soname in libraries:
        failed = _load_failure(soname, bundled)
        if failed is not None:
            package = libraries.get(failed, XCB_LIBRARIES.get(failed, failed))
            if package not in missing:
                missing.append(package)
    return missing


def missing_message(packages: list[str]) -> str:
    return (
        "Qt cannot open a window: system libraries it needs are missing. "
        f"On Debian or Ubuntu: sudo apt-get install {' '.join(packages)}"
    )
