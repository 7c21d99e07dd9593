"""The main window's tabs, in order. Each entry builds a tab for an open diary.

A tab may define `refresh(changes: Change)`; the window calls it after every write so the
tab can decide whether to reload. Tabs without it are rebuilt when anything changes. Each tab's
module is imported when the tab is first built, so the window can show before they load.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

if TYPE_CHECKING:
    from app.store.changes import Change
    from app.store.diary import Diary

TabFactory = Callable[["Diary"], QWidget]


class NotYetBuilt(QWidget):
    """Stands in for a tab until it is first opened; it has nothing to refresh."""

    def refresh(self, changes: Change) -> None:
        return None


def _injections(diary: Diary) -> QWidget:
    from app.ui.injections.tab import InjectionsTab

    return InjectionsTab(diary)


def _diary(diary: Diary) -> QWidget:
    from app.ui.diary import diary_tab

    return diary_tab(diary)


def _labs(diary: Diary) -> QWidget:
    from app.ui.labs import LabsTab

    return LabsTab(diary)


def _care(diary: Diary) -> QWidget:
    from app.ui.person.care_tab import CareTab

    return CareTab(diary)


def tab_factories() -> list[tuple[str, TabFactory]]:
    return [
        (QCoreApplication.translate("Tabs", "Injections"), _injections),
        (QCoreApplication.translate("Tabs", "Diary"), _diary),
        (QCoreApplication.translate("Tabs", "Labs"), _labs),
        (QCoreApplication.translate("Tabs", "Care"), _care),
    ]


def tab_keys(tabs: Callable[[], QTabWidget]) -> list[tuple[str, Callable[..., None], QKeySequence]]:
    """(title, go there, Ctrl+n) for each tab: from anywhere in the window, where Ctrl+Tab would
    stay inside the Diary tab's own pages. `tabs` gives the window's tab widget at the time."""
    return [
        (title, lambda *_, i=index: tabs().setCurrentIndex(i), QKeySequence(f"Ctrl+{index + 1}"))
        for index, (title, _build) in enumerate(tab_factories())
    ]


def follow_with_keyboard(tabs: QTabWidget, page_at: Callable[[int], QWidget]) -> None:
    """Name each tab's key in its tooltip, and when a tab comes up (built by `page_at` if need
    be), move the keyboard into it: typing goes to the page on screen, not to a hidden one."""
    for index in range(tabs.count()):
        tabs.setTabToolTip(index, f"{tabs.tabText(index)} (Ctrl+{index + 1})")

    def shown(index: int) -> None:
        page = page_at(index)
        focus = QApplication.focusWidget()
        if tabs.window().isActiveWindow() and (focus is None or not page.isAncestorOf(focus)):
            page.setFocus()

    tabs.currentChanged.connect(shown)
