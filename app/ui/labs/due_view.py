"""What is due: per monitoring group, the last date done and the next window, by symbol and colour."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.domain.i18n.seeds import lab_name
from app.domain.labs import DueItem, DueStatus
from app.ui.labs.look import DUE_SYMBOLS, due_colour

translate = QCoreApplication.translate


def status_words(status: DueStatus) -> str:
    return {
        DueStatus.OVERDUE: translate("Labs", "Overdue"),
        DueStatus.DUE: translate("Labs", "Due now"),
        DueStatus.NOT_YET: translate("Labs", "Not due yet"),
        DueStatus.NEVER_DONE: translate("Labs", "No results yet"),
    }[status]


class DueBox(QFrame):
    """A short list: "● Liver tests: last 3 Jun 2026, due by 3 Dec 2026 (due now)"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("Labs", "Labs due"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self._layout.setSpacing(2)
        title = QLabel(f"<b>{translate('Labs', 'Labs due')}</b>")
        self._layout.addWidget(title)
        self.lines: list[QLabel] = []

    def set_items(self, items: Sequence[DueItem], sources: dict[str, str]) -> None:
        """Show one line per monitoring group; the interval's source is in the tooltip."""
        for line in self.lines:
            self._layout.removeWidget(line)
            line.deleteLater()
        self.lines = []
        for item in items:
            words = status_words(item.status)
            line = QLabel(f"{DUE_SYMBOLS[item.status]}  {item.text} ({words.lower()})")
            line.setWordWrap(True)
            line.setStyleSheet(f"color: {due_colour(item.status).name()};")
            line.setToolTip(lab_name(sources.get(item.group, "")))
            line.setAccessibleName(f"{words}: {item.text}")
            self._layout.addWidget(line)
            self.lines.append(line)
        if not items:
            line = QLabel(translate("Labs", "No monitoring groups in the catalogue."))
            self._layout.addWidget(line)
            self.lines.append(line)
