"""What `dosebook check` reports, read over one plain connection (no ORM): SQLite's and
SQLCipher's checks, the schema revision and the rows in each table."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain.keys import KeyMaterial
from app.store.files.raw import open_raw
from app.store.schema.revisions import raw_revision

_TABLES = (
    "SELECT name FROM sqlite_master WHERE type = 'table' "
    "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
)


@dataclass(frozen=True)
class FileReport:
    integrity: str  # "ok", or what the checks found
    revision: str
    counts: dict[str, int]  # rows per table, by name


def inspect_file(path: Path, material: KeyMaterial) -> FileReport:
    """Raises sqlcipher3's errors when the file cannot be read that far."""
    conn = open_raw(Path(path), material)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        problems = [r[0] for r in rows if r[0] != "ok"] + [r[0] for r in cipher]
        names = [name for (name,) in conn.execute(_TABLES)]
        counts = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}  # noqa: S608
        return FileReport("; ".join(problems) or "ok", raw_revision(conn) or "", counts)
    finally:
        conn.close()
