"""The accessible interfaces behind the custom widgets, and the factory that hands them to Qt.

Plumbing notes (PySide6):
- `interface_cast` returns a `void*`. A Python object returned there reaches C++ as the address
  of the Python object, not of the interface, and crashes the AT-SPI bridge; so the value and
  action interfaces are separate objects whose C++ address goes back in a `shiboken6.VoidPtr`.
- Qt's cache keeps the interfaces it is given. Parts are registered here and deleted through Qt
  when their widget goes, so neither side frees what the other still uses.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
    QAccessibleValueInterface,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from app.ui.a11y.parts import Part, PartsWidget

_NO_INTERFACE = 0


def _address(interface: object) -> shiboken6.VoidPtr:
    return shiboken6.VoidPtr(shiboken6.getCppPointer(interface)[0])


def _forget(ids: list[int]) -> None:
    for ident in ids:
        QAccessible.deleteAccessibleInterface(ident)
    ids.clear()


class _PartActions(QAccessibleActionInterface):
    """Press (pick a zone, choose a day) and any other action the part names."""

    def __init__(self, part: PartInterface) -> None:
        super().__init__()
        self._part = part

    def actionNames(self) -> list[str]:  # noqa: N802 - Qt override
        spec = self._part.spec()
        return list(spec.actions) if spec is not None and spec.usable else []

    def localizedActionName(self, name: str) -> str:  # noqa: N802 - Qt override
        return name

    def localizedActionDescription(self, name: str) -> str:  # noqa: N802 - Qt override
        spec = self._part.spec()
        return f"{name}: {spec.name}" if spec is not None else name

    def keyBindingsForAction(self, name: str) -> list[str]:  # noqa: N802 - Qt override
        return []

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt override
        self._part.act(name)


class PartInterface(QAccessibleInterface):
    """One painted part; every answer is read from the widget when asked."""

    def __init__(self, owner: PartsInterface, index: int) -> None:
        super().__init__()
        self._owner = owner
        self.index = index
        self._actions = _PartActions(self)

    def _widget(self) -> PartsWidget | None:
        widget = self._owner.widget()
        return widget if widget is not None and shiboken6.isValid(widget) else None

    def spec(self) -> Part | None:
        widget = self._widget()
        if widget is None or self.index >= widget.part_count():
            return None
        return widget.part(self.index)

    def act(self, name: str) -> None:
        widget = self._widget()
        if widget is not None and self.spec() is not None:
            widget.do_part_action(self.index, name)

    # ----- QAccessibleInterface -----

    def isValid(self) -> bool:  # noqa: N802 - Qt override
        return self.spec() is not None

    def object(self) -> QObject | None:
        return None

    def window(self) -> QWindow | None:
        return self._owner.window()

    def relations(self, match=None) -> list:  # noqa: ANN001 - Qt override
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # noqa: N802 - Qt override
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802
        return None

    def parent(self) -> QAccessibleInterface:
        return self._owner

    def child(self, index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:  # noqa: N802 - Qt override
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt override
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        spec = self.spec()
        if spec is None:
            return ""
        if kind == QAccessible.Text.Name:
            return spec.name
        if kind == QAccessible.Text.Description:
            return spec.description
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # noqa: N802 - Qt override
        return None

    def rect(self) -> QRect:
        spec, widget = self.spec(), self._widget()
        if spec is None or widget is None:
            return QRect()
        return QRect(widget.mapToGlobal(spec.rect.topLeft()), spec.rect.size())

    def role(self) -> QAccessible.Role:
        spec = self.spec()
        if spec is not None and spec.role == "item":
            return QAccessible.Role.ListItem
        return QAccessible.Role.Button

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        spec, widget = self.spec(), self._widget()
        if spec is None or widget is None:
            state.invalid = True
            return state
        state.focusable = True
        state.focused = spec.focused
        state.disabled = not spec.usable
        state.invisible = not widget.isVisible()
        if spec.role == "item":
            state.selectable = True
            state.selected = spec.selected
        else:
            state.checkable = True
            state.checked = spec.selected
        return state

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:
        if kind == QAccessible.InterfaceType.ActionInterface:
            return _address(self._actions)
        return shiboken6.VoidPtr(_NO_INTERFACE)


class PartsInterface(QAccessibleWidget):
    """A painted widget with parts: the parts are its children."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)
        self._parts: dict[int, PartInterface] = {}
        self._ids: list[int] = []
        ids = self._ids
        widget.destroyed.connect(lambda *_: _forget(ids))

    def childCount(self) -> int:  # noqa: N802 - Qt override
        return self.widget().part_count()

    def child(self, index: int) -> QAccessibleInterface | None:
        if not 0 <= index < self.childCount():
            return None
        part = self._parts.get(index)
        if part is None:
            part = PartInterface(self, index)
            self._parts[index] = part
            self._ids.append(QAccessible.registerAccessibleInterface(part))
        return part

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt override
        index = getattr(child, "index", -1)
        return index if self._parts.get(index) is child else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802
        widget = self.widget()
        index = widget.part_at(widget.mapFromGlobal(QPoint(x, y)))
        return self.child(index) if index is not None else None

    def focusChild(self) -> QAccessibleInterface | None:  # noqa: N802 - Qt override
        index = self.widget().focused_part()
        return self.child(index) if index is not None else None


class _RatingValue(QAccessibleValueInterface):
    """0 to 10 in steps of one; no value while not rated."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self._widget = widget

    def currentValue(self) -> int | None:  # noqa: N802 - Qt override
        return self._widget.value()

    def setCurrentValue(self, value: object) -> None:  # noqa: N802 - Qt override
        from app.ui.diary.rating_input import RATING_MAX, RATING_MIN

        self._widget.setValue(max(RATING_MIN, min(RATING_MAX, round(float(value)))))

    def minimumValue(self) -> int:  # noqa: N802 - Qt override
        return 0

    def maximumValue(self) -> int:  # noqa: N802 - Qt override
        return 10

    def minimumStepSize(self) -> int:  # noqa: N802 - Qt override
        return 1


class RatingInterface(QAccessibleWidget):
    """A rating row as one value control (a slider from 0 to 10), as the keyboard treats it."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Slider)
        self._value = _RatingValue(widget)

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value:
            return self.widget().accessibleDescription()
        return super().text(kind)

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:
        if kind == QAccessible.InterfaceType.ValueInterface:
            return _address(self._value)
        return shiboken6.VoidPtr(_NO_INTERFACE)


def factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    """Qt asks once per object and class name; None lets Qt use its own interface."""
    if key == "BodyMapWidget":
        return PartsInterface(obj, QAccessible.Role.Grouping)
    if key == "MonthCalendar":
        return PartsInterface(obj, QAccessible.Role.List)
    if key == "RatingInput":
        return RatingInterface(obj)
    if key == "PlotWidget":  # pyqtgraph's; its name and text summary are set by the screens
        return QAccessibleWidget(obj, QAccessible.Role.Chart)
    return None
