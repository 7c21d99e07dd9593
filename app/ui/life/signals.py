"""SIGTERM and SIGINT close the app as File → Quit does: the diary is committed and closed, the
backup made on closing is written, the demo's folder removed.

Python runs a signal handler only when the interpreter gets control, which it never does while
Qt waits for events. So the C-level handler writes the signal's number into a socket
(`signal.set_wakeup_fd`) that Qt watches; its notifier wakes the event loop, and the windows are
closed the ordinary way.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

QUIT_SIGNALS = ("SIGTERM", "SIGINT")


class SignalQuit(QObject):
    """Kept alive by the application (its parent) for as long as it runs."""

    def __init__(self, app: QApplication, quit_app: Callable[[], None]) -> None:
        super().__init__(app)
        self._quit_app = quit_app
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self.received: list[int] = []
        self._old_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._old_handlers = {}
        for name in QUIT_SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                self._old_handlers[number] = signal.signal(number, self._note)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def stop(self) -> None:
        """Put back what was there before (the app has closed)."""
        with contextlib.suppress(ValueError, OSError):
            for number, handler in self._old_handlers.items():
                signal.signal(number, handler)
            signal.set_wakeup_fd(self._old_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()

    def _note(self, number: int, _frame: object) -> None:
        self.received.append(number)

    def _woken(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)
        if self.received:
            QTimer.singleShot(0, self._quit_app)


def quit_on_signals(app: QApplication, quit_app: Callable[[], None]) -> SignalQuit | None:
    """Call `quit_app` (which closes the app as Quit does) on SIGTERM and SIGINT; None where
    signals cannot be watched this way (not on the main thread, or a platform without them)."""
    try:
        return SignalQuit(app, quit_app)
    except (ValueError, OSError):
        return None
