"""Start the GUI: find or create the diary, unlock it, and show the main window."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from app.domain.errors import UserError
from app.paths import APP_NAME, DIARY_SUFFIX, default_diary_path, resource_path
from app.store.errors import NotADiary, ReadFailed
from app.ui.life import crash
from app.ui.life.startup_trace import milestone

if TYPE_CHECKING:
    from app.access.keys import KeyHold
    from app.store.diary import Diary
    from app.ui.life.safekeeping import Safekeeping
    from app.ui.life.startup import StartupLoader, StartupPreview
    from app.ui.life.tray import TrayLife
    from app.ui.main_window import MainWindow
    from app.vault.prefetch import KeyPrefetch

# Start-up shows the window first and opens the diary behind it (app/ui/life/startup.py); the store,
# the keyring and the tabs are imported where they are first needed, never at the top of this file.

APP_ID = "org.dosebook.Dosebook"


def tr(text: str) -> str:
    return QCoreApplication.translate("Launch", text)


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
    from app.access import can_remember, create_diary, remember
    from app.ui.dialogs.passphrase import CreateDiaryDialog

    dialog = CreateDiaryDialog(str(path), can_remember())
    if not dialog.exec():
        return None
    diary = create_diary(path, dialog.passphrase())
    if dialog.remember.isChecked():
        remember(diary)
    return diary


def unlock_interactively(
    path: Path, try_remembered: bool = True, parent: QWidget | None = None
) -> Diary | None:
    """Open with the remembered key, else ask for the passphrase until it fits or the user quits."""
    from app.access import can_remember, open_remembered, remember, unlock_diary
    from app.ui.dialogs.passphrase import UnlockDialog

    if try_remembered:
        remembered = open_remembered(path)
        if remembered is not None:
            return remembered

    opened: list[Diary] = []

    def attempt(passphrase: str, remember_it: bool) -> str | None:
        try:
            diary = unlock_diary(path, passphrase)
        except UserError as err:
            return str(err)
        if remember_it:
            remember(diary)
        opened.append(diary)
        return None

    dialog = UnlockDialog(path.name, attempt, can_remember(), parent)
    dialog.exec()
    return opened[0] if opened else None


class Controller:
    """Owns the open diary and its window; switches diaries on request."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.diary: Diary | None = None
        self.demo_dir: Path | None = None
        self.loader: StartupLoader | None = None
        self._charts_loading = False
        self._closed = False
        self._safe: Safekeeping | None = None
        self.tray: TrayLife | None = None

    @property
    def safe(self) -> Safekeeping:
        """Lock, automatic backups, restore: made when first needed (it loads the store)."""
        if self._safe is None:
            from app.ui.life.safekeeping import Safekeeping

            self._safe = Safekeeping(self)
        return self._safe

    def show(self, diary: Diary, is_demo: bool = False, hidden: bool = False) -> None:
        """Show `diary` in the main window (`hidden`: in the tray only, as at login)."""
        from app.ui.main_window import MainWindow

        if self.window is not None and self.window.diary is None:  # start-up's window, waiting
            self.diary = diary
            self.window.set_diary(diary)
            self.safe.attach(self.window, diary, is_demo)
            self._remind(self.window, diary, is_demo)
            self._warm_up()
            return
        old_window, old_diary = self.window, self.diary
        self.diary = diary
        self.window = MainWindow(diary, is_demo=is_demo)
        self._connect(self.window)
        if old_diary is not None:
            self.safe.close_diary(old_diary)
        self.safe.attach(self.window, diary, is_demo)
        self._remind(self.window, diary, is_demo)
        if not hidden:
            self.window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        self._warm_up()

    def _remind(self, window: MainWindow | None, diary: Diary | None, is_demo: bool) -> None:
        """Reminders and the tray icon (app/ui/life/tray.py); never for the demo's made-up data."""
        if is_demo:
            return
        if self.tray is None:
            from app.ui.life.tray import TrayLife

            self.tray = TrayLife(self)
        self.tray.attach(window, diary)

    def start_in_tray(self, path: Path) -> None:
        """At login: the diary opens behind the tray icon with its remembered key; without one,
        the icon says reminders are paused and "Open Dosebook" asks for the passphrase."""
        from app.access import open_remembered
        from app.ui.life.tray import TrayLife

        diary = open_remembered(path)
        if diary is not None:
            self.show(diary, hidden=True)
            return
        self.tray = TrayLife(self)
        if not self.tray.tray_available():  # nowhere to wait: open as usual
            self.start(path)
            return
        self.tray.attach(None, None)
        self.tray.open_action.triggered.connect(lambda: self._open_from_tray(path))
        self.tray.log_action.triggered.connect(lambda: self._open_from_tray(path))

    def _open_from_tray(self, path: Path) -> None:
        if self.window is None:
            self.start(path)

    def _warm_up(self) -> None:
        """Once, a moment after a diary is shown: load the chart modules while the app is idle."""
        if not self._charts_loading:
            self._charts_loading = True
            QTimer.singleShot(WARM_UP_DELAY_MS, self._load_charts)

    def _load_charts(self) -> None:
        import importlib

        from app.ui.life.startup import CHART_MODULES

        for name in CHART_MODULES:  # about half a second, once
            importlib.import_module(name)
        milestone("charts-loaded")
        QTimer.singleShot(0, self._build_next_tab)

    def _build_next_tab(self) -> None:
        """Build the tabs not opened yet, one per turn of the event loop, on the main thread, so
        that the first visit to each is as quick as the next."""
        window = self.window
        if self._closed or window is None or not shiboken6.isValid(window):
            return
        if window.isVisible() and window.build_next_tab():
            QTimer.singleShot(0, self._build_next_tab)
        else:
            milestone("tabs-built")

    def _connect(self, window: MainWindow) -> None:
        window.new_diary_requested.connect(self.new_diary)
        window.open_diary_requested.connect(self.open_path)

    # ----- start-up: the window first, the diary behind it ------------------------------------

    def start(self, path: Path, key_prefetch: KeyPrefetch | None = None) -> None:
        """Show the window now and open the diary at `path` behind it (app/ui/life/startup.py)."""
        from app.ui.life.startup import StartupLoader
        from app.ui.main_window import MainWindow

        self.window = MainWindow(None, path=path)
        self._connect(self.window)
        self.window.show()
        self.loader = StartupLoader(path, key_prefetch)
        self.loader.preview_ready.connect(self._preview_ready)
        self.loader.store_ready.connect(self._open_full)
        self.loader.needs_passphrase.connect(lambda: self._ask_passphrase(path))
        self.loader.failed.connect(lambda err: self._start_failed(path, err))

        def after_first_paint() -> None:
            milestone("window-shown")
            if self.loader is not None:
                self.loader.start()

        QTimer.singleShot(0, after_first_paint)

    def _preview_ready(self, preview: StartupPreview) -> None:
        if self.window is not None:
            self.window.show_preview(preview)

        def painted() -> None:
            milestone("data-shown")
            if self.window is not None:
                self.window.set_shortcuts()  # Qt's enums load now, not before the preview
            if self.loader is not None:
                self.loader.preview_shown()

        QTimer.singleShot(0, painted)

    def _open_full(self, hold: KeyHold) -> None:
        """The store is loaded: open the diary here, on the main thread, and build the tabs."""
        path = hold.path
        if self.window is None or not self.window.isVisible():  # closed meanwhile
            return
        try:
            diary = hold.open()
        except Exception as err:  # noqa: BLE001 - a newer file, a damaged one, a bug: each said
            self._start_failed(path, err)
            return
        try:
            self.show(diary)
        except UserError as err:  # a damaged page found while building the tabs, say
            diary.close()
            self.diary = None
            self._start_failed(path, err)
            return
        QTimer.singleShot(0, lambda: milestone("diary-open"))

    def _ask_passphrase(self, path: Path) -> None:
        try:
            diary = unlock_interactively(path, try_remembered=False, parent=self.window)
        except (NotADiary, ReadFailed) as err:
            self._start_failed(path, err)
            return
        except UserError as err:
            self._start_failed(path, err)
            return
        self._opened_or_quit(diary)

    def _start_failed(self, path: Path, err: BaseException) -> None:
        if isinstance(err, (NotADiary, ReadFailed)):
            self._opened_or_quit(self.safe.recover(path, str(err), self.window))
        elif isinstance(err, UserError):
            QMessageBox.critical(self.window, tr("Dosebook"), str(err))
            QApplication.exit(1)
        else:  # a bug: the crash handler says so (no record text), then the app quits
            sys.excepthook(type(err), err, err.__traceback__)
            QApplication.exit(1)

    def _opened_or_quit(self, diary: Diary | None) -> None:
        if diary is None:
            if self.window is not None:
                self.window.close()  # the last window: the app quits
            return
        self.show(diary)

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
        self._closed = True
        if self.tray is not None:
            self.tray.stop()
        if self.loader is not None:
            self.loader.cancel()
            self.loader.wait()  # an import or read in progress cannot be stopped half-way
        if self.diary is not None:
            self.safe.close_diary(self.diary)
        self.diary = None
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)


