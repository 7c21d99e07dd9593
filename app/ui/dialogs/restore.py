"""Restore from a backup: pick one from the list (with dates) or another file, then confirm."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n.numbers import localize
from app.domain.wording import weekday_long_day
from app.store.files.backups import Backup, folder_for, list_backups

translate = QCoreApplication.translate


def describe(backup: Backup) -> str:
    """'Thu 12 Mar 2026, 18:04 · 320 KB'."""
    size = max(1, round(backup.size / 1024))
    return f"{weekday_long_day(backup.taken_at.date())}, {backup.taken_at:%H:%M} · {localize(f'{size:,}')} KB"


class RestoreDialog(QDialog):
    """The diary's automatic backups, newest first; `chosen` is the file picked, if any."""

    def __init__(self, diary_path: Path, diary_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.chosen: Path | None = None
        self._diary_path = Path(diary_path)
        found = list_backups(diary_path, diary_id)
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. The diary as it is now is kept as a copy in "
                "the backups folder first, so nothing is lost."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for backup in found:
            item = QListWidgetItem(describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
        else:
            empty = QListWidgetItem(self.tr("No automatic backups found beside this diary."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(bool(found))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        other = QPushButton(self.tr("Another file…"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._accept_selected)
        other.clicked.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(440, 320)

    def _accept_selected(self) -> None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if data:
            self.chosen = Path(data)
            self.accept()

    def _choose_file(self) -> None:
        start = folder_for(self._diary_path)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(start if start.is_dir() else self._diary_path.parent),
            self.tr("Dosebook diary (*.dosebook *.db);;All files (*)"),
        )
        if path:
            self.chosen = Path(path)
            self.accept()


def choose_backup(parent: QWidget | None, diary_path: Path, diary_id: str | None) -> Path | None:
    """Ask which backup to restore and confirm; None when the user backs out."""
    dialog = RestoreDialog(diary_path, diary_id, parent)
    if not dialog.exec() or dialog.chosen is None:
        return None
    answer = QMessageBox.question(
        parent,
        translate("Restore", "Restore this backup?"),
        translate(
            "Restore",
            "Replace the diary {diary} with the backup {backup}?\n\nEverything written after "
            "that backup is left out of the diary; the diary as it is now is kept as a copy in "
            "{folder}.",
        ).format(diary=diary_path.name, backup=dialog.chosen.name, folder=folder_for(diary_path)),
    )
    return dialog.chosen if answer == QMessageBox.StandardButton.Yes else None


def ask_backup_passphrase(parent: QWidget | None, backup: Path, message: str = "") -> str | None:
    """The passphrase the backup was made under (it may be an older one)."""
    text = translate("Restore", "Type the passphrase for the backup {name}.").format(
        name=backup.name
    )
    if message:
        text = f"{message}\n\n{text}"
    passphrase, ok = QInputDialog.getText(
        parent, translate("Restore", "Backup passphrase"), text, QLineEdit.EchoMode.Password
    )
    return passphrase if ok else None


def offer_restore(parent: QWidget | None, problem: str) -> bool:
    """The diary cannot be opened: say why, and offer to restore a backup (True if chosen)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Restore", "Diary not opened"))
    box.setText(problem)
    box.setInformativeText(
        translate("Restore", "The file was not changed. You can restore a backup of it.")
    )
    restore = box.addButton(
        translate("Restore", "Restore a backup…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.clickedButton() is restore
