"""The main window on a 1024×640 screen (or 2048×1280 at 200 %): it fits, and no text in the
tabs is cut short or pushed out of the window."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.access import create_demo
from app.ui.main_window import MainWindow
from tests.support.fits import each_page, page_problems

sys.path.insert(0, str(Path(__file__).parents[2] / "tools"))
from screenshot_warnings import _troubles  # noqa: E402 - the demo with five warning signs

SMALL = (1024, 640)
DAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def busy_file(tmp_path_factory: pytest.TempPathFactory):
    diary = create_demo(tmp_path_factory.mktemp("layout") / "busy.dosebook", DAY)
    _troubles(diary)
    yield diary
    diary.close()


@pytest.fixture
def window(qtbot, busy_file) -> Iterator[MainWindow]:
    win = MainWindow(busy_file, is_demo=True)
    win.warning_banners.as_of = DAY
    win.refresh_banners()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_the_window_fits_a_1024_by_640_screen_on_every_page(qtbot, window: MainWindow) -> None:
    window.warning_banners.toggle()  # five warnings unfolded, one banner each
    qtbot.wait(10)
    for page in each_page(window):
        qtbot.wait(10)
        least = window.minimumSizeHint()
        assert least.width() <= SMALL[0] and least.height() <= SMALL[1], (page, least)
    window.resize(*SMALL)
    qtbot.wait(10)
    assert window.banners.height() <= SMALL[1] // 3


def test_no_text_in_the_tabs_is_cut_short_at_1024_by_640(qtbot, window: MainWindow) -> None:
    assert page_problems(window, SMALL) == []