def open_demo(controller: Controller) -> Diary:
    from app.access import create_demo

    controller.demo_dir = Path(tempfile.mkdtemp(prefix="dosebook-demo-"))
    return create_demo(controller.demo_dir / f"demo{DIARY_SUFFIX}")


QUIT_AFTER_ENV = "DOSEBOOK_QUIT_AFTER_MS"
WARM_UP_DELAY_MS = 1000


def close_after_env_delay() -> None:
    """With DOSEBOOK_QUIT_AFTER_MS=N, close every window (dialogs too) after N ms.

    For smoke tests of a built bundle and start-up timing: the app runs as usual, then quits
    the way a user closing it would.
    """
    delay = os.environ.get(QUIT_AFTER_ENV, "")
    if delay.isdigit():
        QTimer.singleShot(int(delay), QApplication.closeAllWindows)


def run_gui(
    diary_path: Path | None = None,
    demo: bool = False,
    key_prefetch: KeyPrefetch | None = None,
    in_tray: bool = False,
) -> int:
    """Run the app. `key_prefetch` is the keyring lookup the command line started before Qt;
    `in_tray` starts with the window hidden behind the tray icon (start at login)."""
    app = make_app()
    close_after_env_delay()
    controller = Controller()
    crash.install(lambda: controller.window)
    try:
        if demo:
            controller.show(open_demo(controller), is_demo=True)
        else:
            path = Path(diary_path) if diary_path else default_diary_path()
            if in_tray and path.exists():
                controller.start_in_tray(path)
            elif path.exists():
                controller.start(path, key_prefetch)  # the window now, the diary behind it
            else:
                diary = create_diary_interactively(path)
                if diary is None:
                    return 0
                controller.show(diary)
        if controller.loader is None:  # opened before the window: both show with the first paint
            QTimer.singleShot(0, lambda: (milestone("window-shown"), milestone("data-shown")))
        return app.exec()
    except UserError as err:
        QMessageBox.critical(None, tr("Dosebook"), str(err))
        return 1
    finally:
        controller.close()
