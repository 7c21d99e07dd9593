"""Slowing down passphrase guessing in the window: after a few wrong passphrases, the field and
its button stay off for a growing wait (`app.vault.guessing`), and the wait is shown."""

from __future__ import annotations

import math
import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from app.vault.guessing import wait_after

translate = QCoreApplication.translate


class AttemptPacer(QObject):
    """Counts wrong attempts in a row; `failed(message)` shows the message, and the wait."""

    def __init__(self, controls: Sequence[QWidget], label: QLabel, parent: QObject) -> None:
        super().__init__(parent)
        self._controls = list(controls)
        self._label = label
        self.wrong = 0
        self._message = ""
        self._until = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)

    @property
    def waiting(self) -> bool:
        return self._timer.isActive()

    def failed(self, message: str) -> None:
        self.wrong += 1
        self._message = message
        wait = wait_after(self.wrong)
        self._label.setText(message)
        self._label.show()
        if wait <= 0:
            return
        self._until = time.monotonic() + wait
        for control in self._controls:
            control.setEnabled(False)
        self._timer.start()
        self._tick()

    def succeeded(self) -> None:
        self.wrong = 0
        self._timer.stop()
        for control in self._controls:
            control.setEnabled(True)

    def _tick(self) -> None:
        left = math.ceil(self._until - time.monotonic())
        if left > 0:
            self._label.setText(
                self._message
                + " "
                + translate("Pacing", "Wait {n} s before the next try.").format(n=left)
            )
            return
        self._timer.stop()
        self._label.setText(self._message)
        for control in self._controls:
            control.setEnabled(True)
        if self._controls:
            self._controls[0].setFocus()
