"""`dosebook report`: the appointment report as PDF, without a window."""

from __future__ import annotations

import argparse
import os
from datetime import datetime

from app.cli.keys import open_diary
from app.domain.errors import UserError


def write_report(args: argparse.Namespace) -> int:
    """Open the diary, lay the report out offscreen, and write the PDF."""
    out = args.out
    if out.exists():
        raise UserError(f"{out} already exists; choose another name so nothing is overwritten.")
    if args.start and args.end and args.start > args.end:
        raise UserError("The report's first day (--from) is after its last day (--to).")
    # Drawing needs a Qt application but never a screen; this also works over ssh.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from app.report import ReportOptions, default_range, write_pdf
    from app.report.warnings_source import active_warnings

    app = QApplication.instance() or QApplication(["dosebook"])
    with open_diary(args.path, args.passphrase_stdin) as diary:
        today = datetime.now(diary.timezone()).date()
        end = args.end or today
        start = args.start or default_range(end, diary.last_report_day())[0]
        if start > end:
            raise UserError("The report's first day (--from) is after its last day (--to).")
        options = ReportOptions(start=start, end=end, paper=args.paper)
        try:
            pages = write_pdf(diary, options, out, active_warnings(diary))
        except OSError as err:
            raise UserError(f"Could not write {out}: {err.strerror or err}.") from None
    del app
    from app.report.text import range_text

    print(f"Wrote {out} ({pages} pages, {range_text(start, end)}).")
    return 0
