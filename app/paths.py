"""Find bundled files (resources, seeds, migrations) from the source tree, a wheel or a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    frozen_root = getattr(sys, "_MEIPASS", None)
    out: list[Path] = []
    if frozen_root:
        out.append(Path(frozen_root) / name)
    out.append(_PACKAGE / "_data" / name)  # installed wheel (hatch force-include)
    out.append(_PACKAGE.parent / name)  # source tree
    return out


def data_dir(name: str) -> Path:
    """The folder `name` ("resources" or "seeds") wherever this copy of Dosebook runs from."""
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Dosebook's {name} folder is missing from this installation.")


def resource_path(*parts: str) -> Path:
    """A file under resources/."""
    return data_dir("resources").joinpath(*parts)


def seed_path(*parts: str) -> Path:
    """A file under seeds/."""
    return data_dir("seeds").joinpath(*parts)
