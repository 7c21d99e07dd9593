"""File → Export for a doctor (FHIR)…: what of the profile to include, then where to save it.

The file is a FHIR R4 Bundle most clinic systems can read: lab results with the range each lab
printed, and the doses. It is not encrypted, and the dialog says so.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.settings import FHIR_SHARE
from app.store.diary import Diary
from app.store.files.private import write_private_text
from app.store.interchange.fhir_labs import fhir_export
from app.ui.actions import run_action

translate = QCoreApplication.translate


def _fields() -> tuple[tuple[str, str], ...]:
    return (
        ("name", translate("Labs", "Your &name")),
        ("sex", translate("Labs", "Your &sex (for reference ranges)")),
        ("birth_year", translate("Labs", "Your &birth year")),
    )


class DoctorExportDialog(QDialog):
    """Choose what to share, then save the Bundle (private file, written whole or not at all)."""

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.written: Path | None = None
        self.setWindowTitle(translate("Labs", "Export for a doctor (FHIR)"))
        intro = QLabel(
            translate(
                "Labs",
                "Writes your lab results (with the range each lab printed) and your doses as a "
                "FHIR R4 file, which many clinic systems can read. Include about you:",
            )
        )
        intro.setWordWrap(True)
        shared = set(filter(None, diary.setting(FHIR_SHARE).split(",")))
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for key, text in _fields():
            box = QCheckBox(text)
            box.setChecked(key in shared)
            self.boxes[key] = box
            layout.addWidget(box)
        warning = QLabel(
            translate(
                "Labs",
                "The file is NOT encrypted: anyone who gets it can read it. Give it only to your "
                "doctor, and delete it when done.",
            )
        )
        warning.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        save = QPushButton(translate("Labs", "&Save as…"))
        cancel = QPushButton(translate("Labs", "Cancel"))
        save.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(save)
        buttons.addWidget(cancel)
        layout.addWidget(warning)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        save.clicked.connect(self.choose_and_save)
        cancel.clicked.connect(self.reject)
        self.setMinimumWidth(480)

    def share(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def choose_and_save(self) -> None:
        suggested = self.diary.path.with_name(self.diary.path.stem + "-for-doctor.json")
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Labs", "Export for a doctor"),
            str(suggested),
            translate("Labs", "FHIR JSON (*.json)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the Bundle to `path` and remember the choice of what to share."""
        share = self.share()

        def write() -> None:
            now = datetime.now(self.diary.timezone())
            write_private_text(path, fhir_export(self.diary, share, now))
            self.diary.set_setting(FHIR_SHARE, ",".join(share))

        done = run_action(write, self, show=lambda text: self.message.setText("⚠ " + text))
        if done.ok:
            self.written = path
            self.accept()
        return done.ok
