"""Every entry in a list, newest first, searchable by words in the notes and by tags."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.records import DiaryEntry
from app.ui.diary.text import day_label, number, sickness_name
from app.ui.record_table import (
    OBJECT_ROLE,
    SORT_ROLE,
    Column,
    RecordTableModel,
    RecordTableView,
)

translate = QCoreApplication.translate


def search_text(entry: DiaryEntry, today: date) -> str:
    """Everything a search looks at in an entry, lowercased."""
    parts = [day_label(entry.day, today), f"{entry.day:%B %Y}", entry.notes, *entry.tags]
    if entry.sick:
        parts += [
            entry.sickness_kind,
            sickness_name(entry.sickness_kind),
            translate("DiaryTab", "sick"),
        ]
    return " ".join(parts).lower()


def matches(entry: DiaryEntry, words: Sequence[str], today: date) -> bool:
    """All words must match: "#tag" is a tag (or the start of one), other words any text."""
    haystack = search_text(entry, today)
    for word in words:
        if word.startswith("#") and len(word) > 1:
            if not any(tag.startswith(word[1:]) for tag in entry.tags):
                return False
        elif word not in haystack:
            return False
    return True


class EntrySearch(QSortFilterProxyModel):
    """Keeps the rows whose entry matches every typed word."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._today = today
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        """Filter on these words (case does not matter)."""
        if hasattr(self, "endFilterChange"):  # Qt 6.10+; invalidateRowsFilter is deprecated there
            self.beginFilterChange()
            self._words = text.lower().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = text.lower().split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(  # noqa: N802 (Qt override)
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        entry = self.sourceModel().index(source_row, 0, source_parent).data(OBJECT_ROLE)
        return matches(entry, self._words, self._today())


class HistoryPage(QWidget):
    """The search line above the list; Enter or a double-click opens the day in the form."""

    open_day = Signal(object)  # date

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._pending: list[DiaryEntry] | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("DiaryTab", "Search notes and tags — e.g. headache, or #travel")
        )
        self.search.setAccessibleName(translate("DiaryTab", "Search the diary"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.model: RecordTableModel[DiaryEntry] = RecordTableModel(self._columns())
        self.view = RecordTableView(self.model)
        # Swap the plain sort proxy for one that also searches.
        self.proxy = EntrySearch(today, self.view)
        self.proxy.setSourceModel(self.model)
        self.view.proxy = self.proxy
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(translate("DiaryTab", "Diary entries"))
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self.view.setFocus)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        QWidget.setTabOrder(self.search, self.view)

    def _columns(self) -> list[Column[DiaryEntry]]:
        def day(e: DiaryEntry) -> str:
            return day_label(e.day, self._today())

        def sick(e: DiaryEntry) -> str:
            return sickness_name(e.sickness_kind) if e.sick else ""

        def first_line(e: DiaryEntry) -> str:
            return e.notes.splitlines()[0] if e.notes else ""

        return [
            Column(translate("DiaryTab", "Day"), day, lambda e: e.day),
            Column(
                translate("DiaryTab", "Energy"),
                lambda e: number(e.energy),
                lambda e: e.energy,
                True,
            ),
            Column(
                translate("DiaryTab", "Fatigue"),
                lambda e: number(e.fatigue),
                lambda e: e.fatigue,
                True,
            ),
            Column(
                translate("DiaryTab", "Well-being"),
                lambda e: number(e.wellbeing),
                lambda e: e.wellbeing,
                True,
            ),
            Column(translate("DiaryTab", "Sick"), sick),
            Column(
                translate("DiaryTab", "Temp."),
                lambda e: number(e.temperature_c, " °C"),
                lambda e: e.temperature_c,
            ),
            Column(
                translate("DiaryTab", "Site"),
                lambda e: translate("DiaryTab", "trouble") if e.site_trouble else "",
            ),
            Column(translate("DiaryTab", "Tags"), lambda e: ", ".join(e.tags)),
            Column(translate("DiaryTab", "Notes"), first_line),
        ]

    def set_entries(self, entries: Sequence[DiaryEntry]) -> None:
        """Show these entries (the search stays as typed); filled when the list is next shown.

        Sorting years of entries takes a noticeable moment, so it waits until someone looks.
        """
        self._pending = list(entries)
        if self.isVisible():
            self._fill()

    def _fill(self) -> None:
        if self._pending is None:
            return
        entries, self._pending = self._pending, None
        self.model.set_rows(entries)
        self._show_count()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self._fill()
        super().showEvent(event)

    def _search(self, text: str) -> None:
        self.proxy.set_query(text)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(translate("DiaryTab", "{n} days").format(n=total))
        else:
            self.count.setText(
                translate("DiaryTab", "{shown} of {n} days").format(shown=shown, n=total)
            )

    def shown_days(self) -> list[date]:
        """The days the list shows, top to bottom."""
        self._fill()
        return [
            self.proxy.index(row, 0).data(OBJECT_ROLE).day for row in range(self.proxy.rowCount())
        ]

    def _open(self, index: QModelIndex) -> None:
        entry = index.siblingAtColumn(0).data(OBJECT_ROLE)
        if entry is not None:
            self.open_day.emit(entry.day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Ctrl+F (or /) jumps to the search line."""
        if event.key() == Qt.Key.Key_Slash or event.matches(QKeySequence.StandardKey.Find):
            self.search.setFocus()
            self.search.selectAll()
            return
        super().keyPressEvent(event)
