"""The pseudo-locale: every catalogue text accented and about 40 % longer (tests/support/
languages.py). Under it, a plain English word on screen is a string nobody wrapped for
translation, and a label that no longer fits is one that will clip in German."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.access import create_demo
from app.domain import i18n
from app.store.diary import Diary
from app.ui.language import install_catalogue, install_language
from tests.support.dialog_walk import Seen, dialog_buttons, ends_session, menu_actions, run_and_read
from tests.support.fits import page_problems
from tests.support.languages import PSEUDO, pseudo, pseudo_catalogue
from tests.support.text_walk import clipped, data_words, shown_texts, untranslated

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pseudo_catalogue(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def speaking_pseudo(qapp: QApplication, pseudo_qm: Path) -> Iterator[None]:
    install_catalogue(pseudo_qm, PSEUDO)
    yield
    install_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory):
    diary = create_demo(tmp_path_factory.mktemp("pseudo-demo") / "demo.dosebook", TODAY)
    yield diary.path, diary.key_material, data_words(diary.export_json())
    diary.close()


@pytest.fixture
def demo(demo_file, tmp_path: Path) -> Iterator[Diary]:
    path, key, _ = demo_file
    with Diary.open_with_key(path, key) as original:
        original.backup_to(tmp_path / "copy.dosebook")
    diary = Diary.open_with_key(tmp_path / "copy.dosebook", key)
    yield diary
    diary.close()


def test_the_pseudo_translation_keeps_placeholders_and_grows() -> None:
    text = pseudo("Taken {day} at {time} <b>late</b> &amp; %n")
    assert "{day}" in text and "{time}" in text and "<b>" in text and "&amp;" in text
    outside = text
    for kept in ("{day}", "{time}", "<b>", "</b>", "&amp;"):
        outside = outside.replace(kept, "")
    assert "%n" in text and not any(c.isascii() and c.isalpha() for c in outside.replace("%n", ""))
    assert len(pseudo("Save this day's entry")) >= 1.35 * len("Save this day's entry")


def _windows(window: QWidget) -> list[QWidget]:
    return [window, *[w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]]


def _report(found: list[str]) -> str:
    return "\n".join(sorted(set(found)))


def _main_window_texts(qtbot, demo: Diary, dialogs: bool = False) -> tuple[list, list[str]]:
    """Every tab's texts (and, with `dialogs`, those of every dialog it and the menus open)."""
    from app.ui.main_window import MainWindow

    window = MainWindow(demo, is_demo=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    shown, clips = [], []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        shown += shown_texts([window])
        clips += clipped([window])
        if dialogs:
            seen = Seen()
            for button in dialog_buttons(window.tabs.currentWidget()):
                run_and_read(button.click, seen)
            shown += seen.texts
            clips += seen.clips
    for menu in window.menuBar().findChildren(QWidget):
        shown += shown_texts([menu])
    if dialogs:
        seen = Seen()
        for action in menu_actions(window):
            if not ends_session(action):
                run_and_read(action.trigger, seen)
        shown += seen.texts
        clips += seen.clips
    return shown, clips


def test_every_text_on_the_main_window_is_translated(
    qtbot, demo: Diary, demo_file, speaking_pseudo
) -> None:
    allowed = demo_file[2]
    shown, _ = _main_window_texts(qtbot, demo, dialogs=True)
    found = [
        f"{item.where()}: {item.text[:80]!r} -> {words}"
        for item in shown
        if (words := untranslated(item.text, allowed))
    ]
    assert not found, "Not wrapped for translation:\n" + _report(found)


def test_nothing_clips_when_text_grows_on_a_1024_by_640_screen(
    qtbot, demo: Diary, speaking_pseudo
) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(demo, is_demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    problems = page_problems(window, (1024, 640))
    assert not problems, "Cut short under the pseudo-locale:\n" + _report(problems)


def test_no_dialog_clips_when_text_grows(qtbot, demo: Diary, speaking_pseudo) -> None:
    _, clips = _main_window_texts(qtbot, demo, dialogs=True)
    assert not clips, "Clipped under the pseudo-locale:\n" + _report(clips)
