"""Start the GUI: find or create the diary, unlock it, and show the main window."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.access import create_demo, create_diary, open_remembered, unlock_diary
from app.domain.errors import UserError
from app.paths import resource_path
from app.store.diary import Diary
from app.store.errors import NotADiary, ReadFailed
from app.ui import crash
from app.ui.startup_trace import milestone
from app.vault import keychain

APP_NAME = "Dosebook"
APP_ID = "org.dosebook.Dosebook"
DIARY_SUFFIX = ".dosebook"


def tr(text: str) -> str:
    return QCoreApplication.translate("Launch", text)


def default_diary_path() -> Path:
    """The diary in the platform's user data folder (e.g. ~/.local/share/Dosebook on Linux)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / f"diary{DIARY_SUFFIX}"


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    # No applicationDisplayName: Qt would append it to every window title ("Dosebook — diary —
    # Dosebook" under X11), and the titles already name the app.
    # Wayland and the docks match the window to packaging/linux/org.dosebook.Dosebook.desktop.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "dosebook.svg"))))
    from app.ui.style import apply_style

    apply_style(app)
    return app


def create_diary_interactively(path: Path) -> Diary | None:
    from app.ui.dialogs.passphrase import CreateDiaryDialog

    dialog = CreateDiaryDialog(str(path), keychain.can_remember())
    if not dialog.exec():
        return None
    diary = create_diary(path, dialog.passphrase())
    if dialog.remember.isChecked():
        keychain.remember(diary.key_material)
    return diary


def unlock_interactively(path: Path) -> Diary | None:
    """Open with the remembered key, else ask for the passphrase until it fits or the user quits."""
    remembered = open_remembered(path)
    if remembered is not None:
        return remembered
    from app.ui.dialogs.passphrase import UnlockDialog

    opened: list[Diary] = []

    def attempt(passphrase: str, remember: bool) -> str | None:
        try:
            diary = unlock_diary(path, passphrase)
        except UserError as err:
            return str(err)
        if remember:
            keychain.remember(diary.key_material)
        opened.append(diary)
        return None

    dialog = UnlockDialog(path.name, attempt, keychain.can_remember())
    dialog.exec()
    return opened[0] if opened else None


class Controller:
    """Owns the open diary and its window; switches diaries on request."""

    def __init__(self) -> None:
        from app.ui.safekeeping import Safekeeping

        self.window = None
        self.diary: Diary | None = None
        self.demo_dir: Path | None = None
        self.safe = Safekeeping(self)  # lock, automatic backups, restore

    def show(self, diary: Diary, is_demo: bool = False) -> None:
        from app.ui.main_window import MainWindow

        old_window, old_diary = self.window, self.diary
        self.diary = diary
        self.window = MainWindow(diary, is_demo=is_demo)
        self.window.new_diary_requested.connect(self.new_diary)
        self.window.open_diary_requested.connect(self.open_path)
        if old_diary is not None:
            self.safe.close_diary(old_diary)
        self.safe.attach(self.window, diary, is_demo)
        self.window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()

    def new_diary(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            tr("New diary"),
            str(default_diary_path().parent),
            f"Dosebook diary (*{DIARY_SUFFIX})",
        )
        if not path:
            return
        target = Path(path)
        if target.suffix != DIARY_SUFFIX:
            target = target.with_suffix(DIARY_SUFFIX)
        try:
            diary = create_diary_interactively(target)
        except UserError as err:
            QMessageBox.warning(self.window, tr("Diary not created"), str(err))
            return
        if diary is not None:
            self.show(diary)

    def open_path(self, path: Path) -> None:
        try:
            diary = unlock_interactively(Path(path))
        except (NotADiary, ReadFailed) as err:
            diary = self.safe.recover(Path(path), str(err), self.window)
        except UserError as err:
            QMessageBox.warning(self.window, tr("Diary not opened"), str(err))
            return
        if diary is not None:
            self.show(diary)

    def close(self) -> None:
        self.safe.close_diary(self.diary)
        self.diary = None
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)


def open_demo(controller: Controller) -> Diary:
    controller.demo_dir = Path(tempfile.mkdtemp(prefix="dosebook-demo-"))
    return create_demo(controller.demo_dir / f"demo{DIARY_SUFFIX}")


QUIT_AFTER_ENV = "DOSEBOOK_QUIT_AFTER_MS"


def close_after_env_delay() -> None:
    """With DOSEBOOK_QUIT_AFTER_MS=N, close every window (dialogs too) after N ms.

    For smoke tests of a built bundle and start-up timing: the app runs as usual, then quits
    the way a user closing it would.
    """
    delay = os.environ.get(QUIT_AFTER_ENV, "")
    if delay.isdigit():
        QTimer.singleShot(int(delay), QApplication.closeAllWindows)


def run_gui(diary_path: Path | None = None, demo: bool = False) -> int:
    app = make_app()
    close_after_env_delay()
    controller = Controller()
    crash.install(lambda: controller.window)
    try:
        if demo:
            diary = open_demo(controller)
        else:
            path = Path(diary_path) if diary_path else default_diary_path()
            try:
                diary = (
                    unlock_interactively(path)
                    if path.exists()
                    else create_diary_interactively(path)
                )
            except (NotADiary, ReadFailed) as err:
                diary = controller.safe.recover(path, str(err))
        if diary is None:
            return 0
        controller.show(diary, is_demo=demo)
        # the window and its data are built together; both are on screen after the first paint
        QTimer.singleShot(0, lambda: (milestone("window-shown"), milestone("data-shown")))
        return app.exec()
    except UserError as err:
        QMessageBox.critical(None, tr("Dosebook"), str(err))
        return 1
    finally:
        controller.close()
