"""Start the GUI: find or create the diary, unlock it, and show the main window."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.errors import UserError
from app.paths import APP_NAME, DIARY_SUFFIX, default_diary_path, resource_path
from app.store.errors import NotADiary, ReadFailed
from app.ui.life import crash
from app.ui.life.handover import bring_forward
from app.ui.life.signals import quit_on_signals
from app.ui.life.startup_trace import milestone
from app.ui.life.unlock import create_diary_interactively, unlock_interactively

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from app.access.keys import KeyHold
    from app.store.diary import Diary
    from app.ui.life.handover import DiaryClaim
    from app.ui.life.safekeeping import Safekeeping
    from app.ui.life.startup import StartupLoader, StartupPreview
    from app.ui.life.tray import TrayLife
    from app.ui.main_window import MainWindow
    from app.vault.prefetch import KeyPrefetch

# Start-up shows the window first and opens the diary behind it (app/ui/life/startup.py); the store,
# the keyring and the tabs are imported where they are first needed, never at the top of this file.

APP_ID = "org.dosebook.Dosebook"


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    # No applicationDisplayName: Qt would append it to every window title ("Dosebook — diary —
    # Dosebook" under X11), and the titles already name the app.
    # Wayland and the docks match the window to packaging/linux/org.dosebook.Dosebook.desktop.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "dosebook.svg"))))
    from app.ui.language import install_language, remembered_choice
    from app.ui.style import apply_theme

    install_language(remembered_choice())
    apply_theme(app)  # light or dark as the desktop says, unless chosen in Settings
    return app


class Controller:
    """Owns the open diary and its window; switches diaries on request."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.diary: Diary | None = None
        self.demo_dir: Path | None = None
        self.loader: StartupLoader | None = None
        self.warming = False  # the other tabs and the charts are being built
        self.opening = False  # start-up's full open, until the diary is on screen
        self.closed = False
        self._safe: Safekeeping | None = None
        self.tray: TrayLife | None = None
        self.claim: DiaryClaim | None = None  # the lock on the diary shown (app/ui/life/handover)
        self.handed_over = False  # another window had the diary and was asked to come forward

    @property
    def safe(self) -> Safekeeping:
        """Lock, automatic backups, restore: made when first needed (it loads the store)."""
        if self._safe is None:
            from app.ui.life.safekeeping import Safekeeping

            self._safe = Safekeeping(self)
        return self._safe

    def show(
        self,
        diary: Diary,
        is_demo: bool = False,
        hidden: bool = False,
        claim: DiaryClaim | None = None,
    ) -> None:
        """Show `diary` in the main window (`hidden`: in the tray only, as at login); `claim` is
        its lock when it is another diary than before."""
        from app.ui.language import follow_diary
        from app.ui.main_window import MainWindow

        if not is_demo:
            follow_diary(diary)

        if self.window is not None and self.window.diary is None:  # start-up's window, waiting
            self.diary = diary
            self.window.set_diary(diary, banners_now=False)  # see `_after_shown`
            self.safe.attach(self.window, diary, self.window.is_demo)
            self._remind(self.window, diary, self.window.is_demo)
            self._warm_up()
            return
        old_window, old_diary = self.window, self.diary
        self.diary = diary
        self.window = MainWindow(diary, is_demo=is_demo)
        self._connect(self.window)
        if old_diary is not None:
            self.safe.close_diary(old_diary)
        if claim is not None and claim is not self.claim:
            if self.claim is not None:
                self.claim.release()
            self.claim = claim
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
        """Once the diary is on screen: banners, the other tabs, the charts (app/ui/life/warm_up)."""
        from app.ui.life.warm_up import warm_up

        warm_up(self)

    def _connect(self, window: MainWindow) -> None:
        window.new_diary_requested.connect(self.new_diary)
        window.open_diary_requested.connect(self.open_path)

    # ----- one window per diary (app/ui/life/handover.py) ---------------------------------------

    def claim_diary(self, path: Path, quietly: bool = False) -> DiaryClaim | None:
        """Lock `path` for this window before anything is asked. None when another process has
        it: its window was asked to come forward (`handed_over`), or the person was told (or,
        `quietly`, at login: nothing is done, that process already looks after the diary)."""
        from app.ui.life.handover import claim_or_hand_over

        claim, self.handed_over = claim_or_hand_over(path, self.window, quietly)
        if claim is not None:
            claim.raise_requested.connect(self.come_forward)
        return claim

    def come_forward(self) -> None:
        """A later launch asked for this diary: show the window (from the tray, if it is there)."""
        if self.window is None and self.tray is not None:
            self.tray.open_action.trigger()
        bring_forward(self.window)

    def quit(self) -> None:
        """SIGTERM or SIGINT: as Quit does (the tray's Quit when Dosebook lives in the tray)."""
        if self.tray is not None:
            self.tray.quit()
        QApplication.closeAllWindows()

    # ----- start-up: the window first, the diary behind it ------------------------------------

    def start(
        self, path: Path, key_prefetch: KeyPrefetch | None = None, is_demo: bool = False
    ) -> None:
        """Show the window now and open the diary at `path` behind it (app/ui/life/startup.py);
        with `is_demo`, write the demo diary there first."""
        from app.ui.life.startup import StartupLoader
        from app.ui.main_window import MainWindow

        self.window = MainWindow(None, path=path, is_demo=is_demo)
        self._connect(self.window)
        self.window.show()
        self.loader = StartupLoader(path, key_prefetch, make_demo=is_demo)
        self.loader.preview_ready.connect(self._preview_ready)
        self.loader.store_ready.connect(self._open_full)
        self.loader.needs_passphrase.connect(lambda: self._ask_passphrase(path))
        self.loader.failed.connect(lambda err: self._start_failed(path, err))

        def after_first_paint() -> None:
            milestone("window-shown")
            if self.window is not None:
                # Ctrl+Q and the others work from the first moment the window can take keys (a
                # key pressed before the diary is read was lost when they came after the preview).
                self.window.set_shortcuts()
            if self.loader is not None:
                self.loader.start()

        QTimer.singleShot(0, after_first_paint)

    def _preview_ready(self, preview: StartupPreview) -> None:
        if self.window is not None:
            self.window.show_preview(preview)

        def painted() -> None:
            milestone("data-shown")
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
        self.opening = True
        try:
            self.show(diary)
        except UserError as err:  # a damaged page found while building the tabs, say
            diary.close()
            self.diary = None
            self._start_failed(path, err)

    def _ask_passphrase(self, path: Path) -> None:
        if self.window is not None:
            self.window.wait_for_passphrase()
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
            QMessageBox.critical(self.window, translate("Launch", "Dosebook"), str(err))
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
        """File → New diary… (app/ui/life/switching.py)."""
        from app.ui.life.switching import new_diary

        new_diary(self)

    def show_created(self, diary: Diary, claim: DiaryClaim | None = None) -> None:
        """Show a diary just created, then the first-run questions (app/ui/person/first_run.py)."""
        from app.ui.person.first_run import FirstRunWizard

        self.show(diary, claim=claim)
        FirstRunWizard(diary, self.window).open()

    def open_path(self, path: Path) -> None:
        """File → Open diary… (app/ui/life/switching.py)."""
        from app.ui.life.switching import open_path

        open_path(self, Path(path))

    def close(self) -> None:
        self.closed = True
        if self.tray is not None:
            self.tray.stop()
        if self.loader is not None:
            self.loader.cancel()
            self.loader.wait()  # an import or read in progress cannot be stopped half-way
        if self.diary is not None:
            self.safe.close_diary(self.diary)
        self.diary = None
        if self.claim is not None:
            self.claim.release()
            self.claim = None
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)


