"""Checks on attachments (a photo or PDF of a lab report, a photo of a site reaction) before they
are kept: the kind of file, its size, one owner, and no location left in a photo."""

from __future__ import annotations

from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.i18n.numbers import localize
from app.domain.records import Attachment

MAX_ATTACHMENT_BYTES = 20_000_000  # 20 MB, as people count them
MEDIA_TYPES = {"image/jpeg": "JPEG picture", "image/png": "PNG picture", "application/pdf": "PDF"}
_MAGIC = {
    "image/jpeg": b"\xff\xd8\xff",
    "image/png": b"\x89PNG\r\n\x1a\n",
    "application/pdf": b"%PDF-",
}


def media_words(media_type: str) -> str:
    """ "JPEG picture", "PNG picture", "PDF"."""
    return {
        "image/jpeg": translate("Checks", "JPEG picture"),
        "image/png": translate("Checks", "PNG picture"),
        "application/pdf": translate("Checks", "PDF"),
    }.get(media_type, media_type)


def size_text(size: int) -> str:
    """A file size as people read it: "840 kB", "12.5 MB"."""
    if size < 1000 * 1000:
        return f"{max(1, round(size / 1000))} kB"
    return localize(f"{size / 1000 / 1000:.1f}".removesuffix(".0")) + " MB"


def _jpeg_has_exif(data: bytes) -> bool:
    """Whether a JPEG still carries an EXIF block (where cameras write the place a photo was taken)."""
    at = 2
    while at + 4 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        if marker in (0xD9, 0xDA):  # end of image, start of the picture data: no more headers
            return False
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if marker == 0xE1 and data[at + 4 : at + 10] == b"Exif\x00\x00":
            return True
        at += 2 + length
    return False


def _png_has_exif(data: bytes) -> bool:
    at = 8
    while at + 8 <= len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        kind = data[at + 4 : at + 8]
        if kind == b"eXIf":
            return True
        if kind == b"IEND":
            return False
        at += 12 + length
    return False


def has_exif(media_type: str, data: bytes) -> bool:
    """Whether a picture still holds EXIF data (a time, a camera, often a place)."""
    if media_type == "image/jpeg":
        return _jpeg_has_exif(data)
    if media_type == "image/png":
        return _png_has_exif(data)
    return False


def check_attachment(a: Attachment, data: bytes | None = None) -> None:
    """Raise ValidationError unless the attachment can be kept; `data` is checked when given."""
    if a.media_type not in MEDIA_TYPES:
        raise ValidationError(
            translate("Checks", "Only photos (JPEG, PNG) and PDF files can be attached."),
            "media_type",
        )
    if (a.panel_id is None) == (a.reaction_id is None):
        raise ValidationError(
            translate("Checks", "An attachment belongs to one lab panel or one site reaction."),
            "panel_id",
        )
    if isinstance(a.size, bool) or not isinstance(a.size, int) or a.size <= 0:
        raise ValidationError(translate("Checks", "An attached file cannot be empty."), "size")
    if a.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            translate("Checks", "The file is {size}; an attachment can be at most {most}.").format(
                size=size_text(a.size), most=size_text(MAX_ATTACHMENT_BYTES)
            ),
            "size",
        )
    if data is None:
        return
    if len(data) != a.size:
        raise ValidationError(
            translate("Checks", "The attached file's size does not match its record."), "size"
        )
    if not data.startswith(_MAGIC[a.media_type]):
        raise ValidationError(
            translate("Checks", "The file is not a {kind}, as its record says.").format(
                kind=media_words(a.media_type)
            ),
            "media_type",
        )
    if has_exif(a.media_type, data):
        raise ValidationError(
            translate(
                "Checks",
                "The photo still holds EXIF data (it can hold where it was taken); add it again "
                "so Dosebook can remove it.",
            ),
            "data",
        )
