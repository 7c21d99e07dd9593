"""`dosebook report`: the appointment report as PDF, without a window."""

from __future__ import annotations

import argparse
import os
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.cli.keys import read_diary
from app.domain.errors import UserError
from app.domain.i18n import translate

if TYPE_CHECKING:
    from app.store.reading.reader import QuickReader


def write_report(args: argparse.Namespace) -> int:
    """Read the diary, lay the report out offscreen, and write the PDF."""
    out = args.out
    if out.exists():
        raise UserError(
            translate(
                "CommandLine",
                "{out} already exists; choose another name so nothing is overwritten.",
            ).format(out=out)
        )
    if args.start and args.end and args.start > args.end:
        raise UserError(
            translate(
                "CommandLine", "The report's first day (--from) is after its last day (--to)."
            )
        )
    # Drawing needs a Qt application but never a screen; this also works over ssh.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["dosebook"])
    start, end, pages = read_diary(args.path, args.passphrase_stdin, lambda d: _write(d, args))
    del app
    from app.report.text import range_text

    if pages == 1:
        done = translate("CommandLine", "Wrote {out} (1 page, {days}).")
    else:
        done = translate("CommandLine", "Wrote {out} ({pages} pages, {days}).")
    print(done.format(out=out, pages=pages, days=range_text(start, end)))
    return 0


def _write(reader: QuickReader, args: argparse.Namespace) -> tuple[date, date, int]:
    from app.domain.i18n import current_language
    from app.ui.language import install_language

    # The diary's language, now that it is read (read_diary speaks it), before the report's
    # fonts are made.
    install_language(current_language())
    from app.report import ReportOptions, write_pdf
    from app.report.defaults import report_paper, report_range
    from app.report.warnings_source import active_warnings

    today = datetime.now(reader.timezone()).date()
    end = args.end or today
    start = args.start or report_range(reader, end)[0]
    if start > end:
        raise UserError(
            translate(
                "CommandLine", "The report's first day (--from) is after its last day (--to)."
            )
        )
    paper = args.paper or report_paper(reader, "a4")
    options = ReportOptions(start=start, end=end, paper=paper, attachments=args.attachments)
    try:
        pages = write_pdf(reader, options, args.out, active_warnings(reader))
    except OSError as err:
        raise UserError(
            translate("CommandLine", "Could not write {out}: {reason}.").format(
                out=args.out, reason=err.strerror or err
            )
        ) from None
    return start, end, pages
