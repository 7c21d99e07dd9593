"""The one resource helper finds bundled files in the source tree, a wheel and a frozen app."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from app import paths


def test_source_tree_has_resources_seeds_and_migrations() -> None:
    assert paths.resource_path("bodymap.svg").is_file()
    assert paths.seed_path("labs.toml").is_file()
    assert (paths.migrations_dir() / "versions").is_dir()


def test_frozen_app_reads_everything_from_its_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Laid out as packaging/dosebook.spec puts it under sys._MEIPASS."""
    shutil.copytree(paths.data_dir("resources"), tmp_path / "resources")
    shutil.copytree(paths.data_dir("seeds"), tmp_path / "seeds")
    shutil.copytree(paths.migrations_dir(), tmp_path / "migrations")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_path("icons", "dosebook.svg") == tmp_path / "resources/icons/dosebook.svg"
    assert paths.seed_path("zones.toml") == tmp_path / "seeds" / "zones.toml"
    assert paths.migrations_dir() == tmp_path / "migrations"


def test_a_frozen_app_without_its_data_says_what_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(paths, "_PACKAGE", tmp_path / "app")
    with pytest.raises(FileNotFoundError, match="seeds folder is missing"):
        paths.seed_path("labs.toml")
    with pytest.raises(FileNotFoundError, match="migrations are missing"):
        paths.migrations_dir()


def test_installed_wheel_layout_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """hatch puts resources and seeds under app/_data (pyproject force-include)."""
    package = tmp_path / "site-packages" / "app"
    shutil.copytree(paths.data_dir("seeds"), package / "_data" / "seeds")
    monkeypatch.setattr(paths, "_PACKAGE", package)
    assert paths.seed_path("labs.toml") == package / "_data" / "seeds" / "labs.toml"
