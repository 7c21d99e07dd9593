"""The menu entry, AppStream metainfo and app icon that the .deb installs."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.paths import resource_path

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
APP_ID = "org.dosebook.Dosebook"


def _validate(tool: list[str], path: Path) -> subprocess.CompletedProcess:
    if shutil.which(tool[0]) is None:
        pytest.skip(f"{tool[0]} is not installed")
    return subprocess.run([*tool, str(path)], capture_output=True, text=True, timeout=60)


def test_desktop_entry_validates_and_opens_the_app_without_a_terminal() -> None:
    path = LINUX / f"{APP_ID}.desktop"
    result = _validate(["desktop-file-validate"], path)
    assert result.returncode == 0, result.stdout + result.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(path)
    section = entry["Desktop Entry"]
    assert section["Exec"] == "dosebook"
    assert section["Icon"] == APP_ID
    assert section["Terminal"] == "false"


def test_appstream_metainfo_validates() -> None:
    result = _validate(["appstreamcli", "validate", "--no-net"], LINUX / f"{APP_ID}.metainfo.xml")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_app_icon_png_has_its_size_and_is_not_blank(size: int) -> None:
    image = QImage(str(resource_path("icons", f"dosebook-{size}.png")))
    assert (image.width(), image.height()) == (size, size)
    centre = image.pixelColor(size // 2, size // 2)
    assert centre.alpha() == 255  # the icon fills its middle; a failed render is transparent
