"""Open every dialog a window offers (its menu actions and its "…" buttons), read what each one
shows, and close it unsaved: for the pseudo-locale test.

A dialog runs its own event loop; a timer inside that loop finds the modal widget on screen,
records its texts and whether they fit, and rejects it (a message box, a file dialog or a form
alike), so nothing the person would have to confirm is ever confirmed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPushButton, QWidget

from tests.support.text_walk import Shown, clipped, shown_texts


def ends_session(action: QAction) -> bool:
    """Quit and Lock end the session rather than open a dialog; known by their shortcuts."""
    quit_key = QKeySequence(QKeySequence.StandardKey.Quit).toString()  # needs the application
    return action.shortcut().toString() in (quit_key, "Ctrl+L")


@dataclass
class Seen:
    texts: list[Shown] = field(default_factory=list)
    clips: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def run_and_read(trigger: Callable[[], None], seen: Seen) -> None:
    """Run `trigger`; every modal dialog it opens is read and rejected."""
    handled: set[int] = set()

    def poke() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or id(widget) in handled:
            return
        handled.add(id(widget))
        seen.dialogs.append(type(widget).__name__ + ": " + widget.windowTitle())
        seen.texts.extend(shown_texts([widget]))
        seen.clips.extend(clipped([widget]))
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    timer = QTimer()
    timer.timeout.connect(poke)
    timer.start(30)
    try:
        trigger()
        QApplication.processEvents()
    finally:
        timer.stop()


def menu_actions(window: QWidget) -> Iterator[QAction]:
    """Every leaf action of the window's menu bar, in order."""

    def walk(menu: QMenu) -> Iterator[QAction]:
        for action in menu.actions():
            if action.menu() is not None:
                yield from walk(action.menu())
            elif not action.isSeparator() and action.isEnabled():
                yield action

    for action in window.menuBar().actions():
        if action.menu() is not None:
            yield from walk(action.menu())


def dialog_buttons(root: QWidget) -> list[QPushButton]:
    """Visible, enabled buttons that say they open something ("Log injection…")."""
    return [
        b
        for b in root.findChildren(QPushButton)
        if b.isVisible() and b.isEnabled() and "…" in b.text() and b.menu() is None
    ]
