"""The main window: banners above three tabs, the menus, and remembered geometry."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import menu_actions
from app.ui.a11y import install as install_accessibility
from app.ui.appearance import fill_appearance_menu
from app.ui.banners import BannerStrip, BannerView
from app.ui.dialogs.warning_signs_help import show_help
from app.ui.life.startup import StartupPage, StartupPreview
from app.ui.person import open_person_dialog
from app.ui.read_only import read_only_banner, read_only_title
from app.ui.screens import restore_window
from app.ui.tabs import NotYetBuilt, follow_with_keyboard, tab_factories, tab_keys

if TYPE_CHECKING:
    from app.store.changes import Change
    from app.store.diary import Diary
    from app.ui.warnings.controller import WarningBanners

GEOMETRY_KEY = "window/geometry"
FIRST_SIZE = QSize(1100, 760)  # on a screen with room for it; smaller screens get less


class MainWindow(QMainWindow):
    """One open diary. Views refresh when the diary reports what changed."""

    new_diary_requested = Signal()
    open_diary_requested = Signal(Path)
    lock_requested = Signal()
    idle_lock_settings_requested = Signal()
    restore_requested = Signal()

    def __init__(
        self,
        diary: Diary | None,
        is_demo: bool = False,
        parent: QWidget | None = None,
        path: Path | None = None,
    ) -> None:
        """With `diary` None the window shows while start-up opens the diary at `path`
        (app/ui/life/startup.py): `show_preview`, then `set_diary`."""
        super().__init__(parent)
        install_accessibility()  # the body map, calendar, ratings and charts for screen readers
        self.diary = diary
        self.path = Path(path) if path is not None else diary.path
        self.is_demo = is_demo
        self.setWindowTitle(self._title())
        self._tab_builders: dict[str, Callable[[Diary], QWidget]] = {}
        self._data_actions: list[QAction] = []  # off while locked or opening
        self._warning_banners: WarningBanners | None = None
        self._shortcuts: list[tuple[QAction, QKeySequence]] = []
        self.close_to_tray: Callable[[], bool] | None = None  # True: hide, keep reminding
        self.quit_app: Callable[[], None] | None = None  # Quit with a tray: quit, don't hide
        self._build_central()
        self._build_menus()
        self._restore_geometry()
        if diary is not None:
            self.set_shortcuts()
            self._listen(diary)
            self.refresh_banners()
        else:  # start-up calls set_shortcuts after the first paint
            for action in self._data_actions:
                action.setEnabled(False)
            self.banners.set_banners(self._demo_banner())

    def set_shortcuts(self) -> None:
        """Setting a shortcut loads all of Qt's enums (~15 ms): start-up does it after the
        first paint. Only the first call sets them."""
        for action, shortcut in self._shortcuts:
            action.setShortcut(shortcut)
        self._shortcuts.clear()

    @property
    def warning_banners(self) -> WarningBanners:
        """Made on first use: the rules module loads after the window is on screen."""
        if self._warning_banners is None:
            from app.ui.warnings.controller import WarningBanners

            self._warning_banners = WarningBanners(self.diary, self, self.refresh_banners)
        return self._warning_banners

    def show_preview(self, preview: StartupPreview) -> None:
        """Start-up's first read: the next dose and the banners, before the tabs can be built."""
        page = self.tabs.widget(0)
        if self.diary is not None or not isinstance(page, StartupPage):
            return
        self.warning_banners.preview = preview.evaluation
        self.warning_banners.preview_settings = preview.rule_settings
        page.show_preview(preview)
        self.refresh_banners()

    def wait_for_passphrase(self) -> None:
        """Start-up asks for the passphrase: the page says so instead of "Opening…"."""
        page = self.tabs.widget(0)
        if self.diary is None and isinstance(page, StartupPage):
            page.wait_for_passphrase()

    def _build_central(self) -> None:
        self.banners = BannerStrip()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banners)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)  # a lock screen in its place is deleted here
        self._build_tabs()

    # ----- lock (app/ui/life/lock.py; the launcher closes and reopens the diary) -----------------

    @property
    def is_locked(self) -> bool:
        return self.centralWidget() is not None and self.centralWidget().objectName() == (
            "lockScreen"
        )

    def show_locked(self, lock_screen: QWidget) -> None:
        """Destroy every view of the diary and show `lock_screen` instead."""
        self.diary.unsubscribe(self._on_diary_changed)
        self.setCentralWidget(lock_screen)  # the tabs and banners are deleted with it
        for action in self._data_actions:
            action.setEnabled(False)
        lock_screen.setFocus()

    def set_diary(self, diary: Diary, banners_now: bool = True) -> None:
        """Show `diary` (once opened, after an unlock or a restore): tabs and banners afresh.

        Start-up passes `banners_now=False`: the preview's banners (the same figures) stay while
        the tabs paint, and `banners_from_diary` evaluates them on the diary a moment later."""
        if self.diary is not None:
            self.diary.unsubscribe(self._on_diary_changed)
        self.diary = diary
        self.path = diary.path
        self.setWindowTitle(self._title())
        if banners_now:
            self.warning_banners.diary = diary
            self.warning_banners.preview = None
        self.set_shortcuts()
        self._build_central()
        for action in self._data_actions:
            action.setEnabled(True)
        self._listen(diary)
        self.refresh_banners()

    def banners_from_diary(self) -> None:
        """The banners evaluated on the open diary (after start-up's preview)."""
        if self.diary is None or not self.diary.is_open or self.is_locked:
            return
        if self.warning_banners.diary is self.diary:
            return  # they already are
        self.warning_banners.diary = self.diary
        self.warning_banners.preview = None
        self.refresh_banners()

    def _listen(self, diary: Diary) -> None:
        from app.ui.actions import show_refresh_problem

        diary.subscribe(self._on_diary_changed)
        diary.on_refresh_failed = show_refresh_problem(self)

    def _title(self) -> str:
        name = self.path.stem
        if self.is_demo:
            return self.tr("Dosebook — demo diary")
        read_only = self.diary is not None and self.diary.read_only
        return read_only_title(name) if read_only else f"Dosebook — {name}"

    # ----- tabs -----------------------------------------------------------------------------

    def _build_tabs(self) -> None:
        """The first tab is built now; the others when first opened (start-up stays quick).

        Until the diary is open the first tab is a `StartupPage` and no tab can be built.
        """
        self._tab_builders = dict(tab_factories())
        self._stale: dict[int, Change] = {}  # tab index -> changes not yet shown
        for index, (title, build) in enumerate(self._tab_builders.items()):
            if index == 0:
                diary = self.diary
                page = build(diary) if diary is not None else StartupPage(demo=self.is_demo)
            else:
                page = NotYetBuilt()
            self.tabs.addTab(page, title)
        follow_with_keyboard(self.tabs, self.tab)

    def tab(self, index: int) -> QWidget:
        """The tab at `index`, built first if it has not been opened yet, and brought up to date
        with the changes made while it was not on screen."""
        if self.diary is not None and isinstance(self.tabs.widget(index), NotYetBuilt):
            self._stale.pop(index, None)
            self._rebuild_tab(index)
        elif index in self._stale:
            self._refresh_tab(index, self._stale.pop(index))
        return self.tabs.widget(index)

    def build_next_tab(self) -> bool:
        """Build one tab not built yet (done while idle after start-up); False when none is left."""
        if self.diary is None or not self.diary.is_open or self.is_locked:
            return False
        for index in range(self.tabs.count()):
            if isinstance(self.tabs.widget(index), NotYetBuilt):
                self.tab(index)
                return True
        return False

    def _refresh_tab(self, index: int, changes: Change) -> None:
        refresh = getattr(self.tabs.widget(index), "refresh", None)
        if refresh is not None:
            refresh(changes)
        else:
            self._rebuild_tab(index)

    def _rebuild_tab(self, index: int) -> None:
        title = self.tabs.tabText(index)
        old = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # removing and inserting moves the current index about
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, self._tab_builders[title](self.diary), title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        old.deleteLater()

    def _on_diary_changed(self, changes: Change) -> None:
        """One notice per write: the tab on screen decides now whether it needs to reload; the
        others when they are next shown (a write stays quick however many tabs are open)."""
        current = self.tabs.currentIndex()
        for index in range(self.tabs.count()):
            if isinstance(self.tabs.widget(index), NotYetBuilt):
                continue
            if index == current:
                self._refresh_tab(index, changes)
            else:
                self._stale[index] = self._stale.get(index, changes) | changes
        self.tabs.setCurrentIndex(current)
        self.refresh_banners()

    def refresh_banners(self) -> None:
        views = self._demo_banner()
        if self.diary is not None and self.diary.read_only:
            views.append(read_only_banner())
        self.banners.set_banners(views + self.warning_banners.views())

    def _demo_banner(self) -> list[BannerView]:
        if not self.is_demo:
            return []
        return [
            BannerView(
                key="demo",
                severity="info",
                title=self.tr("This is a demo diary with made-up data."),
                body=self.tr("It lives in a temporary folder and is deleted when you quit."),
            )
        ]

    # ----- menus ----------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], None],
        shortcut: QKeySequence | None = None,
        needs_diary: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        action.triggered.connect(slot)
        if needs_diary:
            self._data_actions.append(action)
        return action

    def _build_menus(self) -> None:
        for title, go, key in tab_keys(lambda: self.tabs):  # Ctrl+1, 2, 3
            self.addAction(self._action(title, go, key))
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(
                self.tr("&New diary…"), self.new_diary_requested.emit, QKeySequence.StandardKey.New
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("&Open diary…"),
                lambda: menu_actions.choose_diary(self),
                QKeySequence.StandardKey.Open,
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Back up…"), lambda: menu_actions.backup(self)))
        file_menu.addAction(
            self._action(self.tr("&Restore from backup…"), self.restore_requested.emit)
        )
        file_menu.addAction(self._action(self.tr("&Export…"), lambda: menu_actions.export(self)))
        file_menu.addAction(self._action(self.tr("Export &calendar…"), self._export_calendar))
        file_menu.addAction(self._action(self.tr("&Import lab results…"), self._labs("import")))
        file_menu.addAction(self._action(self.tr("Export for a &doctor…"), self._labs("export")))
        file_menu.addAction(
            self._action(
                self.tr("&Print report…"), self._print_report, QKeySequence.StandardKey.Print
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Lock"), self.lock_requested.emit, QKeySequence("Ctrl+L"))
        )
        file_menu.addAction(
            self._action(self.tr("Lock when &away…"), self.idle_lock_settings_requested.emit)
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self._quit, QKeySequence("Ctrl+Q"), False)
        )
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        for text, kind in ((self.tr("&Profile…"), "profile"), (self.tr("&Settings…"), "settings")):
            settings_menu.addAction(
                self._action(text, lambda *_, k=kind: open_person_dialog(k, self))
            )
        settings_menu.addAction(self._action(self.tr("&Warning rules…"), self._warning_rules))
        settings_menu.addAction(self._action(self.tr("&Reminders…"), self._reminders))
        settings_menu.addAction(self._action(self.tr("Lab &units…"), self._labs("units")))
        fill_appearance_menu(settings_menu.addMenu(self.tr("&Appearance")))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        signs = self.tr("&Warning signs and emergencies")
        help_menu.addAction(self._action(signs, lambda: show_help(self), needs_diary=False))
        help_menu.addAction(
            self._action(
                self.tr("&About Dosebook"), lambda: menu_actions.about(self), needs_diary=False
            )
        )

    def _export_calendar(self) -> None:
        from app.ui.dialogs.reminders import export_calendar

        export_calendar(self, self.diary)

    def _reminders(self) -> None:
        from app.ui.dialogs.reminders import edit_reminders

        edit_reminders(self, self.diary, self.path)

    def _labs(self, what: str) -> Callable[[], None]:
        """Lab files and units (app/ui/labs/file_actions.py, loaded on first use)."""
        return lambda: import_module("app.ui.labs.file_actions").run(what, self, self.diary)

    def _warning_rules(self) -> None:
        from app.ui.warnings.rules_dialog import RulesDialog

        RulesDialog(self.diary, self).exec()

    def _print_report(self) -> None:
        from app.report.warnings_source import active_warnings
        from app.ui.dialogs.report import ReportDialog

        ReportDialog(self.diary, warnings=lambda: active_warnings(self.diary), parent=self).exec()

    # ----- geometry, kept in QSettings (with the colour scheme, if one was chosen) -----------

    def _restore_geometry(self) -> None:
        restore_window(self, QSettings().value(GEOMETRY_KEY), FIRST_SIZE)

    def _quit(self) -> None:
        """File → Quit ends Dosebook, tray or not; closing the window may keep it in the tray."""
        if self.quit_app is not None:
            self.quit_app()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.close_to_tray is not None and self.close_to_tray():  # app/ui/life/tray.py
            event.ignore()
            self.hide()
            return
        if self.diary is not None:
            self.diary.unsubscribe(self._on_diary_changed)
        super().closeEvent(event)
