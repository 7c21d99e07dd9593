"""The appointment report on the demo diary: pages, words a doctor reads, vectors, nothing clipped."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QPdfWriter

from app.access import create_demo
from app.report import ReportOptions, ReportWarning, gather, lay_out, write_pdf
from app.report.pages import PX_PER_MM
from app.report.render import MARGINS_MM, page_layout

TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 21, 0, tzinfo=ZoneInfo("Europe/Berlin"))
JULY = ReportOptions(date(2026, 7, 1), TODAY, questions="Is the ALT rise worth a recheck?")


def poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} not installed (apt-get install -y poppler-utils)")
    return path


def run(tool: str, *args: str) -> str:
    return subprocess.run([poppler(tool), *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def demo(tmp_path_factory, qapp):
    diary = create_demo(tmp_path_factory.mktemp("report") / "demo.dosebook", TODAY)
    yield diary
    diary.close()


@pytest.fixture(scope="module")
def july_pdf(demo, tmp_path_factory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    pages = write_pdf(demo, JULY, path, now=NOW)
    return path, pages


def pdf_text(path: Path) -> str:
    return run("pdftotext", "-layout", str(path), "-")


def test_pdf_has_the_pages_laid_out_and_numbers_them(july_pdf) -> None:
    path, pages = july_pdf
    info = run("pdfinfo", str(path))
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == pages
    assert 3 <= pages <= 8
    text = pdf_text(path)
    for n in range(1, pages + 1):
        assert f"Page {n} of {pages}" in text
    assert text.count("Made with Dosebook — records, not medical advice") == pages
    assert "Sam Demo" in text and "1 Jul 2026 – 24 Nov 2026" in text


def test_pdf_text_carries_adherence_and_the_flagged_labs(july_pdf) -> None:
    text = pdf_text(july_pdf[0])
    # The demo's July-to-November doses: one missed (9 Nov), five late.
    assert "41 of 42 doses due were taken (98%): 36 on time, 5 late. Missed: 1." in text
    assert re.search(r"Alanine aminotransferase: 118 U/L ↑ ?H \(27 Jul 2026; range 7–55\)", text)
    assert re.search(r"Aspartate aminotransferase: 52 U/L ↑ ?H", text)
    # The table keeps the later, normal ALT beside the flagged one, flags as symbols, and each
    # result has the range its own lab printed beside it (Riverside 10–50, City Lab 7–55).
    assert re.search(
        r"26 Oct 2026\s+44 U/L\s+10–50\s+✓\s+27 Jul 2026\s+118 U/L\s+7–55\s+↑ ?H", text
    )
    assert re.search(r"aminotransferase\s+grade 1", text)  # the grade, wrapped under its flag
    assert "Is the ALT rise worth a recheck?" in text
    assert "Late (+28 h)" in text


def test_charts_are_vectors_with_embedded_fonts(july_pdf) -> None:
    listing = run("pdfimages", "-list", str(july_pdf[0])).splitlines()
    assert len(listing) == 2, listing  # the header lines only: no raster image anywhere
    fonts = run("pdffonts", str(july_pdf[0])).splitlines()[2:]
    assert fonts and all(row.split()[-5] == "yes" for row in fonts), fonts


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_item_lies_inside_the_printable_area(demo, tmp_path, paper) -> None:
    long_question = " ".join(["Could the dose timing matter for my sleep and energy?"] * 60)
    options = ReportOptions(date(2026, 1, 1), TODAY, paper=paper, questions=long_question)
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(96)
    writer.setPageLayout(page_layout(paper))
    laid_out = lay_out(gather(demo, options, NOW), writer)
    paint = laid_out.frame.paint_rect
    for number, page in enumerate(laid_out.pages, start=1):
        assert page.items, f"page {number} is empty"
        for item in page.items:
            assert laid_out.body.contains(item.rect), (number, item.text, item.rect)
        for item in laid_out.frame.items(number, len(laid_out.pages)):
            assert paint.adjusted(-0.01, -0.01, 0.01, 0.01).contains(item.rect), item.text
        # Lines of text never run wider or taller than their box.
        for item in [*page.items, *laid_out.frame.items(number, len(laid_out.pages))]:
            if item.font is not None:
                metrics = QFontMetricsF(item.font, writer)
                assert metrics.horizontalAdvance(item.text) <= item.rect.width() + 0.5, item.text
                assert metrics.height() <= item.rect.height() + 0.5, item.text


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_words_stay_inside_the_margins_on_paper(demo, tmp_path, paper) -> None:
    path = tmp_path / f"{paper}.pdf"
    write_pdf(demo, ReportOptions(date(2026, 7, 1), TODAY, paper=paper), path, now=NOW)
    html = run("pdftotext", "-bbox", str(path), "-")
    margin_pt = {"left": MARGINS_MM.left(), "top": MARGINS_MM.top()}
    pt = 72 / 25.4
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
    assert pages
    for width, height, body in pages:
        width, height = float(width), float(height)
        assert (round(width), round(height)) == ((595, 842) if paper == "a4" else (612, 792))
        for x0, y0, x1, y1 in re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', body
        ):
            assert float(x0) >= margin_pt["left"] * pt - 1
            assert float(x1) <= width - margin_pt["left"] * pt + 1
            assert float(y0) >= margin_pt["top"] * pt - 1
            assert float(y1) <= height - margin_pt["top"] * pt + 1


def test_sections_and_name_can_be_left_out(demo, tmp_path) -> None:
    path = tmp_path / "labs.pdf"
    options = ReportOptions(date(2026, 7, 1), TODAY, sections=frozenset({"labs"}), show_name=False)
    write_pdf(demo, options, path, now=NOW)
    text = pdf_text(path)
    assert "118 U/L" in text
    assert "Sam Demo" not in text
    assert "Injection sites in this period" not in text and "Sick episodes" not in text
    assert "Questions for my doctor" not in text


def test_warnings_are_printed_only_when_given(demo, tmp_path) -> None:
    warning = ReportWarning(
        severity="warning",
        title="ALT rose above 3 times the upper limit",
        message="Talk to your doctor about this result.",
        evidence=("ALT 118 U/L on 27 Jul 2026 (range 7–55)",),
        source="domain/warnings.md",
    )
    with_warning = tmp_path / "warn.pdf"
    write_pdf(demo, JULY, with_warning, warnings=[warning], now=NOW)
    text = pdf_text(with_warning)
    assert "Warning signs to talk about" in text
    assert "Warning: ALT rose above 3 times the upper limit" in text
    assert "!!" not in text
    assert "ALT 118 U/L on 27 Jul 2026" in text
    # The questions page asks about it too, after the appointment's own questions.
    asking = text.index("Warning signs to ask about:")
    assert text.index("When is the next HBV DNA test?") < asking
    assert "ALT rose above 3 times the upper limit" in text[asking:]
    plain = tmp_path / "plain.pdf"
    write_pdf(demo, JULY, plain, now=NOW)
    assert "Warning signs" not in pdf_text(plain)


def test_asked_for_tests_get_a_chart_and_flagged_ones_always_do(demo) -> None:
    data = gather(demo, JULY, NOW)
    assert data.chart_codes() == ["alt", "ast"]
    asked = gather(demo, ReportOptions(date(2026, 7, 1), TODAY, chart_tests=frozenset({"wbc"})))
    assert asked.chart_codes() == ["wbc", "alt", "ast"]


def test_a_long_range_lists_doses_by_month(demo, tmp_path) -> None:
    path = tmp_path / "course.pdf"
    write_pdf(demo, ReportOptions(date(2026, 1, 1), TODAY), path, now=NOW)
    text = pdf_text(path)
    assert "one line per month" in text
    assert re.search(r"Jul 2026\s+9\s+7\s+2\s+0\s+0", text)  # nine doses due in July, two late


def test_printing_scales_for_a_printer_that_is_not_96_dpi(demo, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from app.report import print_report

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(page_layout("letter"))
    printer.setResolution(300)
    pages = print_report(demo, JULY, printer, now=NOW)
    del printer
    text = pdf_text(tmp_path / "printed.pdf")
    assert f"Page {pages} of {pages}" in text and "118 U/L" in text
    assert len(run("pdfimages", "-list", str(tmp_path / "printed.pdf")).splitlines()) == 2


def test_body_rect_leaves_room_for_header_and_footer(demo, tmp_path) -> None:
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(96)
    writer.setPageLayout(page_layout("a4"))
    laid_out = lay_out(gather(demo, JULY, NOW), writer)
    assert laid_out.body.top() > 8 * PX_PER_MM
    assert laid_out.frame.paint_rect.bottom() - laid_out.body.bottom() > 6 * PX_PER_MM
    assert QRectF(laid_out.frame.paint_rect).contains(laid_out.body)
    writer.newPage()


def test_cli_report_prints_the_active_warnings(tmp_path) -> None:
    import os
    import subprocess
    import sys
    from datetime import date

    from app.access import create_demo

    # warnings are evaluated as of now, so the demo is made as of today too
    create_demo(tmp_path / "d.db", date.today()).close()
    out = tmp_path / "r.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "app", "report", str(tmp_path / "d.db"), "--out", str(out),
         "--passphrase-stdin"],
        input="demo\n", capture_output=True, text=True, timeout=180,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Warning signs to talk about" in text
    assert "A lab result outside its range" in text


def test_the_report_prints_the_reaction_and_fever_warnings(demo, tmp_path) -> None:
    from datetime import time, timedelta

    from app.domain.records import DiaryEntry, SiteReaction
    from app.report.warnings_source import active_warnings

    copy = type(demo).open_with_key(demo.backup_to(tmp_path / "d.dosebook"), demo.key_material)
    tz = NOW.tzinfo
    shot = copy.injections()[-1]
    copy.save_reaction(
        SiteReaction(None, shot.id, shot.zone_id, datetime.combine(TODAY, time(8), tz),
                     "open_sore", 3)
    )  # fmt: skip
    for n, temp in ((1, 38.3), (0, 38.7)):
        day = TODAY - timedelta(days=n)
        old = copy.entry(day) or DiaryEntry(day=day)
        copy.save_entry(DiaryEntry(**{**old.__dict__, "temperature_c": temp}))
    warnings = active_warnings(copy, TODAY)
    assert [w.severity for w in warnings][:2] == ["urgent", "warning"]
    out = tmp_path / "warned.pdf"
    write_pdf(copy, ReportOptions(date(2026, 11, 1), TODAY), out, warnings=warnings, now=NOW)
    copy.close()
    text = " ".join(pdf_text(out).split())
    assert "Urgent: An open sore or dead skin at an injection site" in text
    assert "Open sore (grade 3 of 5 on the CTCAE scale)" in text
    assert "Open sore, grade 3 of 5" in text and "open_sore" not in text  # the injections table
    assert "call emergency services" in text
    assert "Warning: Fever" in text
    assert "Temperature 38.3 °C on Mon 23 Nov, 38.7 °C on Tue 24 Nov" in text
    assert "life-threatening" not in text


def test_the_report_shows_the_person_medicines_and_appointment(july_pdf) -> None:
    text = pdf_text(july_pdf[0])
    assert "For the appointment: Liver clinic, Tue 15 Dec 10:30" in text
    assert "The protocol is for: Hepatitis B — chronic, HBeAg positive." in text
    assert "Allergies: Penicillin (rash)." in text
    assert re.search(r"Tenofovir disoproxil\s+245 mg\s+once a day", text)
    assert re.search(r"Vitamin D3\s+1000 IU\s+once a day", text)
    # The questions page: the appointment's own questions, then the person's.
    asked = text.index("Should I keep taking vitamin D over the winter?")
    assert asked < text.index("When is the next HBV DNA test?")
    assert text.index("Appointment: Liver clinic, Tue 15 Dec 10:30") < asked
