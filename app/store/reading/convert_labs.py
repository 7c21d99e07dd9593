"""The lab part of the mapping between rows and records (it lives in `convert`)."""

from app.store.reading.convert import (
    attachment,
    attachment_fields,
    lab_test,
    lab_test_fields,
    monitoring,
    panel,
    result,
    result_fields,
)

__all__ = [
    "attachment",
    "attachment_fields",
    "lab_test",
    "lab_test_fields",
    "monitoring",
    "panel",
    "result",
    "result_fields",
]
