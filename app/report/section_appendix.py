"""The appendix: the paper lab reports and the site-reaction photos kept in the diary, one per
page at the width of the page. A PDF cannot be drawn here (no PDF library in the app): it is named,
so the doctor knows it exists and the person can print it from a saved copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPainter

from app.domain.checks.attachments import size_text
from app.report.data import Appended, ReportData
from app.report.pages import BODY, SMALL, SUBHEADING, Flow

translate = QCoreApplication.translate


def _draw(painter: QPainter, rect: QRectF, image: QImage) -> None:
    scale = min(rect.width() / image.width(), rect.height() / image.height())
    size = image.size().toSizeF() * scale
    target = QRectF(rect.left(), rect.top(), size.width(), size.height())
    painter.drawImage(target, image)


def _picture(flow: Flow, item: Appended) -> None:
    """The caption, then the picture as wide as the page and as tall as the page has room for."""
    image = QImage.fromData(item.data)
    caption_height = 2 * flow.line_height(SUBHEADING) + 12
    if image.isNull():
        flow.heading(item.caption, SUBHEADING)
        flow.paragraph(translate("report", "(The picture could not be read.)"), SMALL)
        return
    height = min(flow.room() - caption_height, flow.width * image.height() / image.width())
    flow.heading(item.caption, SUBHEADING, keep=height)
    flow.block(height, lambda painter, rect, image=image: _draw(painter, rect, image), item.caption)


def write_appendix(flow: Flow, data: ReportData) -> None:
    """Each attached file under its caption; every picture starts a page of its own."""
    if not data.appendix:
        return
    flow.new_page()
    flow.heading(translate("report", "Appendix: reports and photos"))
    flow.paragraph(
        translate(
            "report", "Kept in the diary with the lab results and site reactions of this period."
        ),
        SMALL,
    )
    for index, item in enumerate(data.appendix):
        pdf = item.attachment.media_type == "application/pdf"
        if index and not pdf:
            flow.new_page()
        if pdf:
            flow.heading(item.caption, SUBHEADING, keep=flow.line_height(BODY) * 3)
            flow.paragraph(
                translate(
                    "report",
                    "A PDF of {size}, kept in the diary. Dosebook cannot print PDF pages: "
                    "print it from a saved copy (Labs → Paper report… → Save a copy).",
                ).format(size=size_text(item.attachment.size))
            )
        else:
            _picture(flow, item)
