"""A new diary's tables without Alembic or SQLAlchemy (importing them cost most of a second).

`head_sql` holds the statements the migrations leave in `sqlite_master` at the newest revision,
written by tools/schema_sql.py; a test compares it with what the migrations make, and a new
diary made from it with a migrated one. When it is behind the migrations (a revision added, the
tool not run yet), new diaries go through Alembic as before.
"""

from __future__ import annotations

import sqlcipher3

from app.store.schema import head_sql
from app.store.schema.revisions import head_revision


def create_schema(conn: sqlcipher3.Connection) -> bool:
    """Create every table of an empty diary at the head revision, in one transaction; False
    (nothing done) when the stored statements are not those of the head revision."""
    revision = head_revision()
    if revision != head_sql.REVISION:
        return False
    statements = [*head_sql.STATEMENTS]
    # the revision is four digits (the name of a revision file), safe to write into the script
    statements.append(f"INSERT INTO alembic_version (version_num) VALUES ('{revision}')")
    conn.executescript("BEGIN;\n" + ";\n".join(statements) + ";\nCOMMIT;")
    return True
