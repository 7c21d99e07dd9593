"""The schema: the tables declared once, Alembic revisions, and upgrading a file before use."""
