"""Rows of a declared table over a plain connection, decoded as `schema.tables` says."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable
from functools import cache
from typing import Any

import sqlcipher3

from app.store.reading.codec import DECODE
from app.store.schema.tables import BOOKKEEPING, TABLES


@cache
def _shape(table: str, stamps: bool) -> tuple[str, Callable[..., Any], list[tuple[int, Any]]]:
    """The SELECT list, the row type and the decoders of one table (worked out once)."""
    spec = TABLES[table]
    names = [*spec.names, *(BOOKKEEPING if stamps else ())]
    kinds = [c.kind for c in spec.columns] + (["datetime"] * len(BOOKKEEPING) if stamps else [])
    make = namedtuple(table + ("_stamped" if stamps else ""), names)._make  # noqa: PYI024
    decoders = [(i, DECODE[k]) for i, k in enumerate(kinds) if DECODE[k] is not None]
    return ", ".join(f'"{n}"' for n in names), make, decoders


def fetch(
    conn: sqlcipher3.Connection,
    table: str,
    where: str = "",
    params: tuple[Any, ...] = (),
    order_by: str = "",
    stamps: bool = False,
) -> list[Any]:
    """Rows of `table` (optionally filtered and ordered), as named tuples of Python values.

    `stamps` adds the bookkeeping times (the lossless export wants them; records do not).
    """
    select, make, decoders = _shape(table, stamps)
    sql = f'SELECT {select} FROM "{table}"'  # noqa: S608 - names come from the declaration
    if where:
        sql += f" WHERE {where}"
    sql += f" ORDER BY {order_by or 'rowid'}"
    out = []
    for raw in conn.execute(sql, params):
        if decoders:
            values = list(raw)
            for i, decode in decoders:
                if values[i] is not None:
                    values[i] = decode(values[i])
            out.append(make(values))
        else:
            out.append(make(raw))
    return out
