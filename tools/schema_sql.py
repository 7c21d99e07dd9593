"""Write app/store/schema/head_sql.py: the SQL a diary's tables are made with at the newest
revision, as the migrations leave them in `sqlite_master`. A new diary is created from it without
Alembic (app/store/schema/ddl.py); tests/unit/test_migrations.py fails until it is written again
after a migration is added.

Run: uv run python tools/schema_sql.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from app.domain.keys import KeyMaterial
from app.store.files.raw import create_file, open_raw
from app.store.schema import migrate

TARGET = Path(__file__).resolve().parents[1] / "app" / "store" / "schema" / "head_sql.py"


def migrated_schema() -> tuple[str, list[str]]:
    """The head revision and the statements of a file the migrations made, in their order."""
    key = KeyMaterial(key=bytes(32), salt=bytes(16))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "schema.dosebook"
        create_file(path, key)
        migrate.run_alembic(path, key)
        conn = open_raw(path, key)
        try:
            (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            rows = conn.execute(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
            )
            return revision, [sql for (sql,) in rows]
        finally:
            conn.close()


def main() -> None:
    revision, statements = migrated_schema()
    lines = [
        '"""Written by tools/schema_sql.py: the tables at the newest revision, as the migrations',
        'leave them. Do not edit; run the tool again after adding a migration."""',
        "",
        f"REVISION = {revision!r}",
        "STATEMENTS = (",
        *(f"    {sql!r}," for sql in statements),
        ")",
        "",
    ]
    TARGET.write_text("\n".join(lines), encoding="utf-8")
    print(f"Wrote {TARGET} (revision {revision}, {len(statements)} statements).")


if __name__ == "__main__":
    main()
