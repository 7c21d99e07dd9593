"""The results, panel by panel (newest first), each with its flag by symbol and by colour."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.domain.i18n.numbers import figure
from app.domain.labs import Flag, flag_result, pretty_unit
from app.domain.labs.entry import result_grade, test_title
from app.domain.records import LabPanel, LabResult, LabTest
from app.domain.wording import weekday_day
from app.ui.labs.look import flag_colour, flag_text

translate = QCoreApplication.translate

PANEL_ROLE = Qt.ItemDataRole.UserRole + 1
TEST_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = 5  # test, result, unit, range, flag
EXPANDED_PANELS = 2  # the newest panels open; older ones one click (or → key) away


def column_titles() -> list[str]:
    return [
        translate("Labs", "Test"),
        translate("Labs", "Result"),
        translate("Labs", "Unit"),
        translate("Labs", "Range"),
        translate("Labs", "Flag"),
    ]


def range_from(source: str) -> str:
    """Where a range not typed from this report came from."""
    return {
        "copied": translate(
            "Labs", "Copied from this lab's previous report, not typed from this one"
        ),
        "converted": translate("Labs", "Converted exactly from the unit it was typed in"),
    }.get(source, "")


def panel_title(panel: LabPanel, attached: int = 0) -> str:
    """ "Tue 3 Mar 2026 · City Lab · 18 results · 1 attachment"."""
    parts = [weekday_day(panel.collected_on, date.min)]
    if panel.lab:
        parts.append(panel.lab)
    count = len(panel.results)
    parts.append(
        translate("Labs", "1 result")
        if count == 1
        else translate("Labs", "{n} results").format(n=count)
    )
    if attached:
        parts.append(
            translate("Labs", "1 attachment")
            if attached == 1
            else translate("Labs", "{n} attachments").format(n=attached)
        )
    return " · ".join(parts)


def has_range(result: LabResult) -> bool:
    """Whether the report printed any range next to this result."""
    return (
        bool(result.range_text.strip())
        or result.range_low is not None
        or result.range_high is not None
    )


def title_for_test(test: LabTest) -> str:
    """ "Alanine aminotransferase (ALT)", in the active language."""
    return test_title(test)


class ResultsTree(QTreeWidget):
    """Panels as rows that open onto their results; selecting a result names its test."""

    test_chosen = Signal(str)
    panel_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(COLUMNS)
        self.setHeaderLabels(column_titles())
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(translate("Labs", "Lab results by panel"))
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._test_width = 0
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.currentItemChanged.connect(self._on_current)
        self.setExpandsOnDoubleClick(False)  # double-click (or Return) on a panel edits it
        self.itemActivated.connect(self._on_activated)

    def set_panels(
        self,
        panels: Sequence[LabPanel],
        tests: Sequence[LabTest],
        attached: dict[int, int] | None = None,
    ) -> None:
        """Show these panels, newest first (with how many files each keeps)."""
        attached = attached or {}
        by_code = {t.code: t for t in tests}
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for index, panel in enumerate(sorted(panels, key=lambda p: p.collected_on, reverse=True)):
            top = QTreeWidgetItem([panel_title(panel, attached.get(panel.id or 0, 0))])
            top.setData(0, PANEL_ROLE, panel.id)
            top.setFont(0, bold)
            if panel.notes:
                top.setToolTip(0, panel.notes)
            for result in panel.results:
                test = by_code.get(result.test_code)
                flag = flag_result(result)
                grade = result_grade(test, result) if test else None
                item = QTreeWidgetItem(
                    [
                        title_for_test(test) if test else result.test_code,
                        result.text or ("" if result.value is None else figure(result.value)),
                        pretty_unit(result.unit),
                        result.range_text,
                        flag_text(flag, grade, short=True, has_range=has_range(result)),
                    ]
                )
                item.setData(0, PANEL_ROLE, panel.id)
                item.setData(0, TEST_ROLE, result.test_code)
                item.setToolTip(0, item.text(0))
                item.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                if flag in (Flag.HIGH, Flag.LOW, Flag.ABNORMAL, Flag.NORMAL):
                    item.setForeground(4, flag_colour(flag))
                if flag in (Flag.HIGH, Flag.LOW, Flag.ABNORMAL):
                    item.setForeground(1, flag_colour(flag))
                    item.setFont(1, bold)
                item.setToolTip(4, flag_text(flag, grade, has_range=has_range(result)))
                if result.range_source != "printed" and result.range_text:
                    item.setToolTip(3, range_from(result.range_source))
                    italic = QFont(self.font())
                    italic.setItalic(True)
                    item.setFont(3, italic)
                top.addChild(item)
            self.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # only takes effect once the item is in the tree
            top.setExpanded(index < EXPANDED_PANELS)
        self._fit_test_column()

    def _fit_test_column(self) -> None:
        """Size the Test column for test names; the spanned panel titles need no room there.

        On a narrow window the names give way (shortened in the middle, whole in the tooltip),
        so that the flag stays readable at the right.
        """
        metrics = self.fontMetrics()
        names = {
            self.topLevelItem(i).child(j).text(0)
            for i in range(self.topLevelItemCount())
            for j in range(self.topLevelItem(i).childCount())
        }
        widest = max((metrics.horizontalAdvance(n) for n in names), default=120)
        self._test_width = widest + 2 * self.indentation() + 3 * metrics.averageCharWidth()
        self._apply_test_width()

    def _apply_test_width(self) -> None:
        others = sum(self.sizeHintForColumn(c) for c in range(1, COLUMNS))
        # Room as if the vertical scroll bar were there (it comes and goes with the rows shown).
        inside = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        room = inside - others - 2 * self.fontMetrics().averageCharWidth()
        least = 14 * self.fontMetrics().averageCharWidth()
        self.setColumnWidth(0, max(least, min(self._test_width, room)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._apply_test_width()

    def select_first_result(self) -> None:
        """Make the newest panel's first result current (so its chart shows)."""
        top = self.topLevelItem(0)
        if top is not None and top.childCount():
            self.setCurrentItem(top.child(0))

    def current_panel_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None else item.data(0, PANEL_ROLE)

    def _on_current(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        code = item.data(0, TEST_ROLE) if item is not None else None
        if code:
            self.test_chosen.emit(code)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        panel_id = item.data(0, PANEL_ROLE)
        if panel_id is not None and item.data(0, TEST_ROLE) is None:
            self.panel_activated.emit(panel_id)
