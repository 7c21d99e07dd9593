"""Start-up: the window first, then the next dose and banners, then the full diary behind them."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from app.access import create_demo, create_diary
from app.domain.keys import KeyMaterial
from app.store.files.raw import open_raw
from app.ui.dialogs.passphrase import UnlockDialog
from app.ui.injections.tab import InjectionsTab
from app.ui.life import safekeeping
from app.ui.life.launch import Controller, start_demo
from app.ui.life.startup import StartupPage
from app.vault import keychain
from tests.support.unlock_answer import answer_unlock_dialog
from tests.unit.test_migrations import diary_from_a_newer_app

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def remembered_demo(tmp_path: Path) -> Path:
    """A demo diary made today (so its warnings are live), with its key in the keyring."""
    diary = create_demo(tmp_path / "mine.dosebook")
    keychain.remember(diary.key_material)
    diary.close()
    return diary.path


def test_the_window_shows_first_then_the_next_dose_then_the_tabs(
    qtbot, remembered_demo: Path, quiet_boxes
) -> None:
    controller = Controller()
    previews: list[str] = []
    controller.start(remembered_demo)
    window = controller.window
    qtbot.addWidget(window)
    assert window.isVisible() and window.diary is None
    assert isinstance(window.tabs.widget(0), StartupPage)
    assert [window.tabs.tabText(i) for i in range(3)] == ["Injections", "Diary", "Labs"]
    export = next(a for a in window.findChildren(type(window.menuBar().actions()[0])) if
                  a.text() == "&Export…")  # fmt: skip
    assert not export.isEnabled()  # nothing can be done to a diary that is not open yet

    def preview_seen() -> None:
        page = window.tabs.widget(0)
        if isinstance(page, StartupPage) and page.header is not None:
            previews.append(page.header.next_label.text())

    controller.loader.preview_ready.connect(lambda _p: preview_seen())
    qtbot.waitUntil(lambda: window.diary is not None, timeout=20_000)
    assert previews and previews[0].startswith("Next:")
    tab = window.tabs.widget(0)
    assert isinstance(tab, InjectionsTab)
    assert tab.header.next_label.text() == previews[0]  # the same next dose, now from the diary
    assert export.isEnabled()
    assert window.windowTitle() == "Dosebook — mine"
    controller.close()


def test_the_preview_banners_are_those_of_the_open_diary(
    qtbot, remembered_demo: Path, quiet_boxes
) -> None:
    controller = Controller()
    controller.start(remembered_demo)
    window = controller.window
    qtbot.addWidget(window)
    seen: list[list[str]] = []
    controller.loader.preview_ready.connect(
        lambda _p: seen.append([b.view.title for b in window.banners.banners])
    )
    qtbot.waitUntil(lambda: window.diary is not None, timeout=20_000)
    assert seen and seen[0], "the demo has warnings to show at once"
    # the preview's banners stay while the tabs paint, then come from the open diary
    assert [b.view.title for b in window.banners.banners] == seen[0]
    qtbot.waitUntil(lambda: window.warning_banners.diary is window.diary, timeout=5_000)
    assert window.warning_banners.preview is None
    assert [b.view.title for b in window.banners.banners] == seen[0]
    controller.close()


def test_without_a_remembered_key_it_asks_over_the_window(
    qtbot, tmp_path: Path, quiet_boxes
) -> None:
    path = create_diary(tmp_path / "asks.dosebook", "correct horse battery").path
    controller = Controller()
    asked: list[UnlockDialog] = []

    answer_unlock_dialog("correct horse battery", asked)
    controller.start(path)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: controller.window.diary is not None, timeout=20_000)
    assert asked and asked[0].parent() is controller.window
    assert isinstance(controller.window.tab(0), InjectionsTab)
    controller.close()


def test_a_key_that_no_longer_fits_is_forgotten_and_the_passphrase_asked(
    qtbot, tmp_path: Path, quiet_boxes, monkeypatch
) -> None:
    path = create_diary(tmp_path / "stale.dosebook", "correct horse battery").path
    salt = path.read_bytes()[:16]
    keychain.remember(KeyMaterial(key=bytes(32), salt=salt))
    monkeypatch.setattr(UnlockDialog, "exec", lambda self: 0)  # the person cancels
    controller = Controller()
    controller.start(path)
    window = controller.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)  # cancelled: the app quits
    assert keychain.recall(salt.hex()) is None
    controller.close()


def test_a_damaged_diary_offers_a_backup_and_is_left_as_it_was(
    qtbot, tmp_path: Path, quiet_boxes, monkeypatch
) -> None:
    junk = tmp_path / "junk.dosebook"
    junk.write_bytes(b"\x17" * 5000)  # not whole pages: not a diary
    offered: list[str] = []
    monkeypatch.setattr(safekeeping, "offer_restore", lambda _p, text: offered.append(text))
    controller = Controller()
    controller.start(junk)
    window = controller.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(offered), timeout=20_000)
    assert "not a Dosebook diary, or it is damaged" in offered[0]
    assert junk.read_bytes() == b"\x17" * 5000
    qtbot.waitUntil(lambda: not window.isVisible())  # no backup chosen: the app quits
    controller.close()


def test_a_diary_from_a_newer_app_says_so(
    qtbot, tmp_path: Path, fast_key: KeyMaterial, quiet_boxes, monkeypatch
) -> None:
    path = tmp_path / "newer.dosebook"
    diary_from_a_newer_app(path, fast_key)
    keychain.remember(fast_key)
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    controller = Controller()
    controller.start(path)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: bool(exits), timeout=20_000)
    assert exits == [1]
    assert "newer" in quiet_boxes[-1][1]
    controller.close()


def test_closing_while_it_opens_closes_the_diary_too(qtbot, remembered_demo: Path) -> None:
    controller = Controller()
    controller.start(remembered_demo)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: controller.loader.isRunning(), timeout=5_000)
    controller.window.close()
    controller.close()  # waits for the loader; nothing is left open
    assert controller.loader.isFinished()
    assert controller.diary is None


def test_ctrl_q_works_before_the_diary_is_read(qtbot, remembered_demo: Path) -> None:
    """A key pressed while the diary is still being read is not lost: Quit has its shortcut as
    soon as the window is on screen, before the first data."""
    controller = Controller()
    controller.start(remembered_demo)
    window = controller.window
    qtbot.addWidget(window)
    quit_action = next(a for a in window.findChildren(QAction) if a.text() == "&Quit")
    at_first_data: list[QKeySequence] = []
    controller.loader.preview_ready.connect(lambda _p: at_first_data.append(quit_action.shortcut()))
    qtbot.waitUntil(lambda: window.diary is not None, timeout=20_000)
    assert at_first_data == [QKeySequence("Ctrl+Q")]  # on every platform, offscreen too
    assert quit_action.isEnabled()
    controller.close()


@pytest.mark.parametrize("demo", [False, True], ids=["remembered", "demo"])
def test_the_app_reaches_each_start_up_milestone_in_order(tmp_path: Path, demo: bool) -> None:
    """`python -m app --diary` end to end, the key from a keyring backend (read in a fork); and
    `--demo`, whose diary is written behind the window in the same way."""
    diary = create_demo(tmp_path / "e2e.dosebook", date(2026, 11, 24))
    key = diary.key_material.key.hex()
    diary.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOSEBOOK_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DOSEBOOK_TRACE_STARTUP="1",
        DOSEBOOK_BENCH_KEY=key,
        DOSEBOOK_QUIT_WHEN_READY="1",
        PYTHON_KEYRING_BACKEND="tests.benchmarks.env_keyring.EnvKeyring",
    )
    done = subprocess.run(
        [sys.executable, "-m", "app", *(["--demo"] if demo else ["--diary", str(diary.path)])],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    milestones = [
        line.split()[1] for line in done.stderr.splitlines() if line.startswith("dosebook-trace")
    ]
    assert done.returncode == 0, done.stderr[-2000:]
    order = ["window-shown", "data-shown", "diary-open", "tabs-built", "charts-loaded"]
    assert [m for m in milestones if m in order] == order
    # the loader and the warm-up import off the main thread: Qt must not have warned about it
    assert "thread" not in done.stderr.lower() and "QObject" not in done.stderr
    assert milestones.index("key-ready") > milestones.index("window-shown")


def test_the_demo_window_shows_before_its_diary_is_written(qtbot, quiet_boxes) -> None:
    controller = Controller()
    start_demo(controller)
    window = controller.window
    qtbot.addWidget(window)
    assert window.isVisible() and window.diary is None
    assert window.windowTitle() == "Dosebook — demo diary"
    assert [b.view.key for b in window.banners.banners] == ["demo"]
    qtbot.waitUntil(lambda: window.diary is not None, timeout=20_000)
    assert isinstance(window.tabs.widget(0), InjectionsTab)
    keys = [b.view.key for b in window.banners.banners]
    assert "demo" in keys and len(keys) > 1  # and the demo's warning signs
    assert window.diary.path.parent == controller.demo_dir
    folder = controller.demo_dir
    controller.close()
    assert not folder.exists()  # deleted when the app quits


def test_a_damaged_page_offers_a_backup_instead_of_a_stuck_window(
    qtbot, tmp_path: Path, quiet_boxes, monkeypatch
) -> None:
    diary = create_demo(tmp_path / "torn.dosebook", date(2026, 11, 24))
    keychain.remember(diary.key_material)
    conn = open_raw(diary.path, diary.key_material)
    (page,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'injection'").fetchone()
    conn.close()
    diary.close()
    with diary.path.open("r+b") as fh:  # scribble over the middle of the injections' first page
        fh.seek((page - 1) * 4096 + 2000)
        fh.write(b"\x00" * 16)
    offered: list[str] = []
    monkeypatch.setattr(safekeeping, "offer_restore", lambda _p, text: offered.append(text))
    controller = Controller()
    controller.start(diary.path)
    window = controller.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(offered), timeout=20_000)
    assert "backup" in offered[0]
    qtbot.waitUntil(lambda: not window.isVisible())  # no backup chosen: the app quits
    controller.close()


def test_once_open_the_other_tabs_are_built_while_idle(qtbot, remembered_demo: Path) -> None:
    """The first visit to the Diary or Labs tab does not wait for pyqtgraph and a build."""
    from app.ui.diary.tab import DiaryTab
    from app.ui.labs.tab import LabsTab

    controller = Controller()
    controller.start(remembered_demo)
    window = controller.window
    qtbot.addWidget(window)
    qtbot.waitUntil(
        lambda: (
            isinstance(window.tabs.widget(1), DiaryTab)
            and isinstance(window.tabs.widget(2), LabsTab)
        ),
        timeout=30_000,
    )
    assert window.tabs.currentIndex() == 0  # built behind the scenes; the user stays put
    controller.close()


LOG_A_DOSE = """
import sys
from pathlib import Path
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.access import create_demo
from app.ui.injections.tab import InjectionsTab
tab = InjectionsTab(create_demo(Path(sys.argv[1])))
tab.show()
app.processEvents()
dialog = tab.open_log_dialog()
app.processEvents()
print(dialog.isVisible(), [m for m in ("pyqtgraph", "numpy", "app.ui.diary", "app.ui.labs")
                           if m in sys.modules])
"""


def test_logging_a_dose_needs_neither_the_charts_nor_the_other_tabs(tmp_path: Path) -> None:
    """Start-up builds the Injections tab first; the charts and the other tabs load after."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", LOG_A_DOSE, str(tmp_path / "d.dosebook")],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.stdout.strip() == "True []", done.stderr[-2000:]
