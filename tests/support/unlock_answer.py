"""Answer the unlock dialog once it is up, as a person typing the passphrase would."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.dialogs.passphrase import UnlockDialog


def answer_unlock_dialog(passphrase: str, asked: list[UnlockDialog]) -> None:
    """When the unlock dialog shows, note it in `asked` and type `passphrase` into it."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(50, answer)
            return
        asked.append(dialog)
        dialog.field.setText(passphrase)
        dialog._attempt()

    QTimer.singleShot(50, answer)
