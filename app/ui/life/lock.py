"""Locking: the lock screen, the idle watch, and the 'lock when away' setting.

While locked no view of the diary exists (the tabs are destroyed, dialogs closed), the diary's
connections are closed and its key dropped; only the passphrase opens it again, never the keyring.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.store.files.inputs import MAX_PASSPHRASE_BYTES
from app.ui.dialogs.pacing import AttemptPacer
from app.ui.style import set_status
from app.vault.idle import DEFAULT_MINUTES, MAX_MINUTES, MIN_MINUTES, IdlePolicy

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def close_dialogs() -> None:
    """Close every open dialog (forms, message boxes, file pickers): they may show records."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


class IdleWatcher(QObject):
    """Emits `idle` once the user has been away for the policy's minutes."""

    idle = Signal()

    def __init__(self, policy: IdlePolicy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.policy = policy
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(15_000)
        self._timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def set_policy(self, policy: IdlePolicy) -> None:
        self.policy = policy
        self._last_input = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def check(self, now: float | None = None) -> None:
        """Emit `idle` when the policy says so (called by the timer; `now` for tests)."""
        now = time.monotonic() if now is None else now
        if self.policy.should_lock(now - self._last_input):
            self._last_input = now
            self.idle.emit()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(QWidget):
    """Shown instead of the diary while locked. `try_unlock(passphrase)` returns an error or None."""

    def __init__(self, name: str, try_unlock: Callable[[str], str | None]) -> None:
        super().__init__()
        self.setObjectName("lockScreen")
        self._try_unlock = try_unlock
        title = QLabel(self.tr("Dosebook is locked"))
        title.setObjectName("lockTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(self.tr("Type the passphrase for {name} to go on.").format(name=name))
        hint.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(MAX_PASSPHRASE_BYTES)
        self.field.setPlaceholderText(self.tr("passphrase"))
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setMinimumWidth(280)
        self.field.returnPressed.connect(self._attempt)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._attempt)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        set_status(self.error, "error")  # bold on the widget, so the wrapped height is right
        # Room for two lines from the start: the box does not jump when a message appears.
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() * 2)
        self.pacer = AttemptPacer([self.field, self.unlock_button], self.error, self)
        box = QWidget()
        box.setFixedWidth(420)  # a fixed width lets the wrapped lines take the height they need
        inner = QVBoxLayout(box)
        inner.setSpacing(10)
        for w in (title, hint, self.field, self.unlock_button, self.error):
            inner.addWidget(w)
        row = QHBoxLayout()  # stretches, not an alignment flag: the box keeps its wrapped height
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.setFocusProxy(self.field)

    def _attempt(self) -> None:
        if self.pacer.waiting:
            return
        message = self._try_unlock(self.field.text())
        if message is None:
            self.pacer.succeeded()
            self.field.clear()
            return
        self.pacer.failed(message)
        self.field.selectAll()
        self.field.setFocus()


class IdleLockDialog(QDialog):
    """Turn 'lock when I am away' on or off and choose the minutes."""

    def __init__(self, policy: IdlePolicy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lock when away"))
        self.enabled = QCheckBox(self.tr("Lock the diary when I have been away"))
        self.enabled.setChecked(policy.enabled)
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setValue(policy.minutes if policy.enabled else DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes away before locking"))
        self.minutes.setEnabled(policy.enabled)
        self.enabled.toggled.connect(self.minutes.setEnabled)
        note = QLabel(
            self.tr(
                "Locked, Dosebook hides the diary and forgets its key until you type the "
                "passphrase. Ctrl+L locks it at any time."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("After:"), self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def policy(self) -> IdlePolicy:
        return IdlePolicy(enabled=self.enabled.isChecked(), minutes=self.minutes.value())
