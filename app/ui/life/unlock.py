"""Creating a diary and unlocking one in the GUI: the keyring first, else the passphrase.

A keyring that does not answer never stops the app: the passphrase is asked, with one line
saying the keyring did not answer (`app.vault.keyring_state`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import UserError

if TYPE_CHECKING:
    from app.store.diary import Diary

translate = QCoreApplication.translate


def keyring_note() -> str:
    """One line when the keyring did not answer the last time it was asked, else ''."""
    from app.access.keys import keyring_fault

    kind = keyring_fault()
    if kind is None:
        return ""
    return translate(
        "Unlock", "The system keyring did not answer ({kind}); type the passphrase."
    ).format(kind=kind)


def remember_key(diary: Diary, parent: QWidget | None) -> None:
    """Put the key in the keyring as asked; if the keyring does not answer, say so once."""
    from app.access import remember

    if remember(diary):
        return
    QMessageBox.warning(
        parent,
        translate("Unlock", "Key not remembered"),
        translate(
            "Unlock",
            "The system keyring did not answer, so the key was not remembered. "
            "Dosebook will ask for the passphrase next time.",
        ),
    )


def create_diary_interactively(path: Path, parent: QWidget | None = None) -> Diary | None:
    from app.access import can_remember, create_diary
    from app.ui.dialogs.passphrase import CreateDiaryDialog

    dialog = CreateDiaryDialog(str(path), can_remember(), parent)
    if not dialog.exec():
        return None
    diary = create_diary(path, dialog.passphrase())
    if dialog.remember.isChecked():
        remember_key(diary, parent)
    return diary


def unlock_interactively(
    path: Path, try_remembered: bool = True, parent: QWidget | None = None
) -> Diary | None:
    """Open with the remembered key, else ask for the passphrase until it fits or the user quits."""
    from app.access import can_remember, open_remembered, unlock_diary
    from app.ui.dialogs.passphrase import UnlockDialog

    if try_remembered:
        remembered = open_remembered(path)
        if remembered is not None:
            return remembered

    opened: list[Diary] = []
    remember_wanted: list[bool] = []

    def attempt(passphrase: str, remember_it: bool) -> str | None:
        try:
            diary = unlock_diary(path, passphrase)
        except UserError as err:
            return str(err)
        remember_wanted.append(remember_it)
        opened.append(diary)
        return None

    note = keyring_note()  # from the remembered-key lookup just made (here or at start-up)
    dialog = UnlockDialog(path.name, attempt, not note and can_remember(), parent, note=note)
    dialog.exec()
    if opened and remember_wanted[0]:
        remember_key(opened[0], parent)
    return opened[0] if opened else None
