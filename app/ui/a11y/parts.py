"""What a custom widget tells screen readers about its parts: plain data, no Qt plumbing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

PRESS = "Press"  # the name Qt and AT-SPI give a button's action


@dataclass(frozen=True)
class Part:
    """One part of a painted widget: a zone on the body map, a day in the calendar."""

    name: str
    description: str
    rect: QRect  # in the widget's coordinates
    role: str = "button"  # "button" or "cell"
    selected: bool = False
    focused: bool = False
    usable: bool = True  # False for a zone not in use
    actions: tuple[str, ...] = (PRESS,)


class PartsWidget(Protocol):
    """A widget whose parts a screen reader can walk, read and press."""

    def part_count(self) -> int: ...

    def part(self, index: int) -> Part: ...

    def part_at(self, point: QPoint) -> int | None: ...

    def focused_part(self) -> int | None: ...

    def do_part_action(self, index: int, action: str) -> None: ...


def announce_focus(widget: QWidget, index: int | None) -> None:
    """Tell a listening screen reader that the keyboard moved to part `index`."""
    if index is None or not QAccessible.isActive() or not widget.hasFocus():
        return
    event = QAccessibleEvent(widget, QAccessible.Event.Focus)
    event.setChild(index)
    QAccessible.updateAccessibility(event)
