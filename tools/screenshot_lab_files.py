"""Save PNGs of lab files on a demo diary: the CSV mapping step, the import previews (CSV and
FHIR), the export for a doctor, and attachments.

Run: QT_QPA_PLATFORM=offscreen uv run python tools/screenshot_lab_files.py OUT_DIR [--dark]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 24)
DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "labs"
# A lab's download with its own column names: the mapping step has to be used.
LAB_CSV = """Entnahme;Analyt;Wert;Einheit;Norm;Labor
03.11.2026;Hb;118;g/L;135 - 175;Labor Berlin Mitte
03.11.2026;WBC;6,1;G/L;4,0 - 10,0;Labor Berlin Mitte
03.11.2026;ALT;1,05;µkat/L;< 0,85;Labor Berlin Mitte
03.11.2026;TBIL;15;µmol/L;3 - 21;Labor Berlin Mitte
03.11.2026;Albumin;25;g/L;35 - 52;Labor Berlin Mitte
03.11.2026;HBV DNA;<20;IU/mL;;Labor Berlin Mitte
"""


def _settle(app) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.access import create_demo
    from app.domain.labfiles.csv_read import read_table
    from app.ui.labs.doctor_export import DoctorExportDialog
    from app.ui.labs.import_dialog import LabImportDialog
    from app.ui.life.launch import make_app
    from app.ui.style import apply_style, dark_palette

    app = make_app()
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        apply_style(app)
    suffix = "-dark" if args.dark else ""
    args.out.mkdir(parents=True, exist_ok=True)
    diary = create_demo(Path(tempfile.mkdtemp(prefix="dosebook-shot-")) / "d.dosebook", TODAY)

    def grab(widget, name: str) -> None:
        widget.show()
        _settle(app)
        widget.grab().save(str(args.out / f"{name}{suffix}.png"))

    csv = LabImportDialog(diary, Path("labor-2026-11.csv"), LAB_CSV, today=TODAY)
    page = csv.mapping_page
    headers = read_table(LAB_CSV).headers
    for role, column in zip(
        ("date", "test", "result", "unit", "range", "lab"), headers, strict=True
    ):
        page.boxes[role].setCurrentIndex(page.boxes[role].findData(column))
    grab(csv, "lab-import-mapping")
    csv.show_preview()
    grab(csv, "lab-import-preview-csv")
    csv.close()

    bundle = (DATA / "portal-bundle.json").read_text(encoding="utf-8")
    fhir = LabImportDialog(diary, Path("portal-bundle.json"), bundle, today=TODAY)
    grab(fhir, "lab-import-preview-fhir")
    fhir.close()

    export = DoctorExportDialog(diary)
    grab(export, "lab-export-doctor")
    export.close()

    from app.ui.dialogs.attachments import AttachmentsDialog
    from app.ui.labs import LabsTab

    panel = diary.panels()[-1]
    photo = Path(tempfile.mkdtemp(prefix="dosebook-shot-")) / "lab-report.jpg"
    _paper_report(panel).save(str(photo), "JPEG")
    attachments = AttachmentsDialog(diary, panel_id=panel.id, title="Report of the last panel")
    attachments.add_file(photo)
    grab(attachments, "lab-attached-report")
    attachments.close()
    tab = LabsTab(diary, today=TODAY)
    tab.resize(1280, 820)
    grab(tab, "labs-tab-attached")
    tab.close()
    diary.close()


def _paper_report(panel):
    """A picture of a printed lab report, as a phone would take it."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(1240, 1754, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1ea"))
    painter = QPainter(image)
    painter.setPen(QColor("#222222"))
    painter.setFont(QFont("DejaVu Sans", 34, QFont.Weight.Bold))
    painter.drawText(QRect(90, 90, 1100, 70), Qt.AlignmentFlag.AlignLeft, panel.lab)
    painter.setFont(QFont("DejaVu Sans", 20))
    painter.drawText(
        QRect(90, 170, 1100, 40),
        Qt.AlignmentFlag.AlignLeft,
        f"Laboratory report · collected {panel.collected_on:%d.%m.%Y}",
    )
    y = 280
    for result in panel.results:
        painter.drawText(90, y, result.test_code.upper())
        painter.drawText(560, y, result.text)
        painter.drawText(800, y, result.range_text)
        y += 62
    painter.end()
    return image


if __name__ == "__main__":
    main()
