"""Bring a diary's schema up to date: copy the file first, refuse a file newer than this app.

SQLAlchemy and Alembic are imported only when a diary actually needs upgrading: on an up-to-date
diary (every open but the first after an update) reading `alembic_version` is enough, and a new
diary gets its tables from `ddl` as the migrations leave them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from app.domain.keys import KeyMaterial
from app.paths import migrations_dir
from app.store.errors import DiaryNewerThanApp
from app.store.schema.revisions import head_revision, known_revisions, raw_revision

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["check_current", "current_revision", "raw_revision", "upgrade"]


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def current_revision(conn: sqlcipher3.Connection) -> str | None:
    """The diary's schema revision, or None for a new, empty file."""
    return raw_revision(conn)


def pre_migration_copy_path(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix}")


def check_current(conn: sqlcipher3.Connection, path: Path) -> None:
    """For a diary that can only be read: refuse it unless its schema is this app's own."""
    from app.store.errors import WriteFailed

    current = raw_revision(conn)
    if current == head_revision():
        return
    if current is not None and current not in known_revisions():
        raise DiaryNewerThanApp(current)
    raise WriteFailed(
        f"{Path(path).name} is read-only, and this version of Dosebook must update it before "
        "opening it. Make it writable, or copy it to a folder you can write to; it was not changed."
    )


def upgrade(
    conn: sqlcipher3.Connection,
    path: Path,
    material: KeyMaterial,
    copy_file: Callable[[Path], object],
) -> Path | None:
    """Upgrade to head. Before changing an existing schema, `copy_file(target)` writes a copy.

    Returns the copy's path when one was made.
    """
    current = raw_revision(conn)
    if current == head_revision():
        return None
    if current is not None and current not in known_revisions():
        raise DiaryNewerThanApp(current)
    if current is None:  # a new, empty file: its tables as the migrations would leave them
        from app.store.schema.ddl import create_schema

        if not create_schema(conn):
            run_alembic(path, material)
        return None
    copy = pre_migration_copy_path(Path(path), current)
    copy_file(copy)
    run_alembic(path, material)
    return copy


def run_alembic(path: Path, material: KeyMaterial, target: str = "head") -> None:
    """Run the Alembic revisions up to `target` over a short-lived SQLAlchemy engine."""
    from alembic import command

    engine = sqlalchemy_engine(path, material)
    cfg = _config()
    try:
        with engine.begin() as sa_conn:
            cfg.attributes["connection"] = sa_conn
            command.upgrade(cfg, target)
    finally:
        engine.dispose()


def sqlalchemy_engine(path: Path, material: KeyMaterial):  # noqa: ANN201 - sqlalchemy.Engine
    """An SQLAlchemy engine on the diary (migrations and their tests only; no pool)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    from app.store.files.raw import configure, connect_existing

    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher3,
        poolclass=NullPool,
        creator=lambda: connect_existing(Path(path)),
    )

    @event.listens_for(engine, "connect", insert=True)
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001 - SQLAlchemy's signature
        configure(dbapi_conn, material)

    return engine
