"""The appointment report, laid out on QPainter pages: a PDF file or a printer, same layout.

Public API: `ReportOptions`, `ReportWarning`, `default_range`, `first_record_day`, `write_pdf`,
`print_report`, `prepare_printer`; `gather` and `lay_out` for tests and previews.
"""

from app.report.data import ReportData, first_record_day, gather
from app.report.options import PAPERS, SECTIONS, ReportOptions, ReportWarning, default_range
from app.report.render import lay_out, prepare_printer, print_report, write_pdf

__all__ = [
    "PAPERS",
    "SECTIONS",
    "ReportData",
    "ReportOptions",
    "ReportWarning",
    "default_range",
    "first_record_day",
    "gather",
    "lay_out",
    "prepare_printer",
    "print_report",
    "write_pdf",
]
