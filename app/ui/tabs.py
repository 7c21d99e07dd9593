"""The main window's tabs, in order. Each entry builds a tab for an open diary.

A tab may define `refresh(changes: Change)`; the window calls it after every write so the
tab can decide whether to reload. Tabs without it are rebuilt when anything changes. Each tab's
module is imported when the tab is first built, so the window can show before they load.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

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


def tab_factories() -> list[tuple[str, TabFactory]]:
    tr = QCoreApplication.translate
    return [
        (tr("Tabs", "Injections"), _injections),
        (tr("Tabs", "Diary"), _diary),
        (tr("Tabs", "Labs"), _labs),
    ]
