"""After the diary is on screen (the Injections tab, where a dose is logged): the banners from the
diary, then the other tabs, then the chart modules, each in a turn of the event loop, so that the
first visit to each tab is as quick as the next and no single step holds the window up."""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.life.startup_trace import milestone

if TYPE_CHECKING:
    from app.ui.life.launch import Controller
    from app.ui.main_window import MainWindow

# With it set, the app quits as a user closing it would once start-up is over (every tab built,
# the charts loaded): tests wait for that instead of a fixed time.
QUIT_WHEN_READY_ENV = "DOSEBOOK_QUIT_WHEN_READY"


def warm_up(controller: Controller) -> None:
    QTimer.singleShot(0, lambda: _after_shown(controller))


def _window(controller: Controller) -> MainWindow | None:
    """The controller's window while it is still there."""
    window = controller.window
    if controller.closed or window is None or not shiboken6.isValid(window):
        return None
    return window


def _after_shown(controller: Controller) -> None:
    window = _window(controller)
    if window is None:
        return
    if controller.opening:
        controller.opening = False
        milestone("diary-open")
    window.banners_from_diary()
    if not controller.warming:
        controller.warming = True
        QTimer.singleShot(0, lambda: _build_next_tab(controller))


def _build_next_tab(controller: Controller) -> None:
    """Build the tabs not opened yet, one per turn, on the main thread; then load the charts."""
    window = _window(controller)
    if window is None:
        return
    if window.isVisible() and window.build_next_tab():
        QTimer.singleShot(0, lambda: _build_next_tab(controller))
        return
    milestone("tabs-built")
    QTimer.singleShot(0, lambda: _load_charts(controller))


def _load_charts(controller: Controller) -> None:
    """pyqtgraph and the chart builders (about half a second, once): a tab builds without them
    and loads them when it first shows a chart; this spares that first look the wait."""
    from app.ui.life.startup import CHART_MODULES

    if controller.closed:
        return
    for name in CHART_MODULES:
        importlib.import_module(name)
    milestone("charts-loaded")
    if os.environ.get(QUIT_WHEN_READY_ENV):
        QTimer.singleShot(0, QApplication.closeAllWindows)
