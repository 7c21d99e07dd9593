"""Put the report together: gather, lay out for the page size, and paint to a PDF or a printer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from app.charts.pdf_file import write_pdf_privately
from app.report.data import ReportData, gather
from app.report.options import (
    INJECTIONS,
    LABS,
    QUESTIONS,
    SUMMARY,
    SYMPTOMS,
    ReportOptions,
    ReportWarning,
)
from app.report.pages import PRINT_DPI, Flow, Frame, Page, body_rect, paint_pages
from app.report.section_appendix import write_appendix
from app.report.section_injections import write_injections
from app.report.section_labs import write_labs
from app.report.section_person import has_questions, write_person, write_questions
from app.report.section_summary import write_summary, write_title
from app.report.section_symptoms import write_symptoms
from app.report.text import range_text, translate

if TYPE_CHECKING:
    from app.store.diary import Diary

MARGINS_MM = QMarginsF(14, 12, 14, 12)
_PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


@dataclass
class LaidOut:
    """A report laid out for one page size: its pages and the header/footer around them."""

    pages: list[Page]
    frame: Frame
    body: QRectF
    data: ReportData


def page_layout(paper: str) -> QPageLayout:
    """Portrait A4 or Letter with the report's margins."""
    return QPageLayout(
        QPageSize(_PAPER[paper]),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def _measuring_device(device: QPagedPaintDevice) -> QPagedPaintDevice | QImage:
    """Text is measured at 96 dpi; a printer at another resolution is scaled when painting."""
    if abs(device.logicalDpiX() - PRINT_DPI) <= 1:
        return device
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    dots_per_metre = round(PRINT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def lay_out(
    data: ReportData,
    device: QPagedPaintDevice,
    warnings: Sequence[ReportWarning] | None = None,
) -> LaidOut:
    """Lay the sections out for the device's page layout (its paint rectangle at 96 dpi)."""
    measure = _measuring_device(device)
    paint = QRectF(device.pageLayout().paintRectPixels(PRINT_DPI))
    paint.moveTo(0, 0)
    body = body_rect(paint, measure)
    flow = Flow(measure, body)
    options = data.options
    write_title(flow, data)
    if options.has(SUMMARY):
        write_summary(flow, data, warnings)
        write_person(flow, data)
    asking = has_questions(data, options.questions)
    if options.has(QUESTIONS) and asking:
        # Questions the person wrote go up front, where the conversation starts.
        write_questions(flow, data, options.questions, warnings)
    if options.has(INJECTIONS):
        write_injections(flow, data)
    if options.has(SYMPTOMS):
        write_symptoms(flow, data)
    if options.has(LABS):
        write_labs(flow, data)
    if options.has(QUESTIONS) and not asking:
        write_questions(flow, data, "", warnings)
    write_appendix(flow, data)
    frame = Frame(
        paint_rect=paint,
        device=measure,
        title=translate("report", "Dosebook report"),
        name=data.name,
        dates=range_text(options.start, options.end),
        note=translate("report", "Made with Dosebook — records, not medical advice"),
        page_label=translate("report", "Page {n} of {total}"),
    )
    return LaidOut(flow.pages, frame, body, data)


def paint(laid_out: LaidOut, device: QPagedPaintDevice) -> None:
    """Paint a laid-out report onto a PDF writer or printer that is ready for its first page."""
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError("could not start drawing on the printer or PDF")
    try:
        paint_pages(laid_out.pages, laid_out.frame, painter, device)
    finally:
        painter.end()


def write_pdf(
    diary: Diary,
    options: ReportOptions,
    path: Path,
    warnings: Sequence[ReportWarning] | None = None,
    now: datetime | None = None,
) -> int:
    """Write the report to `path` as PDF (vector charts, fonts embedded); returns the page count.

    Made in memory and written as a private file (see `write_pdf_privately`): a failure leaves
    no half a file, and only the user can read it.
    """
    data = gather(diary, options, now)

    def draw(writer: QPdfWriter) -> int:
        writer.setResolution(PRINT_DPI)
        writer.setCreator("Dosebook")
        writer.setTitle(translate("report", "Appointment report"))
        writer.setPageLayout(page_layout(options.paper))
        laid_out = lay_out(data, writer, warnings)
        paint(laid_out, writer)
        return len(laid_out.pages)

    return write_pdf_privately(path, draw)


def prepare_printer(printer: QPrinter, options: ReportOptions) -> None:
    """Set a printer to the report's paper and margins, at 96 dpi (see NOTES: printing charts)."""
    printer.setResolution(PRINT_DPI)
    printer.setPageLayout(page_layout(options.paper))


def print_report(
    diary: Diary,
    options: ReportOptions,
    printer: QPrinter,
    warnings: Sequence[ReportWarning] | None = None,
    now: datetime | None = None,
) -> int:
    """Paint the report on a printer (or a print preview's printer); returns the page count.

    The printer's own page layout is used, so a paper or orientation change in the print
    dialog or preview is honoured.
    """
    laid_out = lay_out(gather(diary, options, now), printer, warnings)
    paint(laid_out, printer)
    return len(laid_out.pages)
