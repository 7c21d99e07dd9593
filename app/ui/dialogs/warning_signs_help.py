"""Help → Warning signs and emergencies: what to do at once, when to call the doctor, and how
Dosebook's warnings and grades work. Plain words, each part with its source."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.ui.screens import fit_to_screen
from app.ui.style import is_dark
from app.ui.warnings.guidance import (
    ctcae_scale_text,
    emergency_source,
    emergency_text,
    emergency_title,
    site_doctor_source,
    site_doctor_text,
)


def _section(title: str, text: str, source: str = "") -> str:
    small = f"<p><small>{html.escape(source)}</small></p>" if source else ""
    return f"<h3>{html.escape(title)}</h3><p>{html.escape(text)}</p>{small}"


class WarningSignsHelp(QDialog):
    """Read-only help page; opens from the Help menu, with or without a diary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Warning signs and emergencies"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Warning signs and emergencies"))
        warnings = self.tr(
            "Dosebook looks at your diary and shows a banner when it sees something worth "
            "talking to your doctor about, with the data behind it. Urgent: talk to your doctor "
            "soon. Warning: talk to your doctor about it. Note: mention it at your next visit. A "
            "warning whose results have since come back within range becomes a note. Dosebook "
            "never diagnoses and never suggests a dose, and it cannot see you: if you feel "
            "unwell, do not wait for a banner."
        )
        frame = "#ef9a9a" if is_dark(self.palette()) else "#c62828"
        body = (
            f"<table width='100%' border='2' cellpadding='6' cellspacing='0' "
            f"style='border-color:{frame}; border-style:solid; border-collapse:collapse'><tr><td>"
            f"{_section(emergency_title(), emergency_text(), emergency_source())}</td></tr></table>"
            + _section(self.tr("Contact your doctor about an injection site"), site_doctor_text(),
                       site_doctor_source())
            + _section(self.tr("How the warnings work"), warnings)
            + _section(self.tr("What the CTCAE grades mean"), ctcae_scale_text(),
                       self.tr("Source: NCI Common Terminology Criteria for Adverse Events "
                               "(CTCAE) v5.0, 2017."))
        )  # fmt: skip
        self.browser.setHtml(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(680, 600))


def show_help(parent: QWidget) -> None:
    """Open the page (Help → Warning signs and emergencies)."""
    WarningSignsHelp(parent).exec()
