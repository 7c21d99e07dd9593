"""Whether a window's texts fit: every page of the main window in turn, and for each visible
widget (label, button, table header and cells, banner) whether its text is cut short. Used at
1024×640 (tests/gui/test_layout.py) and under the pseudo-locale (test_pseudo_locale.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QLabel,
    QTreeView,
    QWidget,
)

from app.ui.banners import ElidedLabel

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def each_page(window: MainWindow) -> Iterator[str]:
    """Every tab, and every page of the Diary tab, on screen in turn."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tab(index)
        inner = getattr(page, "pages", None)
        for sub in range(inner.count() if inner is not None else 1):
            if inner is not None:
                inner.setCurrentIndex(sub)
            yield f"{window.tabs.tabText(index)}/{inner.tabText(sub) if inner else ''}"


def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    for child in root.findChildren(QWidget):
        if child.isVisibleTo(root) and child.isVisible() and child.width() > 0:
            yield child


def in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QHeaderView):
            return True
        parent = parent.parentWidget()
    return False


def cut_short(widget: QWidget) -> str | None:
    """Why this widget's text does not fit, or None when it does."""
    metrics = widget.fontMetrics()
    if isinstance(widget, ElidedLabel):
        return f"elided banner {widget.text()!r}" if widget.is_elided() else None
    if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
        room = widget.contentsRect()
        if widget.wordWrap() or widget.textFormat() != widget.textFormat().PlainText:
            need = widget.heightForWidth(room.width())
            return (
                f"label {widget.text()[:40]!r} needs {need} px high"
                if need > room.height() + 1
                else None
            )
        need = metrics.horizontalAdvance(widget.text())
        return f"label {widget.text()!r} needs {need} px wide" if need > room.width() + 1 else None
    if isinstance(widget, QAbstractButton) and widget.text():
        need = widget.minimumSizeHint().width()
        return f"button {widget.text()!r} needs {need} px" if need > widget.width() + 1 else None
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        for section in range(widget.count()):
            if widget.isSectionHidden(section):
                continue
            text = str(widget.model().headerData(section, widget.orientation()) or "")
            need = metrics.horizontalAdvance(text) + 8
            if need > widget.sectionSize(section):
                return f"header {text!r} needs {need} px"
        return None
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return cells_cut_short(widget)
    return None


def cells_cut_short(view: QAbstractItemView) -> str | None:
    """The first cell on screen whose text does not fit its column. A cell whose whole text is
    its tooltip is shortened on purpose (long test names give way to the flag)."""
    model, metrics = view.model(), view.fontMetrics()
    if type(model).__name__ == "QCalendarModel":  # Qt's own calendar: days, never cut
        return None
    viewport = view.viewport().rect()
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps it private: one column
        columns = 1
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                rect = view.visualRect(index)
                if not rect.isValid() or not viewport.intersects(rect):
                    continue
                text = str(model.data(index) or "")
                if not text or model.data(index, Qt.ItemDataRole.ToolTipRole) == text:
                    continue
                if metrics.horizontalAdvance(text) + 6 > rect.width():
                    return f"cell {text!r} in {rect.width()} px"
            first = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(first):
                pending.append(first)
    return None


def page_problems(window: MainWindow, size: tuple[int, int]) -> list[str]:
    """What is cut short or pushed out of the window, on every page, at `size`."""
    window.resize(*size)
    QApplication.processEvents()
    problems: list[str] = []
    frame = QRect(0, 0, *size)
    for page in each_page(window):
        QApplication.processEvents()  # let the page lay itself out
        for widget in visible_widgets(window.centralWidget()):
            why = cut_short(widget)
            if why:
                problems.append(f"{page}: {why}")
            if not in_scroll_area(widget):
                where = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
                if not frame.contains(where):
                    problems.append(f"{page}: {type(widget).__name__} {where} outside the window")
    return problems
