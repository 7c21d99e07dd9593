"""What happens to an exception nobody caught in the GUI: a plain message, and no record leaks.

A UserError (a failed write, a value the facade refused) is shown as it is: its text was written for
the user. Anything else is a bug: the user sees a short message, and only the exception's type and
where it happened go to stderr. Never its message, arguments or local variables, which can hold
record contents (a note, a lab value). Core dumps are switched off for the same reason.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import UserError
from app.vault.process import no_core_dumps

translate = QCoreApplication.translate

ParentFinder = Callable[[], QWidget | None]


def location(tb: TracebackType | None) -> str:
    """'file.py:123 in function' of the innermost frame: enough to find the bug, nothing more."""
    frames = traceback.extract_tb(tb) if tb is not None else []
    if not frames:
        return "unknown place"
    last = frames[-1]
    return f"{Path(last.filename).name}:{last.lineno} in {last.name}"


def log_line(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    return f"dosebook: unexpected problem: {exc_type.__name__} at {location(tb)}"


class CrashHandler:
    """Installed as sys.excepthook (and threading.excepthook) while the GUI runs."""

    def __init__(self, parent: ParentFinder, stream=None) -> None:  # noqa: ANN001
        self._parent = parent
        self._stream = stream
        self._showing = False

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if isinstance(exc, UserError):
            self._show(translate("Crash", "Not done"), str(exc), critical=False)
            return
        stream = self._stream or sys.stderr
        with contextlib.suppress(Exception):
            print(log_line(exc_type, tb), file=stream, flush=True)
        self._show(
            translate("Crash", "Something went wrong"),
            translate(
                "Crash",
                "Dosebook ran into a problem it did not expect ({kind}). What you saved before is "
                "safe; the last thing you did may not have been saved. You can keep working.",
            ).format(kind=exc_type.__name__),
            critical=True,
        )

    def _show(self, title: str, text: str, critical: bool) -> None:
        if self._showing:  # a second problem while the first message is open: the log is enough
            return
        self._showing = True
        try:
            parent = self._parent()
            if critical:
                QMessageBox.critical(parent, title, text)
            else:
                QMessageBox.warning(parent, title, text)
        finally:
            self._showing = False

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        stream = self._stream or sys.stderr
        with contextlib.suppress(Exception):
            print(log_line(args.exc_type, args.exc_traceback), file=stream, flush=True)


def install(parent: ParentFinder) -> CrashHandler:
    """Route uncaught exceptions to a CrashHandler; switch core dumps off."""
    handler = CrashHandler(parent)
    sys.excepthook = handler
    threading.excepthook = handler.thread_hook
    no_core_dumps()
    return handler
