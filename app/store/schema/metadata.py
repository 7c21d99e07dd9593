"""SQLAlchemy's view of the tables, built from `tables` for Alembic (and the test that checks the
migrations create exactly what is declared). Imported only when a diary is migrated."""

from __future__ import annotations

import sqlalchemy as sa

from app.store.schema.tables import BOOKKEEPING, TABLES, Col

_TYPES = {
    "int": sa.Integer,
    "float": sa.Float,
    "text": sa.String,
    "bool": sa.Boolean,
    "date": sa.Date,
    "datetime": sa.DateTime,
    "blob": sa.LargeBinary,
}


def _column(col: Col, key: tuple[str, ...]) -> sa.Column:
    args: list = [col.name, _TYPES[col.kind]()]
    if col.references:
        args.append(sa.ForeignKey(col.references, ondelete=col.on_delete or None))
    return sa.Column(*args, primary_key=col.name in key, nullable=col.nullable, index=col.index)


def build_metadata() -> sa.MetaData:
    metadata = sa.MetaData()
    for table in TABLES.values():
        stamps = [sa.Column(name, sa.DateTime(), nullable=False) for name in BOOKKEEPING]
        sa.Table(
            table.name,
            metadata,
            *stamps,
            *(_column(c, table.key) for c in table.columns),
            *(sa.UniqueConstraint(*cols) for cols in table.unique),
        )
    return metadata


METADATA = build_metadata()
