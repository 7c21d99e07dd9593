"""Alembic environment, run in code by app.store.schema.migrate with the diary's open connection."""

from alembic import context
from sqlmodel import SQLModel

import app.store.schema.models  # noqa: F401 - registers the tables on SQLModel.metadata

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
