"""Bring a diary's schema up to date: copy the file first, refuse a file newer than this app."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app.paths import migrations_dir
from app.store.errors import DiaryNewerThanApp


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return copy
