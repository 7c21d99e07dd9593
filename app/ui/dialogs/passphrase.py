"""The first-run 'create your diary' dialog and the unlock dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import UserError
from app.store.files.inputs import MAX_PASSPHRASE_BYTES
from app.ui.dialogs.pacing import AttemptPacer
from app.ui.style import set_status
from app.vault.passphrase import MIN_LENGTH, check_new_passphrase, lost_passphrase_warning

translate = QCoreApplication.translate


def _password_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setMaxLength(MAX_PASSPHRASE_BYTES)  # in characters; the unlock counts bytes too
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(280)
    return field


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorText")
    label.setWordWrap(True)
    set_status(label, "error")
    label.hide()
    return label


def _show_error(dialog: QDialog, label: QLabel, message: str) -> None:
    """Show the message and let the dialog grow for it, so no other text is cut short."""
    label.setText(message)
    label.show()
    dialog.adjustSize()


def _remember_box(can_remember: bool) -> tuple[QCheckBox, QLabel | None]:
    """The "Remember on this computer" box, and when it cannot be ticked, why, in plain sight."""
    box = QCheckBox(translate("Passphrase", "Remember on this computer (in the system keyring)"))
    box.setEnabled(can_remember)
    if can_remember:
        return box, None
    why = translate(
        "Passphrase",
        "No secure keyring was found, so Dosebook asks for the passphrase at every start.",
    )
    box.setToolTip(why)
    reason = QLabel(why)
    reason.setWordWrap(True)
    set_status(reason, "muted")
    box.setAccessibleDescription(why)
    return box, reason


class CreateDiaryDialog(QDialog):
    """Ask for a new passphrase twice and explain what losing it means."""

    def __init__(self, where: str, can_remember: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create your diary"))
        intro = QLabel(
            self.tr(
                "<b>Welcome to Dosebook.</b><br>Your diary is kept in one encrypted file on "
                "this computer:<br><code>{where}</code><br>Nothing is ever sent anywhere."
            ).format(where=where)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        warning = QLabel(lost_passphrase_warning())
        warning.setWordWrap(True)
        warning.setObjectName("lostPassphraseWarning")
        self.first = _password_field(self.tr("at least {n} characters").format(n=MIN_LENGTH))
        self.second = _password_field(self.tr("the same again"))
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        self.remember, remember_reason = _remember_box(can_remember)
        self.remember.setChecked(can_remember)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("Repeat:"), self.second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create diary"))
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, warning):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        if remember_reason is not None:
            layout.addWidget(remember_reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def passphrase(self) -> str:
        return self.first.text()

    def _try_accept(self) -> None:
        try:
            check_new_passphrase(self.first.text(), self.second.text())
        except UserError as err:
            _show_error(self, self.error, str(err))
            self.second.clear()
            self.first.setFocus()
            return
        self.accept()


class UnlockDialog(QDialog):
    """Ask for the passphrase; `try_unlock(passphrase)` returns an error message or None."""

    def __init__(
        self,
        name: str,
        try_unlock: Callable[[str, bool], str | None],
        can_remember: bool,
        parent: QWidget | None = None,
        note: str = "",
    ) -> None:
        """`note`: one line shown above the field (the keyring did not answer, say)."""
        super().__init__(parent)
        self._try_unlock = try_unlock
        self.setWindowTitle(self.tr("Unlock diary"))
        label = QLabel(self.tr("Type the passphrase for <b>{name}</b>.").format(name=name))
        label.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel(note)
        self.note.setObjectName("unlockNote")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.field = _password_field(self.tr("passphrase"))
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.remember, remember_reason = _remember_box(can_remember)
        self.error = _error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.unlock_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("Unlock"))
        buttons.accepted.connect(self._attempt)
        buttons.rejected.connect(self.reject)
        self.pacer = AttemptPacer([self.field, self.unlock_button], self.error, self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.note)
        layout.addWidget(self.field)
        layout.addWidget(self.remember)
        if remember_reason is not None:
            layout.addWidget(remember_reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def _attempt(self) -> None:
        if self.pacer.waiting:
            return
        message = self._try_unlock(self.field.text(), self.remember.isChecked())
        if message is None:
            self.pacer.succeeded()
            self.field.clear()
            self.accept()
            return
        self.pacer.failed(message)
        self.adjustSize()  # room for the message: nothing else is cut short
        self.field.selectAll()
        self.field.setFocus()
