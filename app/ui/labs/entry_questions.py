"""The two questions lab entry asks: before saving results that look unusual, and before
throwing away results that were typed but not saved. The safe answer is the default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def ask_before_saving(parent: QWidget, questions: list[str]) -> bool:
    """Ask the plausibility questions; True when the person says the report really says so."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Labs", "Check before saving"))
    box.setText(
        translate("Labs", "Some results look unusual. Please compare them with the report.")
    )
    box.setInformativeText("\n\n".join(f"• {q}" for q in questions))
    save = box.addButton(translate("Labs", "Save as typed"), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(translate("Labs", "Go back and check"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is save


def ask_before_discarding(parent: QWidget) -> bool:
    """Ask before throwing away typed results; True when the person says to discard them."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Labs", "Discard these results?"))
    box.setText(translate("Labs", "The results you typed are not saved yet."))
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    back = box.addButton(translate("Labs", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is discard
