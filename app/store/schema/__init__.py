"""The schema: the tables (SQLModel), Alembic revisions, and upgrading a file before use."""
