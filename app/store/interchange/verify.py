"""Every record of a diary file passed through the import's checks: a restore takes in a whole
file, so it goes through the same door as an import."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import sqlcipher3

from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.keys import KeyMaterial
from app.store.interchange.json_io import export_document, parse_document
from app.store.interchange.records import DocumentContext
from app.store.schema.revisions import head_revision, raw_revision


def check_file_records(path: Path, material: KeyMaterial, today: date | None = None) -> None:
    """Raise ValidationError naming the first record of the file that a screen would refuse.

    A file at an older schema is left to its migration, which runs when it is opened.
    """
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlcipher3.connect(uri, uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {material.pragma_value()}")
        if raw_revision(conn) != head_revision():
            return
        doc = export_document(conn, "")
    finally:
        conn.close()
    # a day of slack: the file may come from a computer a time zone ahead
    context = DocumentContext(
        zone_ids=frozenset(), test_codes=frozenset(), today=(today or date.today()) + timedelta(1)
    )
    try:
        parse_document(doc, context)
    except ValidationError as err:
        raise ValidationError(
            translate(
                "Store",
                "{name} holds a record Dosebook would not accept ({problem}); it was not restored.",
            ).format(name=Path(path).name, problem=err)
        ) from None
