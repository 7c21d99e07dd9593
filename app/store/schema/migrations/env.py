"""Alembic environment, run in code by app.store.schema.migrate with the diary's open connection."""

from alembic import context

from app.store.schema.metadata import METADATA

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=METADATA,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
