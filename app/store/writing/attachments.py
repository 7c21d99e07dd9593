"""Diary facade part: photos and PDFs kept inside the diary with a lab panel or a site reaction.

The file is stored encrypted like every other row, apart from its record (`attachment_file`), so
listing attachments never reads the files. Pictures arrive already re-encoded by the screen that
added them (Qt, which the store cannot use); the check refuses one that still holds EXIF data.
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.checks import check_attachment
from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.records import Attachment
from app.store.changes import Change
from app.store.reading import convert


class AttachmentLog:
    """Mixed into Diary; writes through its `_write(changes)` transactions."""

    def add_attachment(self, attachment: Attachment, data: bytes) -> Attachment:
        """Keep a file with its panel or reaction, in one transaction."""
        attachment = replace(attachment, id=None, size=len(data), name=attachment.name.strip())
        check_attachment(attachment, data)
        with self._write(Change.ATTACHMENTS) as tx:
            if attachment.panel_id is not None and tx.get("lab_panel", attachment.panel_id) is None:
                raise ValidationError(translate("Store", "That lab panel no longer exists."))
            if (
                attachment.reaction_id is not None
                and tx.get("site_reaction", attachment.reaction_id) is None
            ):
                raise ValidationError(translate("Store", "That site reaction no longer exists."))
            new_id = tx.insert("attachment", convert.attachment_fields(attachment))
            tx.insert("attachment_file", {"attachment_id": new_id, "data": data})
        return replace(attachment, id=new_id)

    def delete_attachment(self, attachment_id: int) -> Attachment:
        """Remove an attached file (the caller has asked first)."""
        with self._write(Change.ATTACHMENTS) as tx:
            row = tx.get("attachment", attachment_id)
            if row is None:
                raise ValidationError(translate("Store", "That attachment no longer exists."))
            tx.delete("attachment_file", "attachment_id = ?", (attachment_id,))
            tx.delete("attachment", "id = ?", (attachment_id,))
        return convert.attachment(row)
