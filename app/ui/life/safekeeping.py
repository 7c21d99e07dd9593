"""Keeping the open diary safe: lock (Ctrl+L and when away), automatic backups, restore.

The launcher's Controller owns one of these; the main window only emits requests and swaps its
central widget (`show_locked`, `set_diary`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.access import (
    KeyHold,
    restore_backup,
    restore_holding,
    restore_with_remembered_key,
    unlock_diary,
)
from app.domain.errors import UserError
from app.store.changes import Change
from app.store.diary import Diary
from app.store.errors import WrongPassphrase
from app.store.files import backups
from app.ui.actions import run_action
from app.ui.dialogs.restore import ask_backup_passphrase, choose_backup, offer_restore
from app.ui.life.lock import IdleLockDialog, IdleWatcher, LockScreen, close_dialogs
from app.vault.idle import SETTING_ENABLED, SETTING_MINUTES, IdlePolicy

if TYPE_CHECKING:
    from app.ui.life.launch import Controller
    from app.ui.main_window import MainWindow

translate = QCoreApplication.translate

DAILY_CHECK_MS = 60 * 60 * 1000  # a diary left open for days still gets its daily backup


def idle_policy(diary: Diary) -> IdlePolicy:
    return IdlePolicy.from_settings(diary.setting(SETTING_ENABLED), diary.setting(SETTING_MINUTES))


class Safekeeping(QObject):
    """Lock, idle lock, automatic backups and restore for the controller's open diary."""

    def __init__(self, controller: Controller) -> None:
        super().__init__()
        self.controller = controller
        self.is_demo = False
        self.locked_path: Path | None = None
        self._changed = False
        self.watcher = IdleWatcher(IdlePolicy(), self)
        self.watcher.idle.connect(self.lock)
        self._daily = QTimer(self)
        self._daily.setInterval(DAILY_CHECK_MS)
        self._daily.timeout.connect(self._daily_backup)

    @property
    def window(self) -> MainWindow | None:
        return self.controller.window

    def attach(self, window: MainWindow, diary: Diary, is_demo: bool) -> None:
        """Start looking after `diary`, shown in `window`."""
        self.is_demo = is_demo
        self.locked_path = None
        window.lock_requested.connect(self.lock)
        window.restore_requested.connect(self.restore)
        window.idle_lock_settings_requested.connect(self.edit_idle_policy)
        self._watch(diary)
        self._daily.start()

    def _watch(self, diary: Diary) -> None:
        self._changed = False
        diary.subscribe(self._note_change)
        self.watcher.set_policy(idle_policy(diary))

    def _note_change(self, _changes: Change) -> None:
        self._changed = True

    # ----- backups ---------------------------------------------------------------------------

    def close_diary(self, diary: Diary | None) -> None:
        """Back up if due (never the demo, nor a read-only diary, which cannot have changed),
        then close: connections and key are gone."""
        if diary is None or not diary.is_open:
            return
        diary.unsubscribe(self._note_change)
        if not self.is_demo and not diary.read_only:
            try:
                backups.backup_if_due(diary, changed=self._changed)
            except UserError as err:
                QMessageBox.warning(
                    self.window,
                    translate("Safekeeping", "Backup not written"),
                    translate("Safekeeping", "Today's backup: {err}").format(err=err),
                )
        diary.close()

    def _daily_backup(self) -> None:
        diary = self.controller.diary
        if self.is_demo or diary is None or not diary.is_open or diary.read_only:
            return
        done = run_action(
            lambda: backups.backup_if_due(diary, changed=False),
            self.window,
            translate("Safekeeping", "Backup not written"),
        )
        if done.ok and done.value is not None:
            self._changed = False

    # ----- lock ------------------------------------------------------------------------------

    def lock(self) -> None:
        """Hide every view, close the diary (its key goes with it); the passphrase reopens it."""
        diary, window = self.controller.diary, self.window
        if diary is None or window is None or self.locked_path is not None:
            return
        close_dialogs()
        self.locked_path = diary.path
        window.show_locked(LockScreen(diary.path.name, self._try_unlock))
        self.close_diary(diary)
        self.controller.diary = None

    def _try_unlock(self, passphrase: str) -> str | None:
        if self.locked_path is None or self.window is None:
            return None
        try:
            diary = unlock_diary(self.locked_path, passphrase)
        except UserError as err:
            return str(err)
        self.locked_path = None
        self.controller.diary = diary
        self.window.set_diary(diary)
        self._watch(diary)
        return None

    def edit_idle_policy(self) -> None:
        diary = self.controller.diary
        if diary is None:
            return
        dialog = IdleLockDialog(idle_policy(diary), self.window)
        if not dialog.exec():
            return
        policy = dialog.policy()
        for key, value in policy.as_settings().items():
            diary.set_setting(key, value)
        self.watcher.set_policy(policy)

    # ----- restore ---------------------------------------------------------------------------

    def restore(self) -> None:
        """File → Restore from backup…: pick, confirm, keep a copy, put the backup in place."""
        diary, window = self.controller.diary, self.window
        if diary is None or window is None:
            return
        backup = choose_backup(window, diary.path, diary.diary_id)
        if backup is None:
            return
        path, hold = diary.path, KeyHold.of(diary)
        self.close_diary(diary)
        self.controller.diary = None
        try:
            result = restore_holding(hold, backup)
        except WrongPassphrase:
            result = self._restore_asking(
                path,
                backup,
                window,
                translate("Safekeeping", "This backup was made under another passphrase."),
            )
        except UserError as err:
            QMessageBox.warning(window, translate("Safekeeping", "Backup not restored"), str(err))
            result = None
        restored = result.diary if result is not None else hold.open()
        self.controller.diary = restored
        window.set_diary(restored)
        self._watch(restored)
        if result is not None:
            self._say_restored(window, backup, result.kept_copy)

    def _restore_asking(  # noqa: ANN202
        self, path: Path, backup: Path, parent: QWidget | None, message: str = ""
    ):
        """Restore with a passphrase typed for the backup; None if the user gives up."""
        while True:
            passphrase = ask_backup_passphrase(parent, backup, message)
            if passphrase is None:
                return None
            try:
                return restore_backup(path, backup, passphrase)
            except UserError as err:
                message = str(err)

    def _say_restored(self, parent: QWidget | None, backup: Path, kept: Path | None) -> None:
        text = translate("Safekeeping", "The diary now holds the backup {name}.").format(
            name=backup.name
        )
        if kept is not None:
            text += " " + translate(
                "Safekeeping", "The diary as it was before is kept at {path}."
            ).format(path=kept)
        QMessageBox.information(parent, translate("Safekeeping", "Backup restored"), text)

    def recover(self, path: Path, problem: str, parent: QWidget | None = None) -> Diary | None:
        """The diary at `path` cannot be opened: offer to restore one of its backups."""
        while offer_restore(parent, problem):
            backup = choose_backup(parent, path, None)
            if backup is None:
                continue
            try:
                try:
                    result = restore_with_remembered_key(path, backup)
                except WrongPassphrase:
                    result = None
                if result is None:
                    result = self._restore_asking(path, backup, parent)
            except UserError as err:
                problem = str(err)
                continue
            if result is not None:
                self._say_restored(parent, backup, result.kept_copy)
                return result.diary
        return None
