"""Find bundled files (resources, seeds, migrations) from the source tree, a wheel or a frozen app.

The one place that knows the three layouts:
- source tree: `<repo>/resources`, `<repo>/seeds`, `app/store/schema/migrations`;
- installed wheel: `app/_data/resources`, `app/_data/seeds` (hatch force-include), migrations in
  the package;
- PyInstaller bundle: everything under `sys._MEIPASS` (see packaging/dosebook.spec).
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def frozen_root() -> Path | None:
    """The bundle's data folder when running from a PyInstaller build, else None."""
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def _candidates(name: str) -> list[Path]:
    out: list[Path] = []
    root = frozen_root()
    if root is not None:
        out.append(root / name)
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


def migrations_dir() -> Path:
    """Alembic's script folder: plain files on disk, which a frozen app keeps beside its archive."""
    root = frozen_root()
    # A frozen app's modules live in an archive, so the migrations ship as data files.
    candidates = [root / "migrations"] if root is not None else []
    candidates.append(_PACKAGE / "store" / "schema" / "migrations")
    for candidate in candidates:
        if (candidate / "env.py").is_file():
            return candidate
    raise FileNotFoundError("Dosebook's database migrations are missing from this installation.")


APP_NAME = "Dosebook"
DIARY_SUFFIX = ".dosebook"


def default_diary_path() -> Path:
    """The diary in the platform's user data folder (e.g. ~/.local/share/Dosebook on Linux)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / f"diary{DIARY_SUFFIX}"


def translations_dir() -> Path:
    """The compiled translations (dosebook_<lang>.qm, built from the .ts files beside them)."""
    return resource_path("translations")
