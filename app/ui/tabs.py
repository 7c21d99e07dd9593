"""The main window's tabs, in order. Each entry builds a tab for an open diary.

A tab may define `refresh(changes: frozenset[str])`; the window calls it after every write so the
tab can decide whether to reload. Tabs without it are rebuilt when anything changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.store.diary import Diary
from app.ui.diary import diary_tab
from app.ui.injections import InjectionsTab
from app.ui.labs import LabsTab

TabFactory = Callable[[Diary], QWidget]


def tab_factories() -> list[tuple[str, TabFactory]]:
    tr = QCoreApplication.translate
    return [
        (tr("Tabs", "Injections"), InjectionsTab),
        (tr("Tabs", "Diary"), diary_tab),
        (tr("Tabs", "Labs"), LabsTab),
    ]
