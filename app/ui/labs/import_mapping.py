"""The CSV mapping step: which column holds the date, the test, the result, the unit, the range and
the lab, with the file's first rows below so the person can see they are right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.labfiles.csv_read import REQUIRED, CsvTable

translate = QCoreApplication.translate

PREVIEW_ROWS = 8


def role_labels() -> dict[str, str]:
    """Each column role's label, with its shortcut."""
    return {
        "date": translate("Labs", "&Date collected"),
        "test": translate("Labs", "&Test (name, abbreviation or LOINC)"),
        "result": translate("Labs", "&Result"),
        "unit": translate("Labs", "&Unit"),
        "range": translate("Labs", "Ran&ge as printed"),
        "lab": translate("Labs", "&Lab"),
    }


def short_names() -> dict[str, str]:
    """Each role's name above the column it was given."""
    return {
        "date": translate("Labs", "Date"),
        "test": translate("Labs", "Test"),
        "result": translate("Labs", "Result"),
        "unit": translate("Labs", "Unit"),
        "range": translate("Labs", "Range"),
        "lab": translate("Labs", "Lab"),
    }


def date_orders() -> tuple[tuple[str, str], ...]:
    return (
        ("day-first", translate("Labs", "Day first (03/04 is 3 April)")),
        ("month-first", translate("Labs", "Month first (03/04 is 4 March)")),
    )


class MappingPage(QWidget):
    """Pick a column for each role; the preview marks the columns chosen."""

    def __init__(self, table: CsvTable, mapping: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.table = table
        intro = QLabel(
            translate(
                "Labs",
                "Which column holds what? Dosebook guessed from the column names; check them "
                "against the first rows below. Columns marked * are needed.",
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.boxes: dict[str, QComboBox] = {}
        for role, text in role_labels().items():
            box = QComboBox()
            box.addItem(translate("Labs", "(none)"), "")
            for header in table.headers:
                box.addItem(header, header)
            box.setCurrentIndex(max(0, box.findData(mapping.get(role, ""))))
            box.currentIndexChanged.connect(self._mark_columns)
            form.addRow(text + (" *" if role in REQUIRED else ""), box)
            box.setAccessibleName(text.replace("&", ""))
            self.boxes[role] = box
        self.dates = QComboBox()
        for value, text in date_orders():
            self.dates.addItem(text, value)
        self.dates.setCurrentIndex(max(0, self.dates.findData(mapping.get("dates", "day-first"))))
        form.addRow(translate("Labs", "Dates like 03/04/2026:"), self.dates)
        self.preview = QTableWidget(min(PREVIEW_ROWS, len(table.rows)), len(table.headers))
        self.preview.setAccessibleName(translate("Labs", "The file's first rows"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(table.rows[:PREVIEW_ROWS]):
            for c, cell in enumerate(row[: len(table.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(cell))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("Labs", "First rows of the file:")))
        layout.addWidget(self.preview, 1)
        self._mark_columns()

    def mapping(self) -> dict[str, str]:
        """The chosen columns by role (roles left at "(none)" are left out)."""
        chosen = {role: box.currentData() for role, box in self.boxes.items() if box.currentData()}
        return chosen | {"dates": self.dates.currentData()}

    def _mark_columns(self) -> None:
        """Name the role above each chosen column, so a wrong choice shows in the rows."""
        roles = {column: role for role, column in self.mapping().items() if role != "dates"}
        names = short_names()
        for index, header in enumerate(self.table.headers):
            role = roles.get(header)
            text = f"{header}\n→ {names[role]}" if role else header
            item = QTableWidgetItem(text)
            if role:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.preview.setHorizontalHeaderItem(index, item)
