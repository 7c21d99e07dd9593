"""Alt-letters a keyboard user presses: within one window no two controls share one, in each
language (two that share one only move the focus between them; neither is pressed)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from app.domain import i18n
from app.store.diary import Diary
from app.ui.language import install_language

_ALT = re.compile(r"&([^&\s])")


def alt_letters(window: QWidget) -> Counter[str]:
    """The Alt-letter of every button and buddied label shown in `window`."""
    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(window)
    ]
    found = Counter()
    for text in texts:
        match = _ALT.search(text.replace("&&", ""))
        if match:
            found[match.group(1).casefold()] += 1
    return found


@pytest.fixture
def diary(tmp_path: Path, fast_key) -> Iterator[Diary]:
    d = Diary.create_with_key(tmp_path / "d.dosebook", fast_key)
    yield d
    d.close()


@pytest.fixture(params=["en", "de", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_language(request.param)
    yield request.param
    install_language(i18n.SOURCE_LANGUAGE)


def shared(window: QWidget) -> dict[str, int]:
    return {letter: n for letter, n in alt_letters(window).items() if n > 1}


def test_lab_entry_has_one_control_per_alt_letter(qtbot, diary: Diary, language: str) -> None:
    from app.ui.labs.entry_dialog import PanelEntryDialog

    dialog = PanelEntryDialog(diary)
    qtbot.addWidget(dialog)
    assert shared(dialog) == {}, language


def test_the_care_tab_has_one_control_per_alt_letter(qtbot, diary: Diary, language: str) -> None:
    from app.ui.person.care_tab import CareTab

    tab = CareTab(diary)
    qtbot.addWidget(tab)
    assert shared(tab) == {}, language
