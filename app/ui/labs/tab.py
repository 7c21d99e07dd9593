"""The Labs tab: what is due, the results panel by panel, and one test's charts over time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.labs import Flag, flag_result, flag_symbol
from app.domain.labs.entry import unit_for_system
from app.domain.records import LabPanel, LabTest
from app.domain.wording import weekday_long_day
from app.store.changes import Change
from app.store.diary import Diary
from app.ui.actions import run_action
from app.ui.labs.chart_view import LabChartArea
from app.ui.labs.due_view import DueBox
from app.ui.labs.entry_dialog import PanelEntryDialog
from app.ui.labs.results_view import ResultsTree, panel_title, title_for_test
from app.ui.labs.series import charted_tests, history_of

translate = QCoreApplication.translate

_RELOAD_ON = Change.LABS | Change.CATALOGUE | Change.PROFILE | Change.SETTINGS | Change.ATTACHMENTS
_FLAGGED = (Flag.HIGH, Flag.LOW, Flag.ABNORMAL)


class LabsTab(QWidget):
    """Enter panels from paper reports, read their flags, chart a test, see what is due."""

    def __init__(self, diary: Diary, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.diary = diary
        self._today = today
        self.panels: list[LabPanel] = []
        self.tests: list[LabTest] = []
        self._unit_system = "conventional"
        self.add_button = QPushButton(translate("Labs", "&Add results from a report…"))
        self.add_button.setToolTip(translate("Labs", "Type in a lab report (Ctrl+Shift+L)"))
        self.edit_button = QPushButton(translate("Labs", "&Edit panel…"))
        self.delete_button = QPushButton(translate("Labs", "De&lete panel…"))
        self.attach_button = QPushButton(translate("Labs", "Paper re&port…"))
        self.attach_button.setToolTip(
            translate("Labs", "Keep a photo or PDF of the report with its panel")
        )
        self.due = DueBox()
        self.results = ResultsTree()
        self.test_box = QComboBox()
        self.test_box.setAccessibleName(translate("Labs", "Test to chart"))
        self.test_box.setMinimumContentsLength(24)
        self.charts = LabChartArea()
        self._lay_out()
        self.setFocusProxy(self.results)  # arriving by keyboard: the results, arrows to read
        self.add_button.clicked.connect(self.add_panel)
        self.edit_button.clicked.connect(self.edit_current_panel)
        self.delete_button.clicked.connect(self.delete_current_panel)
        self.attach_button.clicked.connect(self.open_attachments)
        self.results.test_chosen.connect(self.show_test)
        self.results.panel_activated.connect(self.edit_panel)
        self.test_box.currentIndexChanged.connect(self._on_test_picked)
        QShortcut(QKeySequence("Ctrl+Shift+L"), self).activated.connect(self.add_panel)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.results)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current_panel)
        self.reload()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.due)
        left_layout.addWidget(self.results, 1)
        picker = QHBoxLayout()
        label = QLabel(translate("Labs", "&Chart of:"))
        label.setBuddy(self.test_box)
        picker.addWidget(label)
        picker.addWidget(self.test_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.charts)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(picker)
        right_layout.addWidget(scroll, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 12)
        splitter.setStretchFactor(1, 10)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    # ----- data -------------------------------------------------------------------------------

    def today(self) -> date:
        return self._today or date.today()

    def refresh(self, changes: Change) -> None:
        """Reload when labs, the catalogue or the profile (sex for ranges) changed."""
        if changes & _RELOAD_ON:
            self.reload()

    def reload(self) -> None:
        """Read panels, catalogue and due dates again, keeping the chosen test."""
        chosen = self.current_test_code()
        self.tests = self.diary.lab_tests()
        self.panels = self.diary.panels()
        self._unit_system = self.diary.lab_unit_system()
        sources = {g.group: g.source for g in self.diary.monitoring_groups()}
        self.due.set_items(self.diary.labs_due(self.today()), sources)
        attached: dict[int, int] = {}
        for attachment in self.diary.attachments():
            if attachment.panel_id is not None:
                attached[attachment.panel_id] = attached.get(attachment.panel_id, 0) + 1
        self.results.set_panels(self.panels, self.tests, attached)
        self._fill_test_box(chosen)
        has_panels = bool(self.panels)
        self.edit_button.setEnabled(has_panels)
        self.delete_button.setEnabled(has_panels)
        self.attach_button.setEnabled(has_panels)

    def _fill_test_box(self, chosen: str | None) -> None:
        latest = {}
        for panel in self.panels:  # oldest first, so the newest result wins
            for result in panel.results:
                latest[result.test_code] = flag_result(result)
        self.test_box.blockSignals(True)
        self.test_box.clear()
        for test in charted_tests(self.tests, self.panels):
            self.test_box.addItem(
                f"{title_for_test(test)}   {flag_symbol(latest[test.code])}", test.code
            )
        self.test_box.blockSignals(False)
        index = self.test_box.findData(chosen) if chosen else -1
        if index < 0:
            index = self._first_flagged_index(latest)
        self.test_box.setCurrentIndex(index)
        self._on_test_picked(index)

    def _first_flagged_index(self, latest: dict) -> int:
        """The first test flagged now, else the first ever flagged, else the first."""
        ever = {r.test_code for p in self.panels for r in p.results if flag_result(r) in _FLAGGED}
        codes = [self.test_box.itemData(i) for i in range(self.test_box.count())]
        for wanted in (lambda c: latest[c] in _FLAGGED, lambda c: c in ever):
            index = next((i for i, c in enumerate(codes) if wanted(c)), -1)
            if index >= 0:
                return index
        return 0 if codes else -1

    def current_test_code(self) -> str | None:
        return self.test_box.currentData()

    # ----- charts -----------------------------------------------------------------------------

    def show_test(self, code: str) -> None:
        """Chart this test (from a click in the results, or the picker)."""
        index = self.test_box.findData(code)
        if index >= 0 and index != self.test_box.currentIndex():
            self.test_box.setCurrentIndex(index)

    def _on_test_picked(self, index: int) -> None:
        code = self.test_box.itemData(index) if index >= 0 else None
        test = next((t for t in self.tests if t.code == code), None)
        if test is None:
            self.charts.show_history(None)
            return
        unit = unit_for_system(test, self._unit_system)
        self.charts.show_history(history_of(test, self.panels, unit))

    # ----- actions ----------------------------------------------------------------------------

    def add_panel(self) -> None:
        """Open the entry dialog for a new report."""
        PanelEntryDialog(self.diary, today=self.today(), parent=self).exec()

    def edit_current_panel(self) -> None:
        panel_id = self.results.current_panel_id()
        if panel_id is None and self.panels:
            panel_id = self.panels[-1].id
        if panel_id is not None:
            self.edit_panel(panel_id)

    def edit_panel(self, panel_id: int) -> None:
        """Open a saved panel in the entry dialog."""
        panel = next((p for p in self.panels if p.id == panel_id), None)
        if panel is not None:
            PanelEntryDialog(self.diary, panel, today=self.today(), parent=self).exec()

    def open_attachments(self) -> None:
        """Show (and add to) the photos or PDF of the selected panel's paper report."""
        from app.ui.dialogs.attachments import AttachmentsDialog

        panel_id = self.results.current_panel_id()
        if panel_id is None and self.panels:
            panel_id = self.panels[-1].id
        panel = next((p for p in self.panels if p.id == panel_id), None)
        if panel is None:
            return
        title = translate("Labs", "Report of {title}").format(title=panel_title(panel))
        AttachmentsDialog(self.diary, panel_id=panel.id, title=title, parent=self).exec()

    def delete_current_panel(self) -> None:
        """Delete the selected panel after asking."""
        panel_id = self.results.current_panel_id()
        panel = next((p for p in self.panels if p.id == panel_id), None)
        if panel is None:
            return
        day = panel.collected_on
        answer = QMessageBox.question(
            self,
            translate("Labs", "Delete panel"),
            translate(
                "Labs",
                "Delete the panel of {day} ({lab}) with its {n} results, and the report kept "
                "with it? This cannot be undone.",
            ).format(
                day=weekday_long_day(day),
                lab=panel.lab or translate("Labs", "no lab named"),
                n=len(panel.results),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_action(
            lambda: self.diary.delete_panel(panel.id), self, translate("Labs", "Not deleted")
        )
