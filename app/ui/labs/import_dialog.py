"""File → Import lab results…: a FHIR or CSV file, (for CSV) which column is which, then a
preview with flags. Nothing is saved until "Import"; then all of it is, or none."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import UserError
from app.domain.i18n.seeds import lab_name
from app.domain.labfiles.csv_read import CsvTable, check_mapping, read_table
from app.domain.labfiles.model import ImportPlan, PlannedResult
from app.domain.labs import flag_result, format_day, pretty_unit
from app.domain.labs.entry import result_grade
from app.store.diary import Diary
from app.store.interchange.csv_labs import csv_plan, mapping_setting, starting_mapping
from app.store.interchange.fhir_labs import fhir_plan
from app.store.interchange.lab_file import looks_like_json
from app.ui.actions import run_action
from app.ui.labs.import_mapping import MappingPage
from app.ui.labs.look import flag_colour, flag_text
from app.ui.screens import fit_to_screen

translate = QCoreApplication.translate

COLUMNS = 6  # test, result, unit, range as printed, flag, note


def _counted(n: int, one: str, many: str) -> str:
    """`one` for a count of 1, else `many` with the count filled in (both translated)."""
    return one if n == 1 else many.format(n=n)


def column_titles() -> list[str]:
    return [
        translate("Labs", "Test"),
        translate("Labs", "Result"),
        translate("Labs", "Unit"),
        translate("Labs", "Range as printed"),
        translate("Labs", "Flag"),
        translate("Labs", "Note"),
    ]


def _note(row: PlannedResult) -> str:
    if row.duplicate:
        return translate("Labs", "Already in the diary: skipped")
    notes = [translate("Labs", "New test")] if row.incoming.new_test else []
    return " · ".join(notes + list(row.questions))


class LabImportDialog(QDialog):
    """Read a lab file into a preview; import it in one go."""

    def __init__(
        self,
        diary: Diary,
        path: Path,
        text: str,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self.path = Path(path)
        self._today = today or date.today()
        self.plan: ImportPlan | None = None
        self.saved = 0
        self.table: CsvTable | None = None
        self.mapping_page: MappingPage | None = None
        self.setWindowTitle(
            translate("Labs", "Import lab results from {name}").format(name=self.path.name)
        )
        self.pages = QStackedWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels(column_titles())
        self.tree.setAccessibleName(translate("Labs", "Results to import"))
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.tree, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("Labs", "Message"))
        self.back_button = QPushButton(translate("Labs", "&Back"))
        self.next_button = QPushButton(translate("Labs", "&Next"))
        self.import_button = QPushButton(translate("Labs", "&Import"))
        cancel = QPushButton(translate("Labs", "Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.next_button, self.import_button, cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.show_mapping)
        self.next_button.clicked.connect(self.show_preview)
        self.import_button.clicked.connect(self.import_now)
        cancel.clicked.connect(self.reject)
        self.preview_page = preview
        self._start(text)
        fit_to_screen(self, QSize(1000, 620))

    def _start(self, text: str) -> None:
        if looks_like_json(text):
            self.pages.addWidget(self.preview_page)
            self._read(lambda: fhir_plan(self.diary, text))
            return
        try:
            self.table = read_table(text)
        except UserError as err:
            self.pages.addWidget(self.preview_page)
            self._failed(str(err))
            return
        self.mapping_page = MappingPage(self.table, starting_mapping(self.diary, self.table))
        self.pages.addWidget(self.mapping_page)
        self.pages.addWidget(self.preview_page)
        self.show_mapping()

    # ----- steps ------------------------------------------------------------------------------

    def show_mapping(self) -> None:
        if self.mapping_page is None:
            return
        self.pages.setCurrentWidget(self.mapping_page)
        self.message.clear()
        self._buttons(back=False, next_=True, import_=False)

    def show_preview(self) -> None:
        """Read every row with the chosen columns; the preview shows, or the problem does."""
        assert self.table is not None and self.mapping_page is not None
        table, mapping = self.table, self.mapping_page.mapping()

        def plan() -> ImportPlan:
            check_mapping(mapping, table.headers)
            return csv_plan(self.diary, table, mapping)

        self._read(plan)

    def _read(self, make) -> None:
        self.pages.setCurrentWidget(self.preview_page)
        done = run_action(make, self, show=self._failed)
        if not done.ok:
            return
        self.plan = done.value
        self.message.clear()
        self._fill(self.plan)
        can_import = self.plan.result_count > 0
        self._buttons(back=self.mapping_page is not None, next_=False, import_=can_import)
        self.import_button.setText(
            _counted(
                self.plan.result_count,
                translate("Labs", "&Import 1 result"),
                translate("Labs", "&Import {n} results"),
            )
        )
        if can_import:
            self.import_button.setDefault(True)

    def _failed(self, message: str) -> None:
        if self.pages.currentWidget() is self.preview_page:
            self.summary.setText(translate("Labs", "Nothing can be imported from this file yet."))
            self.tree.clear()
        self.message.setText("⚠ " + message + " " + translate("Labs", "Nothing was saved."))
        self._buttons(back=self.mapping_page is not None, next_=False, import_=False)

    def _buttons(self, back: bool, next_: bool, import_: bool) -> None:
        self.back_button.setVisible(back)
        self.next_button.setVisible(next_)
        self.import_button.setVisible(import_ or not next_)
        self.import_button.setEnabled(import_)

    # ----- the preview ------------------------------------------------------------------------

    def _fill(self, plan: ImportPlan) -> None:
        parts = [
            _counted(
                plan.result_count,
                translate("Labs", "1 result to import"),
                translate("Labs", "{n} results to import"),
            )
            + " "
            + _counted(
                len(plan.panels),
                translate("Labs", "in 1 panel"),
                translate("Labs", "in {n} panels"),
            )
        ]
        if plan.new_tests:
            names = ", ".join(lab_name(t.name) for t in plan.new_tests)
            parts.append(translate("Labs", "new tests: {names}").format(names=names))
        if plan.duplicates:
            parts.append(
                _counted(
                    plan.duplicates,
                    translate("Labs", "1 already in the diary (skipped)"),
                    translate("Labs", "{n} already in the diary (skipped)"),
                )
            )
        if plan.left_out:
            parts.append(
                _counted(
                    len(plan.left_out),
                    translate("Labs", "1 left out"),
                    translate("Labs", "{n} left out"),
                )
            )
        self.summary.setText(
            "; ".join(parts)
            + ". "
            + translate("Labs", "Check them against the report, then import.")
        )
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        groups: dict[tuple, QTreeWidgetItem] = {}
        tests = {t.code: t for t in self.diary.lab_tests()}
        for row in plan.rows:
            key = (row.incoming.collected_on, row.incoming.lab.strip().casefold())
            if key not in groups:
                title = f"{format_day(row.incoming.collected_on)} · {row.incoming.lab or translate('Labs', 'no lab named')}"
                top = QTreeWidgetItem([title])
                top.setFont(0, bold)
                self.tree.addTopLevelItem(top)
                top.setFirstColumnSpanned(True)
                top.setExpanded(True)
                groups[key] = top
            groups[key].addChild(self._item(row, tests))
        if plan.left_out:
            top = QTreeWidgetItem([translate("Labs", "Left out")])
            top.setFont(0, bold)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            top.setExpanded(True)
            for note in plan.left_out:
                child = QTreeWidgetItem([note])
                top.addChild(child)
                child.setFirstColumnSpanned(True)

    def _item(self, row: PlannedResult, tests: dict) -> QTreeWidgetItem:
        result, test = row.incoming.result, row.incoming.test
        flag = flag_result(result)
        grade = result_grade(tests.get(test.code, test), result)
        has_range = bool(result.range_text.strip())
        item = QTreeWidgetItem(
            [
                lab_name(test.name),
                result.text,
                pretty_unit(result.unit),
                result.range_text,
                flag_text(flag, grade, short=True, has_range=has_range),
                _note(row),
            ]
        )
        item.setForeground(4, flag_colour(flag))
        if row.duplicate:
            for column in range(COLUMNS):
                item.setForeground(column, flag_colour(None))
        if row.questions:
            item.setToolTip(5, "\n".join(row.questions))
        return item

    # ----- saving -----------------------------------------------------------------------------

    def import_now(self) -> None:
        """Save the whole preview in one transaction (and remember a CSV layout's columns)."""
        if self.plan is None:
            return
        remember = None
        if self.table is not None and self.mapping_page is not None:
            remember = mapping_setting(self.table, self.mapping_page.mapping())
        plan = self.plan
        done = run_action(
            lambda: self.diary.import_lab_plan(plan, today=self._today, remember=remember),
            self,
            show=self._failed,
        )
        if done.ok:
            self.saved = done.value or 0
            self.accept()
