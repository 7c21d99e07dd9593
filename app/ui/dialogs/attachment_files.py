"""Turning a chosen file into an attachment: a PDF as it is, a photo re-encoded by Qt so nothing
but the picture is kept (no EXIF: no place, no camera, no time), turned upright and at most
4000 pixels across."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPainter

from app.domain.checks.attachments import MAX_ATTACHMENT_BYTES, size_text
from app.domain.errors import UserError
from app.store.interchange.lab_file import read_checked

translate = QCoreApplication.translate

MAX_SIDE = 4000
MAX_PHOTO_FILE = 3 * MAX_ATTACHMENT_BYTES  # a camera's file may be large before re-encoding
PICTURE_PATTERNS = "*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff"


def _image_bytes(image: QImage, kind: bytes, quality: int = 90) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, kind)
    writer.setQuality(quality)
    if not writer.write(image):
        raise UserError(translate("Attachments", "The picture could not be prepared for keeping."))
    buffer.close()
    return bytes(array.data())


def clean_picture(data: bytes) -> tuple[str, bytes]:
    """(media type, bytes) of a picture redrawn on a blank image: only the pixels go across."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a phone's "rotate this" note is applied, then dropped
    source = reader.read()
    if source.isNull():
        raise UserError(
            translate("Attachments", "That file is not a photo or PDF Dosebook can read.")
        )
    if max(source.width(), source.height()) > MAX_SIDE:
        source = source.scaled(
            MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
    keep_alpha = source.hasAlphaChannel()
    fmt = QImage.Format.Format_ARGB32 if keep_alpha else QImage.Format.Format_RGB32
    blank = QImage(source.size(), fmt)
    blank.fill(Qt.GlobalColor.transparent if keep_alpha else Qt.GlobalColor.white)
    painter = QPainter(blank)
    painter.drawImage(0, 0, source)
    painter.end()
    if keep_alpha:
        return "image/png", _image_bytes(blank, b"png")
    return "image/jpeg", _image_bytes(blank, b"jpeg")


def prepare_file(path: Path) -> tuple[str, str, bytes]:
    """(media type, name, bytes) to attach from a file, or a UserError saying why not."""
    path = Path(path)
    data = read_checked(path, MAX_PHOTO_FILE, "an attachment", said=MAX_ATTACHMENT_BYTES)
    if data.startswith(b"%PDF-"):
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise UserError(
                translate(
                    "Attachments", "{name} is {size}; an attachment can be at most {most}."
                ).format(
                    name=path.name, size=size_text(len(data)), most=size_text(MAX_ATTACHMENT_BYTES)
                )
            )
        return "application/pdf", path.name, data
    media_type, clean = clean_picture(data)
    name = path.stem + (".png" if media_type == "image/png" else ".jpg")
    return media_type, name, clean


def picture(data: bytes) -> QImage:
    """An attached picture, to show."""
    return QImage.fromData(data)
