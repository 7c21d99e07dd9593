"""A new diary's tables, created from `tables` without Alembic or SQLAlchemy.

The statements are written in the very form the migrations leave in `sqlite_master` (a test
creates a diary both ways and compares the two), and the file is stamped with the head revision,
so later migrations run on it exactly as on a migrated one. Importing Alembic and SQLAlchemy for
a new diary cost most of a second; this costs milliseconds.
"""

from __future__ import annotations

import sqlcipher3

from app.store.schema.revisions import head_revision
from app.store.schema.tables import BOOKKEEPING, TABLES, Col, Table

_TYPES = {
    "int": "INTEGER",
    "float": "FLOAT",
    "text": "VARCHAR",
    "bool": "BOOLEAN",
    "date": "DATE",
    "datetime": "DATETIME",
}

# SQLite's keywords, which SQLAlchemy quotes as names (a test keeps the two lists the same).
_KEYWORDS = """add after all alter analyze and as asc attach autoincrement before begin between by
    cascade case cast check collate column commit conflict constraint create cross current_date
    current_time current_timestamp database default deferrable deferred delete desc detach
    distinct drop each else end escape except exclusive exists explain fail false for foreign
    from full glob group having if ignore immediate in index indexed initially inner insert
    instead intersect into is isnull join key left like limit match natural not notnull null of
    offset on or order outer plan pragma primary query raise references reindex rename replace
    restrict right rollback row select set table temp temporary then to transaction trigger true
    union unique update using vacuum values view virtual when where"""
RESERVED = frozenset(_KEYWORDS.split())

VERSION_TABLE = (
    "CREATE TABLE alembic_version (\n\tversion_num VARCHAR(32) NOT NULL, \n\t"
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)"
)


def _name(name: str) -> str:
    return f'"{name}"' if name in RESERVED else name


def _column(col: Col) -> str:
    return f"{_name(col.name)} {_TYPES[col.kind]}" + ("" if col.nullable else " NOT NULL")


def _foreign_key(col: Col) -> str:
    table, column = col.references.split(".")
    on_delete = f" ON DELETE {col.on_delete}" if col.on_delete else ""
    return f"FOREIGN KEY({_name(col.name)}) REFERENCES {_name(table)} ({_name(column)}){on_delete}"


def table_statements(table: Table) -> list[str]:
    """CREATE TABLE, then CREATE INDEX for each indexed column."""
    parts = [f"{name} DATETIME NOT NULL" for name in BOOKKEEPING]
    parts += [_column(c) for c in table.columns]
    parts.append(f"PRIMARY KEY ({', '.join(_name(k) for k in table.key)})")
    parts += [_foreign_key(c) for c in table.columns if c.references]
    parts += [f"UNIQUE ({', '.join(_name(c) for c in cols)})" for cols in table.unique]
    out = [f"CREATE TABLE {_name(table.name)} (\n\t" + ", \n\t".join(parts) + "\n)"]
    out += [
        f"CREATE INDEX ix_{table.name}_{c.name} ON {_name(table.name)} ({_name(c.name)})"
        for c in table.columns
        if c.index
    ]
    return out


def create_schema(conn: sqlcipher3.Connection) -> None:
    """Create every table of an empty diary at the head revision, in one transaction."""
    statements = [VERSION_TABLE]
    statements += [s for table in TABLES.values() for s in table_statements(table)]
    # the revision is four digits (the name of a revision file), safe to write into the script
    statements.append(f"INSERT INTO alembic_version (version_num) VALUES ('{head_revision()}')")
    conn.executescript("BEGIN;\n" + ";\n".join(statements) + ";\nCOMMIT;")
