"""One transaction on one keyed connection: the only way rows are written.

Every value is checked (`domain.checks.values`) and encoded as `schema.tables` declares before it
reaches SQL; the bookkeeping times are stamped here. The facade opens one `Tx` per user action
(`Diary._write`), so an action is saved whole or not at all.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlcipher3

from app.domain.checks import check_value
from app.store.reading.codec import encode, encode_datetime
from app.store.reading.rows import fetch
from app.store.schema.tables import BOOKKEEPING, TABLES, Table


def utcnow() -> datetime:
    return datetime.now(UTC)


def _encoded(spec: Table, fields: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in fields.items():
        check_value(name, value)
        out[name] = encode(spec.column(name).kind, value)
    return out


class Tx:
    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self.conn = conn

    # reading inside the transaction sees its own writes
    def rows(
        self, table: str, where: str = "", params: tuple[Any, ...] = (), order_by: str = ""
    ) -> list[Any]:
        return fetch(self.conn, table, where, params, order_by)

    def get(self, table: str, *key: Any) -> Any | None:
        spec = TABLES[table]
        where = " AND ".join(f'"{k}" = ?' for k in spec.key)
        params = tuple(encode(spec.column(k).kind, v) for k, v in zip(spec.key, key, strict=True))
        rows = fetch(self.conn, table, where, params)
        return rows[0] if rows else None

    def count(self, table: str) -> int:
        return self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608

    def insert(self, table: str, fields: dict[str, Any]) -> Any:
        """Add a row; returns its key (the new id for tables whose id SQLite assigns).

        The bookkeeping times are now, unless `fields` carries them (an import keeps its own).
        """
        spec = TABLES[table]
        fields = dict(fields)
        stamps = {k: fields.pop(k) for k in BOOKKEEPING if k in fields}
        full = {}
        for col in spec.columns:
            if col.name in fields:
                full[col.name] = fields[col.name]
            elif col.default is not None:
                full[col.name] = col.default
            elif not (col.nullable or (spec.autoincrement and col.name in spec.key)):
                raise KeyError(f"{table}.{col.name} must be given")
        unknown = set(fields) - set(spec.names)
        if unknown:
            raise KeyError(f"{table} has no column {sorted(unknown)[0]}")
        values = _encoded(spec, full)
        now = utcnow()
        for name in BOOKKEEPING:
            values[name] = encode_datetime(stamps.get(name) or now)
        names = ", ".join(f'"{n}"' for n in values)
        marks = ", ".join("?" for _ in values)
        cur = self.conn.execute(
            f'INSERT INTO "{table}" ({names}) VALUES ({marks})',  # noqa: S608
            tuple(values.values()),
        )
        if spec.autoincrement and "id" not in fields:
            return cur.lastrowid
        return tuple(full[k] for k in spec.key) if len(spec.key) > 1 else full[spec.key[0]]

    def update(self, table: str, key: Any, fields: dict[str, Any]) -> bool:
        """Change a row's fields; False when there is no row with that key."""
        spec = TABLES[table]
        fields = dict(fields)
        stamps = {k: fields.pop(k) for k in BOOKKEEPING if k in fields}
        values = _encoded(spec, fields)
        values["updated_at"] = encode_datetime(stamps.get("updated_at") or utcnow())
        if "created_at" in stamps:
            values["created_at"] = encode_datetime(stamps["created_at"])
        sets = ", ".join(f'"{n}" = ?' for n in values)
        (key_name,) = spec.key
        cur = self.conn.execute(
            f'UPDATE "{table}" SET {sets} WHERE "{key_name}" = ?',  # noqa: S608
            (*values.values(), encode(spec.column(key_name).kind, key)),
        )
        return cur.rowcount > 0

    def upsert(self, table: str, fields: dict[str, Any]) -> None:
        """Change the row with the key in `fields`, or add it."""
        spec = TABLES[table]
        (key_name,) = spec.key
        rest = {k: v for k, v in fields.items() if k != key_name}
        if not self.update(table, fields[key_name], rest):
            self.insert(table, fields)

    def delete(self, table: str, where: str, params: tuple[Any, ...]) -> int:
        cur = self.conn.execute(f'DELETE FROM "{table}" WHERE {where}', params)  # noqa: S608
        return cur.rowcount
