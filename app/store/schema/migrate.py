"""Bring a diary's schema up to date: copy the file first, refuse a file newer than this app.

Alembic is imported only when a diary actually needs upgrading: on an up-to-date diary (every
open but the first after an update) reading `alembic_version` is enough, and importing Alembic
would cost a large share of the start-up time.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from app.paths import migrations_dir
from app.store.errors import DiaryNewerThanApp
from app.store.schema.revisions import head_revision, known_revisions

if TYPE_CHECKING:
    from alembic.config import Config


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The diary's schema revision, or None for a new, empty file."""
    with engine.connect() as conn:
        try:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        except OperationalError:  # no such table: nothing was ever migrated
            return None
    return row[0] if row else None


def pre_migration_copy_path(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix}")


def upgrade(engine: Engine, path: Path, copy_file) -> Path | None:  # noqa: ANN001
    """Upgrade to head. Before changing an existing schema, `copy_file(target)` writes a copy.

    Returns the copy's path when one was made.
    """
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise DiaryNewerThanApp(current)
    copy: Path | None = None
    if current is not None:
        copy = pre_migration_copy_path(Path(path), current)
        copy_file(copy)
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return copy
