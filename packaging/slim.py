"""Drop what a PySide6 bundle carries but Dosebook never loads (used by dosebook.spec).

Tested findings are in NOTES.md ("Packaging"). What must stay: QtOpenGL (pyqtgraph imports it),
numpy's OpenBLAS unstripped, and `_cffi_backend` (the SecretService keyring needs it).
"""

from __future__ import annotations

import subprocess
import sys
from collections import deque
from pathlib import Path

# Qt's own words (buttons of standard dialogs...) stay for the languages Dosebook speaks.
SHIPPED_LANGUAGES = ("de", "zh_CN")
_KEEP_QT_TRANSLATIONS = tuple(f"qtbase_{code}.qm" for code in SHIPPED_LANGUAGES)
_DROP_DIRS = (
    "PySide6/Qt/translations/",
    "PySide6/Qt/plugins/networkinformation/",
    "PySide6/Qt/plugins/tls/",
    "PySide6/Qt/plugins/egldeviceintegrations/",
    "PySide6/Qt/plugins/platformthemes/",  # the gtk3 theme pulls in gtk, cairo, pango and gio
    "PySide6/Qt/plugins/qmltooling/",
    "PySide6/Qt/plugins/qmllint/",
    "PySide6/Qt/plugins/designer/",
    "PySide6/Qt/plugins/sqldrivers/",
    "PySide6/Qt/plugins/generic/",
    "PySide6/Qt/qml/",
    "pyqtgraph/icons/peegee/",
)
_DROP_PLUGINS = (
    # platforms for embedded screens, not desktops
    "libqeglfs",
    "libqlinuxfb",
    "libqvnc",
    "libqminimalegl",
    "libqvkkhrdisplay",
    # image formats the app never reads (PNG is built in; SVG, ICO and JPEG stay)
    "libqtiff",
    "libqwebp",
    "libqtga",
    "libqwbmp",
    "libqicns",
)
# Part of every Linux desktop and tied to its configuration (printers, the session bus): use
# the system's copy. The .deb depends on libcups2 and libdbus-1-3. Without libcups, printing
# still works to PDF.
SYSTEM_LIBS = ("libcups.so", "libdbus-1.so")


def keep(dest: str) -> bool:
    """Whether a bundle entry (its destination path) stays in the bundle."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if "PySide6/Qt/translations/" in dest and name in _KEEP_QT_TRANSLATIONS:
        return True
    if "resources/translations/" in dest and name.endswith(".ts"):
        return False  # the sources of the .qm files beside them
    if any(part in dest for part in _DROP_DIRS):
        return False
    if "/plugins/" in dest and name.startswith(_DROP_PLUGINS):
        return False
    return not (sys.platform.startswith("linux") and name.startswith(SYSTEM_LIBS))


def _is_plain_lib(dest: str) -> bool:
    """A shared library that only matters if something needs it (not a module or a plugin)."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    return (
        "/plugins/" not in dest
        and name.startswith("lib")
        and ".so" in name
        and "cpython" not in name
    )


def _needed(path: str) -> list[str]:
    """The DT_NEEDED names of an ELF file."""
    out = subprocess.run(["readelf", "-d", path], capture_output=True, text=True, check=False)
    return [
        line.split("[", 1)[1].split("]", 1)[0]
        for line in out.stdout.splitlines()
        if "(NEEDED)" in line
    ]


def _prune_unreferenced(binaries: list) -> list:
    """Linux: drop lib*.so* files that nothing kept needs, directly or through another library.

    Dropping a plugin (say the gtk3 theme) or a system library leaves its dependency tree in
    the TOC; this removes it. Roots: extension modules, Qt plugins and libpython.
    """
    files = {dest.rsplit("/", 1)[-1]: src for dest, src, kind in binaries if kind != "SYMLINK"}
    queue = deque(
        src
        for dest, src, kind in binaries
        if kind != "SYMLINK" and (not _is_plain_lib(dest) or "libpython" in dest)
    )
    reached: set[str] = set()
    while queue:
        for name in _needed(queue.popleft()):
            if name in files and name not in reached:
                reached.add(name)
                queue.append(files[name])
    return [
        (dest, src, kind)
        for dest, src, kind in binaries
        if kind == "SYMLINK" or not _is_plain_lib(dest) or dest.rsplit("/", 1)[-1] in reached
        or "libpython" in dest
    ]  # fmt: skip


def _drop_dangling_links(toc: list, present: set[str]) -> list:
    """Parent-folder symlinks whose target left the bundle go too."""
    return [
        (dest, src, kind)
        for dest, src, kind in toc
        if kind != "SYMLINK" or str(Path(dest).parent / src).replace("\\", "/") in present
    ]


def slim(binaries: list, datas: list) -> tuple[list, list]:
    """The Analysis' binaries and datas without what Dosebook never loads."""
    binaries = [entry for entry in binaries if keep(entry[0])]
    datas = [entry for entry in datas if keep(entry[0])]
    if sys.platform.startswith("linux"):
        binaries = _prune_unreferenced(binaries)
    present = {dest.replace("\\", "/") for dest, _, kind in binaries + datas if kind != "SYMLINK"}
    return _drop_dangling_links(binaries, present), _drop_dangling_links(datas, present)


def strip_debug(files: list[Path]) -> None:
    """`strip --strip-debug` these files only: a global --strip breaks numpy's OpenBLAS."""
    if not sys.platform.startswith("linux"):
        return
    for path in files:
        if path.is_file():
            subprocess.run(["strip", "--strip-debug", str(path)], check=True)
