"""A 0–10 rating as a row of buttons that takes a typed digit: one key per rating."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleValueChangeEvent,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

translate = QCoreApplication.translate


RATING_MIN = 0
RATING_MAX = 10
# "1" then "0" typed this quickly means ten; slower, the "0" is a new choice.
TEN_WINDOW_MS = 1200

_STEP_KEYS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Down: -1,
    Qt.Key.Key_Minus: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Up: 1,
    Qt.Key.Key_Plus: 1,
}
_CLEAR_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace}


class RatingInput(QWidget):
    """Eleven buttons, 0 to 10, or none chosen (not rated).

    The row takes focus as one widget, so Tab moves from rating to rating. Typing a digit picks it
    ("1" "0" picks 10), arrows step, Home/End go to the ends, Delete clears. The mouse clicks a
    button; clicking the chosen one again clears it.
    """

    valueChanged = Signal(object)  # int | None

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._value: int | None = None
        self._typed_one = QElapsedTimer()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so that no button at all can be checked
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 3, 4, 3)
        row.setSpacing(2)
        for value in range(RATING_MIN, RATING_MAX + 1):
            button = QToolButton()
            button.setText(str(value))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(False)
            button.setMinimumSize(QSize(30, 28))
            button.setAccessibleName(f"{name} {value}")
            self.group.addButton(button, value)
            row.addWidget(button)
        self.group.idClicked.connect(self._clicked)
        # The chosen number stands out by weight and fill, so it reads without colour too.
        self.setStyleSheet(
            "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
            " font-weight: bold; border: 1px solid palette(highlight); border-radius: 3px; }"
        )
        self.caption = QLabel()
        self.caption.setMinimumWidth(
            self.caption.fontMetrics().horizontalAdvance(translate("DiaryTab", "not rated")) + 8
        )
        row.addSpacing(8)
        row.addWidget(self.caption)
        row.addStretch(1)
        self._show()

    def value(self) -> int | None:
        """The chosen rating, or None when not rated."""
        return self._value

    def setValue(self, value: int | None) -> None:  # noqa: N802 (Qt naming)
        """Choose a rating (None clears); a value off the scale is refused."""
        if value is not None and not RATING_MIN <= value <= RATING_MAX:
            raise ValueError(f"a rating goes from {RATING_MIN} to {RATING_MAX}")
        if value == self._value:
            return
        self._value = value
        self._show()
        if QAccessible.isActive():  # a screen reader hears the new value
            change = QAccessibleValueChangeEvent(self, value if value is not None else 0)
            QAccessible.updateAccessibility(change)
        self.valueChanged.emit(value)

    def _clicked(self, value: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.setValue(None if value == self._value else value)

    def _show(self) -> None:
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == self._value)
        self.caption.setText(
            translate("DiaryTab", "not rated") if self._value is None else str(self._value)
        )
        described = (
            translate("DiaryTab", "not rated") if self._value is None else f"{self._value} / 10"
        )
        self.setAccessibleDescription(described)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Digits choose, arrows step, Home/End go to the ends, Delete clears."""
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        text = event.text()
        if len(text) == 1 and text.isdigit():
            digit = int(text)
            quick = self._typed_one.isValid() and self._typed_one.elapsed() < TEN_WINDOW_MS
            if digit == 0 and self._value == 1 and quick:
                self.setValue(10)
                self._typed_one.invalidate()
            else:
                self.setValue(digit)
                if digit == 1:
                    self._typed_one.start()
                else:
                    self._typed_one.invalidate()
            return
        if key in _STEP_KEYS:
            start = self._value if self._value is not None else 5
            step = _STEP_KEYS[key] if self._value is not None else 0
            self.setValue(min(RATING_MAX, max(RATING_MIN, start + step)))
            return
        if key == Qt.Key.Key_Home:
            self.setValue(RATING_MIN)
        elif key == Qt.Key.Key_End:
            self.setValue(RATING_MAX)
        elif key in _CLEAR_KEYS:
            self.setValue(None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self._typed_one.invalidate()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        """A highlight ring around the whole row while it has the keyboard focus."""
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 5, 5)
