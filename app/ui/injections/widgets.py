"""Small pieces of the Injections tab: a note that warns without blocking, and an undo bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.ui.style import set_status

translate = QCoreApplication.translate


class NoteLabel(QLabel):
    """A plain note with a ⚠ sign, hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("injectionNote")
        self.setWordWrap(True)
        set_status(self, "warning")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def set_note(self, text: str | None) -> None:
        """Show `text` (or hide when None)."""
        self.setText(f"⚠ {text}" if text else "")
        self.setAccessibleName(text or "")
        self.setVisible(bool(text))


class UndoBar(QFrame):
    """'Injection on Thu 12 Mar deleted. [Undo]': one chance to take a change back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.undo_button = QPushButton(translate("Injections", "&Undo"))
        self.undo_button.setAccessibleName(translate("Injections", "Undo"))
        self.close_button = QPushButton(translate("Injections", "Dismiss"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._undo: Callable[[], None] | None = None
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.dismiss)
        self.hide()

    def offer(self, message: str, undo: Callable[[], None]) -> None:
        """Say what was done and keep `undo` until it is used or replaced."""
        self.label.setText(message)
        self._undo = undo
        self.show()

    def can_undo(self) -> bool:
        """True while there is something to take back."""
        return self._undo is not None

    def undo(self) -> None:
        """Take the last change back."""
        run, self._undo = self._undo, None
        self.hide()
        if run is not None:
            run()

    def dismiss(self) -> None:
        """Forget the offer."""
        self._undo = None
        self.hide()


class AmountSpinBox(QDoubleSpinBox):
    """A dose box that shows 1.6 rather than 1.600, and takes up to three decimals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(3)
        self.setRange(0.001, 100000)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        """No trailing zeros."""
        return self.locale().toString(float(f"{value:.3f}"), "g", 8)


class DoseEdit(QLineEdit):
    """A dose field that can be empty: it shows only a number the person typed or chose (from
    their course), never one of its own."""

    valueChanged = Signal()  # noqa: N815 - Qt style, like QDoubleSpinBox's

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        validator = QDoubleValidator(0.0, 100000.0, 3, self)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.setValidator(validator)
        self.setPlaceholderText(translate("Injections", "amount"))
        self.textChanged.connect(lambda _text: self.valueChanged.emit())

    def value(self) -> float | None:
        """The number typed, or None while the field is empty or unreadable."""
        text = self.text().strip()
        if not text:
            return None
        number, ok = self.locale().toDouble(text)
        if not ok:
            number, ok = QLocale.c().toDouble(text)
        return number if ok else None

    def setValue(self, value: float | None) -> None:  # noqa: N802 - Qt style
        """Show `value` as 1.6 rather than 1.600; None empties the field."""
        self.setText("" if value is None else self.locale().toString(float(f"{value:.3f}"), "g", 8))
