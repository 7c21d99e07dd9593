"""The main window on a demo diary: tabs with rows, the banner strip, only geometry in QSettings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.access import create_demo
from app.ui.main_window import GEOMETRY_KEY, MainWindow


@pytest.fixture
def demo_window(qtbot, tmp_path: Path):
    diary = create_demo(tmp_path / "demo.dosebook", date(2026, 11, 24))
    window = MainWindow(diary, is_demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    diary.close()


def test_tabs_show_the_demo_rows(demo_window: MainWindow) -> None:
    titles = [demo_window.tabs.tabText(i) for i in range(demo_window.tabs.count())]
    assert titles == ["Injections", "Diary", "Labs", "Care"]
    assert demo_window.tab(0).header.next_label.text().startswith("Next:")
    assert len(demo_window.tab(1).history.shown_days()) > 300
    assert demo_window.tab(2).results.topLevelItemCount() == 4  # the demo's four panels


def test_tabs_other_than_the_first_are_built_when_opened(demo_window: MainWindow) -> None:
    from app.ui.labs import LabsTab

    assert not isinstance(demo_window.tabs.widget(2), LabsTab)
    demo_window.tabs.setCurrentIndex(2)
    assert isinstance(demo_window.tabs.widget(2), LabsTab)
    assert demo_window.tabs.currentIndex() == 2


def test_demo_banner_says_the_data_is_made_up(demo_window: MainWindow) -> None:
    assert demo_window.banners.isVisible()
    texts = [b.view.title for b in demo_window.banners.banners]
    assert any("demo" in t for t in texts)


def test_only_window_geometry_goes_into_qsettings(demo_window: MainWindow) -> None:
    demo_window.close()
    settings = QSettings()
    assert settings.allKeys() == [GEOMETRY_KEY]
    path = Path(settings.fileName())
    if path.exists():
        text = path.read_bytes()
        assert b"Sam Demo" not in text and b"Thymosin" not in text


def test_a_write_refreshes_the_tabs(demo_window: MainWindow, qtbot) -> None:
    from app.domain.records import DiaryEntry

    diary = demo_window.diary
    day = date(2020, 1, 1)
    diary.save_entry(DiaryEntry(day=day, energy=3, notes="far in the past"))
    assert day in demo_window.tab(1).history.shown_days()


def test_a_tab_off_screen_catches_up_when_shown(demo_window: MainWindow) -> None:
    from app.domain.records import DiaryEntry

    demo_window.tabs.setCurrentIndex(1)  # the Diary tab is built...
    demo_window.tabs.setCurrentIndex(0)  # ...then left for the Injections tab
    day = date(2020, 1, 2)
    demo_window.diary.save_entry(DiaryEntry(day=day, energy=4, notes="logged elsewhere"))
    demo_window.tabs.setCurrentIndex(1)  # what a click on the tab does
    assert day in demo_window.tabs.widget(1).history.shown_days()


def test_backup_and_export_are_offered_in_the_documents_folder(
    demo_window: MainWindow, monkeypatch, quiet_boxes
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from app.ui.screens import documents_folder

    offered: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **_: (offered.append(args[2]), ("", ""))[1]
    )
    from PySide6.QtGui import QAction

    actions = {a.text(): a for a in demo_window.findChildren(QAction)}
    actions["&Back up…"].trigger()  # as File → Back up… does
    actions["&Export…"].trigger()
    assert [Path(p).parent for p in offered] == [documents_folder()] * 2
    assert not any(".local" in p for p in offered)  # not the hidden data folder


def test_the_first_window_fits_a_small_screen(qtbot, tmp_path: Path) -> None:
    from app.ui.screens import available_size

    diary = create_demo(tmp_path / "small.dosebook", date(2026, 11, 24))
    QSettings().remove(GEOMETRY_KEY)
    window = MainWindow(diary, is_demo=True)
    qtbot.addWidget(window)
    room = available_size(window)
    assert window.width() <= room.width() and window.height() <= room.height()
    diary.close()


def test_the_window_fits_a_short_screen_the_injections_page_scrolls(qtbot, tmp_path: Path) -> None:
    """1366×768 at 125 % leaves about 550 px under a panel and the title bar: the window must
    be able to be that short (the Injections page scrolls), or its bottom is off the screen."""
    diary = create_demo(tmp_path / "short.dosebook", date(2026, 11, 24))
    window = MainWindow(diary, is_demo=True)
    qtbot.addWidget(window)
    window.show()
    assert window.minimumSizeHint().height() <= 550
    diary.close()
