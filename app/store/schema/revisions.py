"""The schema revisions this app knows, read from the names of its Alembic revision files.

No SQLAlchemy and no Alembic here: opening an up-to-date diary only compares two strings.
"""

from __future__ import annotations

import re

import sqlcipher3

from app.paths import migrations_dir

# Revision files are named "<id>_<what>.py" with a four-digit id, and each revises the one before.
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def known_revisions() -> set[str]:
    """The revision ids this app knows, read from the names of its revision files."""
    folder = migrations_dir() / "versions"
    return {m.group(1) for p in folder.iterdir() if (m := _REVISION_FILE.match(p.name))}


def head_revision() -> str:
    return max(known_revisions(), default="")


def raw_revision(conn: sqlcipher3.Connection) -> str | None:
    """The diary's revision read over a plain connection, or None if it was never migrated."""
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher3.OperationalError:  # no such table: nothing was ever migrated
        return None
    return row[0] if row else None
