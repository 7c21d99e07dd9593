"""Run one user action and show its problem in plain words, instead of losing it.

Every screen saves, deletes and undoes through `run_action`: a `UserError` (a value the domain
refused, a full disk, a damaged file) is shown where the person is looking, either in the dialog's
own message line (`show`) or in a message box, and the action counts as not done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import UserError

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    ok: bool
    value: T | None = None
    message: str = ""


def run_action(
    action: Callable[[], T],
    parent: QWidget | None,
    title: str = "",
    show: Callable[[str], object] | None = None,
) -> Outcome[T]:
    """Run `action`; on a UserError say why (in `show`, else a box titled `title`)."""
    try:
        return Outcome(True, action())
    except UserError as err:
        message = str(err)
        if show is not None:
            show(message)
        else:
            heading = title or QCoreApplication.translate("actions", "Not saved")
            QMessageBox.warning(parent, heading, message)
        return Outcome(False, message=message)


def show_refresh_problem(parent: QWidget | None) -> Callable[[BaseException], None]:
    """The diary's `on_refresh_failed`: the change was saved, only the screen lags behind."""

    def report(err: BaseException) -> None:
        import sys

        print(f"dosebook: a view could not refresh ({type(err).__name__})", file=sys.stderr)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("actions", "Saved, but not shown"),
            QCoreApplication.translate(
                "actions",
                "Your change was saved. The screen could not be brought up to date; switch tabs "
                "or reopen the diary to see it.",
            ),
        )

    return report
