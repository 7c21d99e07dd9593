"""Opening the diary once the window is on screen, in two steps.

1. In a QThread: the remembered key (fetched by `app.vault.prefetch`) and a quick read without
   the ORM (`app.access.quick`); the next dose and the warning banners are shown from it.
2. The same thread imports the ORM, then hands the key back: the main thread opens the `Diary`
   (every ORM and Qt object is made there) and the window builds its tabs.

The window stays responsive meanwhile: the imports and the plain reads run in the thread.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.store.changes import Change
from app.ui.life.startup_trace import milestone

if TYPE_CHECKING:
    from app.access.quick import QuickStart
    from app.domain.injection_overview import CourseOverview
    from app.rules import Evaluation
    from app.store.reading.reader import QuickReader
    from app.vault.prefetch import KeyPrefetch

translate = QCoreApplication.translate


@dataclass(frozen=True)
class StartupPreview:
    """What the first screen shows before the diary is fully open."""

    evaluation: Evaluation  # the warning banners
    rule_settings: Mapping[str, str]  # for the banners' "show data"
    overviews: list[CourseOverview]  # the next dose
    today: date


def read_preview(reader: QuickReader) -> StartupPreview:
    from app.rules import evaluate_snapshot  # loaded here, off the main thread
    from app.ui.injections.snapshot import InjectionSnapshot

    milestone("preview-imports")
    now = datetime.now(reader.timezone())
    snapshot = reader.snapshot(now=now)
    milestone("preview-read")
    evaluation = evaluate_snapshot(snapshot)
    overviews = InjectionSnapshot.read(reader).overviews(now)
    milestone("preview-built")
    return StartupPreview(evaluation, snapshot.rule_settings, overviews, now.date())


class StartupLoader(QThread):
    """Emits `preview_ready`, then `store_ready`; or `needs_passphrase`, or `failed`.

    It reads plain rows and imports modules, nothing more: the main thread opens the diary with
    the key hold `store_ready` brings (the UI never sees the key itself).
    """

    preview_ready = Signal(object)  # StartupPreview
    store_ready = Signal(object)  # an app.access KeyHold; the facade is imported
    needs_passphrase = Signal()
    failed = Signal(object)  # the exception, handled on the main thread

    def __init__(
        self, path: Path, key_prefetch: KeyPrefetch | None = None, make_demo: bool = False
    ) -> None:
        super().__init__()
        self.path = Path(path)
        self.key_prefetch = key_prefetch
        self.make_demo = make_demo  # write the demo diary at `path` first
        self._preview_shown = threading.Event()
        self._cancelled = False

    def preview_shown(self) -> None:
        """Called once the preview is on screen: loading the ORM may take the CPU now."""
        self._preview_shown.set()

    def cancel(self) -> None:
        """The window was closed: stop waiting for the keyring and do not load the store
        (a read or import under way still ends first)."""
        self._cancelled = True
        if self.key_prefetch is not None:
            self.key_prefetch.cancel()
        self._preview_shown.set()

    def run(self) -> None:
        try:
            milestone("loader-started")
            quick = self._unlock()
            milestone("key-ready")
            if self._cancelled:
                return
            if quick is None:
                self.needs_passphrase.emit()
                return
            if quick.reader is not None and self._preview(quick.reader):
                # Importing the facade holds the interpreter for a while: let the main thread
                # paint the preview first (it says so at once; the wait is a safety net).
                self._preview_shown.wait(timeout=2.0)
            if self._cancelled:
                return
            import app.store.diary  # noqa: F401 - the main thread opens it

            self.store_ready.emit(quick.hold)
        except Exception as err:  # noqa: BLE001 - handed to the main thread, which decides
            self.failed.emit(err)

    def _unlock(self) -> QuickStart | None:
        """The key and a quick reader: from the keyring, or from writing the demo."""
        if self.make_demo:
            from app.access.demo import create_demo_quickly

            return create_demo_quickly(self.path)
        from app.access.quick import open_remembered_quickly

        quick = open_remembered_quickly(self.path, self.key_prefetch)
        self.key_prefetch = None  # it handed out the key once; nothing else here keeps it
        return quick

    def _preview(self, reader: QuickReader) -> bool:
        """Emit the first look; False when it could not be read (a damaged page, say): the
        full open then reports the problem in the usual way, with a backup to restore."""
        try:
            with reader:
                preview = read_preview(reader)
        except Exception:  # noqa: BLE001 - only the preview is lost; the full open decides
            return False
        self.preview_ready.emit(preview)
        return True


class StartupPage(QWidget):
    """Stands in for the Injections tab while the diary opens: the next dose, then the rest."""

    def __init__(self, parent: QWidget | None = None, demo: bool = False) -> None:
        super().__init__(parent)
        self.header: QWidget | None = None
        self.status = QLabel(
            translate("Startup", "Writing the demo diary…")
            if demo
            else translate("Startup", "Opening your diary…")
        )
        self.status.setObjectName("startupStatus")
        centred = QHBoxLayout()  # stretches, not Qt.AlignCenter: Qt's enums load after the paint
        centred.addStretch(1)
        centred.addWidget(self.status)
        centred.addStretch(1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 8)
        self._layout.addStretch(1)
        self._layout.addLayout(centred)
        self._layout.addStretch(1)

    def refresh(self, changes: Change) -> None:
        return None

    def wait_for_passphrase(self) -> None:
        """The passphrase dialog opens over the window's middle: say what is awaited, above it."""
        self.status.setText(translate("Startup", "Waiting for the passphrase to open your diary…"))
        self._layout.setStretch(0, 0)  # up from under the dialog

    def show_preview(self, preview: StartupPreview) -> None:
        from app.ui.injections.header import InjectionHeader

        header = InjectionHeader()
        header.show_courses(preview.overviews, preview.today)
        for button in (header.log_button, header.courses_button, header.vials_button):
            button.setEnabled(False)  # they need the full diary, a moment away
        self._layout.insertWidget(0, header)
        self.header = header
        self.status.setText(translate("Startup", "Loading the calendar and the body map…"))


# Loaded on the main thread while idle once the diary is open, so that the first chart shown
# (Diary trends, Labs) does not wait for them. Never off the main thread: they use Qt, and PySide6
# sets up its types lazily; doing that from two threads at once crashed the interpreter in tests.
CHART_MODULES = ("pyqtgraph", "app.charts.lab", "app.charts.rating")
