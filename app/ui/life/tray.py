"""The tray icon: the next dose at a glance, reminders while the window is closed, "Log now".

Made once by the launcher's Controller when a diary is first shown. Closing the window keeps
Dosebook in the tray when the person said so (asked the first time); Quit in the tray's menu
ends it. Without a system tray (or on the offscreen platform) closing the window quits as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from app.domain.reminders import KEEP_IN_TRAY_SETTING
from app.paths import resource_path
from app.ui.life.notifications import LOG_NOW, DesktopNotifier
from app.ui.life.reminders import Clock, ReminderService
from app.ui.life.tray_words import when_words

if TYPE_CHECKING:
    from app.store.diary import Diary
    from app.ui.life.launch import Controller
    from app.ui.main_window import MainWindow
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


class TrayLife:
    """The tray icon and its menu, the reminder service, and the window's close-to-tray."""

    def __init__(
        self,
        controller: Controller,
        clock: Clock | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        self.controller = controller
        self.tray_available = tray_available
        self.notifier = DesktopNotifier()
        self.notifier.start()
        self.service = ReminderService(self.notifier, clock)
        self.icon = QSystemTrayIcon(QIcon(str(resource_path("icons", "dosebook.svg"))))
        self.icon.setToolTip("Dosebook")
        self.menu = QMenu()
        self.next_action = QAction(self.menu)
        self.next_action.setEnabled(False)
        self.log_action = QAction(translate("Tray", "&Log injection…"), self.menu)
        self.open_action = QAction(translate("Tray", "&Open Dosebook"), self.menu)
        self.quit_action = QAction(translate("Tray", "&Quit Dosebook"), self.menu)
        self.menu.addAction(self.next_action)
        self.menu.addSeparator()
        for action in (self.log_action, self.open_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.log_action.triggered.connect(lambda: self.log_now(None, None))
        self.open_action.triggered.connect(self.show_window)
        self.quit_action.triggered.connect(self.quit)
        self.icon.activated.connect(self._activated)
        self._balloon_key = ""
        self.notifier.fallback = self._balloon
        self.icon.messageClicked.connect(
            lambda: self.service._answer(self._balloon_key, LOG_NOW)  # noqa: SLF001
        )
        self.service.plan_changed.connect(self.update_menu)
        self.service.log_requested.connect(self.log_now)
        self.update_menu()

    # ----- the diary and the window ---------------------------------------------------------

    def attach(self, window: MainWindow | None, diary: Diary | None) -> None:
        """Look after `window` and plan reminders from `diary` (None: locked, nothing to read)."""
        if window is not None:
            window.close_to_tray = lambda: self._close_to_tray(window)
            window.quit_app = self.quit
        self.service.watch(diary)
        if self.tray_available():
            QApplication.instance().setQuitOnLastWindowClosed(False)
            self.icon.show()

    def update_menu(self) -> None:
        """The first line of the menu (and the tooltip): the next dose, or why there is none."""
        service = self.service
        upcoming = service.next_reminder()
        if service.diary is None and not service.plan:
            text = translate("Tray", "Locked — reminders paused")
        elif not service.enabled:
            text = translate("Tray", "Reminders are off")
        elif upcoming is None:
            text = translate("Tray", "No dose planned")
        else:
            today = service.now().astimezone(service.tz).date()
            moment = upcoming.due_at.astimezone(service.tz)
            text = translate("Tray", "Next dose: {when}").format(when=when_words(moment, today))
            if service.locked:
                text = translate("Tray", "Locked · next dose {when}").format(
                    when=when_words(moment, today)
                )
        self.next_action.setText(text)
        self.icon.setToolTip("Dosebook — " + text)
        locked = self.controller.diary is None
        self.log_action.setEnabled(not locked)

    def _close_to_tray(self, window: MainWindow) -> bool:
        """Called when the window is closed: True keeps Dosebook running in the tray."""
        diary = self.controller.diary
        if window is not self.controller.window or not self.tray_available():
            return False
        if diary is None or not diary.is_open:  # locked: nothing to ask, keep running
            return self.icon.isVisible()
        answer = diary.setting(KEEP_IN_TRAY_SETTING, "ask")
        if answer == "ask":
            reply = QMessageBox.question(
                window,
                translate("Tray", "Keep reminders when the window is closed?"),
                translate(
                    "Tray",
                    "Dosebook can stay in the tray after you close its window, so dose "
                    "reminders still come. Quit from the tray icon's menu. Keep it in the tray?",
                ),
            )
            answer = "yes" if reply == QMessageBox.StandardButton.Yes else "no"
            diary.set_setting(KEEP_IN_TRAY_SETTING, answer)
        if answer != "yes":
            QApplication.instance().setQuitOnLastWindowClosed(True)
            return False
        return True

    # ----- what the person does -------------------------------------------------------------

    def show_window(self) -> MainWindow | None:
        window = self.controller.window
        if window is None:
            return None
        window.showNormal()
        window.raise_()
        window.activateWindow()
        return window

    def log_now(self, protocol_id: int | None, due: datetime | None) -> None:
        """Show the window on the Injections tab with the log dialog for that course's dose."""
        window = self.show_window()
        diary = self.controller.diary
        if window is None or diary is None or window.is_locked:
            return  # the lock screen is up: the passphrase first
        window.tabs.setCurrentIndex(0)
        tab = window.tab(0)
        protocol = diary.protocol(protocol_id) if protocol_id is not None else None
        when = self.service.now() if due is not None else None
        tab.open_log_dialog(protocol, when)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def _balloon(self, key: str, title: str, body: str) -> None:
        self._balloon_key = key
        if self.icon.isVisible():
            self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information)

    def quit(self) -> None:
        QApplication.instance().setQuitOnLastWindowClosed(True)
        window = self.controller.window
        if window is not None:
            window.close_to_tray = None
            window.quit_app = None
            window.close()
        QApplication.quit()

    def stop(self) -> None:
        QApplication.instance().setQuitOnLastWindowClosed(True)
        self.icon.hide()
        self.service.watch(None)
        self.notifier.stop()
