"""Settings → Change passphrase…: the current one first, the new one twice. The diary is
re-encrypted (PRAGMA rekey) and a remembered key replaced; backups keep their old passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.store.diary import Diary
from app.ui.person.fields import FormDialog
from app.ui.person.texts import translate
from app.vault.passphrase import MIN_LENGTH, check_new_passphrase

BACKUPS_NOTE = QT_TRANSLATE_NOOP(
    "Person",
    "Backups made before this change still open only with the old passphrase. Keep the old passphrase with them, or make a new backup afterwards.",
)


def _secret(name: str, placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(280)
    return field


class ChangePassphraseDialog(FormDialog):
    """Save re-encrypts the diary; a wrong current passphrase changes nothing."""

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(self.save_form, parent)
        self.diary = diary
        self.setWindowTitle(translate("Person", "Change passphrase"))
        self.current = _secret(translate("Person", "Current passphrase"))
        self.new = _secret(
            translate("Person", "New passphrase"),
            translate("Person", "at least {n} characters").format(n=MIN_LENGTH),
        )
        self.repeat = _secret(
            translate("Person", "Repeat the new passphrase"), translate("Person", "the same again")
        )
        note = QLabel(translate("Person", BACKUPS_NOTE))
        note.setWordWrap(True)
        note.setObjectName("backupsNote")
        lost = QLabel(
            translate(
                "Person", "If you forget the new passphrase, the diary cannot be opened again."
            )
        )
        lost.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("Person", "&Current passphrase:"), self.current)
        form.addRow(translate("Person", "&New passphrase:"), self.new)
        form.addRow(translate("Person", "&Repeat:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(lost)
        layout.addWidget(self.error)
        layout.addWidget(self.save_buttons())
        self.setMinimumWidth(460)

    def save_form(self) -> None:
        from app.access import change_passphrase

        check_new_passphrase(self.new.text(), self.repeat.text())
        change_passphrase(self.diary, self.new.text(), current=self.current.text())

    def show_error(self, message: str) -> None:
        super().show_error(message)
        self.current.setFocus()
        self.current.selectAll()