def start_demo(controller: Controller) -> None:
    """The window at once; the demo diary is written in a temporary folder behind it."""
    controller.demo_dir = Path(tempfile.mkdtemp(prefix="dosebook-demo-"))
    controller.start(controller.demo_dir / f"demo{DIARY_SUFFIX}", is_demo=True)


QUIT_AFTER_ENV = "DOSEBOOK_QUIT_AFTER_MS"


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
    signals = quit_on_signals(app, controller.quit)
    try:
        if demo:
            start_demo(controller)
        else:
            path = Path(diary_path) if diary_path else default_diary_path()
            # the diary's lock, before any passphrase is asked (at login: never another window)
            controller.claim = controller.claim_diary(path, quietly=in_tray)
            if controller.claim is None:
                if key_prefetch is not None:
                    key_prefetch.close()
                return 0 if controller.handed_over else 1
            QTimer.singleShot(0, controller.claim.listen)
            if in_tray and path.exists():
                controller.start_in_tray(path)
            elif path.exists():
                controller.start(path, key_prefetch)  # the window now, the diary behind it
            else:
                diary = create_diary_interactively(path)
                if diary is None:
                    return 0
                controller.show_created(diary)
        if controller.loader is None:  # opened before the window: both show with the first paint
            QTimer.singleShot(0, lambda: (milestone("window-shown"), milestone("data-shown")))
        return app.exec()
    except UserError as err:
        QMessageBox.critical(None, translate("Launch", "Dosebook"), str(err))
        return 1
    finally:
        controller.close()
        if signals is not None:
            signals.stop()
