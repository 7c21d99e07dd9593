"""The File and Settings menu entries for labs: import a lab file, export for a doctor, units."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.store.diary import Diary
from app.store.interchange.lab_file import read_lab_file
from app.ui.actions import run_action

translate = QCoreApplication.translate


def import_lab_results(parent: QWidget, diary: Diary) -> int:
    """Ask for a FHIR or CSV file, preview it, import it; returns how many results were saved."""
    from app.ui.labs.import_dialog import LabImportDialog

    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Labs", "Import lab results"),
        str(diary.path.parent),
        translate(
            "Labs",
            "Lab results (*.json *.csv *.txt);;FHIR JSON (*.json);;CSV (*.csv *.txt);;All files (*)",
        ),
    )
    if not path:
        return 0
    read = run_action(lambda: read_lab_file(Path(path)), parent, translate("Labs", "Not imported"))
    if not read.ok:
        return 0
    dialog = LabImportDialog(diary, Path(path), read.value, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    if dialog.saved == 0:
        QMessageBox.information(
            parent,
            translate("Labs", "Nothing new"),
            translate("Labs", "Every result in the file is already in the diary."),
        )
    return dialog.saved


def export_for_doctor(parent: QWidget, diary: Diary) -> None:
    from app.ui.labs.doctor_export import DoctorExportDialog

    DoctorExportDialog(diary, parent).exec()


def choose_lab_units(parent: QWidget, diary: Diary) -> None:
    from app.ui.labs.units_setting import UnitsDialog

    UnitsDialog(diary, parent).exec()


def run(what: str, parent: QWidget, diary: Diary) -> None:
    """The menu entry `what`: "import", "export" or "units"."""
    {"import": import_lab_results, "export": export_for_doctor, "units": choose_lab_units}[what](
        parent, diary
    )
