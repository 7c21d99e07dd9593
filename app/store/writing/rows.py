"""Small helpers the facade parts share for reading and writing rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column
from sqlmodel import Session

from app.domain.errors import ValidationError
from app.store.reading.convert import BOOKKEEPING
from app.store.schema.models import utcnow


def add_or_update(
    session: Session, model: type, row_id: Any, fields: dict[str, Any], what: str
) -> int:
    """Insert a new row (`row_id` None) or change the row with that id; returns its id.

    `what` names the record in the message when it was deleted meanwhile ("That vial ...").
    """
    if row_id is None:
        row = model(**fields)
    else:
        row = session.get(model, row_id)
        if row is None:
            raise ValidationError(f"That {what} no longer exists.")
        for name, value in fields.items():
            setattr(row, name, value)
        row.updated_at = utcnow()
    session.add(row)
    session.flush()
    return row.id


def record_columns(model: type) -> list[Column]:
    """The columns a record is made of: bulk reads skip the bookkeeping times, which no record
    carries and which cost a time conversion per row."""
    return [c for c in model.__table__.columns if c.name not in BOOKKEEPING]
