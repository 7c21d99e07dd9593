"""Windows that fit the screen they open on, and where files are offered to be saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.96  # of the available area, so the window frame fits too


def available_size(widget: QWidget | None = None) -> QSize:
    """The usable area (without panels and docks) of the widget's screen, or the main one."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1024, 640)
    return screen.availableGeometry().size()


def fit_to_screen(widget: QWidget, wanted: QSize | None = None) -> None:
    """Resize to `wanted` (or the current size), but never past the screen's usable area; a
    window saved on a larger screen is also moved back onto this one."""
    room = available_size(widget)
    most = QSize(int(room.width() * SCREEN_SHARE), int(room.height() * SCREEN_SHARE))
    size = (wanted or widget.size()).boundedTo(most)
    size = size.expandedTo(widget.minimumSizeHint().boundedTo(most))
    if size != widget.size():
        widget.resize(size)
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None and widget.isWindow():
        area = screen.availableGeometry()
        frame = widget.frameGeometry()
        if (
            not area.contains(frame.topLeft())
            or frame.right() > area.right()
            or frame.bottom() > area.bottom()
        ):
            x = min(max(frame.x(), area.x()), max(area.x(), area.right() - frame.width()))
            y = min(max(frame.y(), area.y()), max(area.y(), area.bottom() - frame.height()))
            widget.move(x, y)


def restore_window(window: QWidget, saved: object, first: QSize) -> None:
    """Put a window back as it was saved (else at `first`), never larger than this screen: a
    window saved on a bigger screen, or a first window on a small one, fits."""
    if saved is None or not window.restoreGeometry(saved):
        window.resize(first)
    fit_to_screen(window)


def documents_folder() -> Path:
    """Where save dialogs start: the user's Documents folder (home when there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()
