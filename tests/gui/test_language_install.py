"""The windows' language: Dosebook's catalogue and Qt's own, the locale for numbers and dates,
the Chinese face, and the diary's setting remembered for the next start."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QDoubleSpinBox

from app.access import create_demo
from app.domain import i18n
from app.domain.settings import LANGUAGE_SETTING
from app.ui.language import (
    MIRROR_KEY,
    chinese_face,
    follow_diary,
    install_language,
    remembered_choice,
)


@pytest.fixture(autouse=True)
def english_after(qapp: QApplication) -> Iterator[None]:
    yield
    install_language(i18n.SOURCE_LANGUAGE)
    QSettings().remove(MIRROR_KEY)


def test_german_speaks_in_dosebooks_words_and_qts(qapp: QApplication) -> None:
    assert install_language("de") == "de"
    assert QCoreApplication.translate("Dates", "{day} {month}") == "{day}. {month}"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert i18n.current_language() == "de"  # the pure layers speak it too


def test_a_german_dose_box_takes_a_decimal_comma(qapp: QApplication) -> None:
    install_language("de")
    assert QLocale().decimalPoint() == ","
    box = QDoubleSpinBox()
    box.setDecimals(3)
    assert box.valueFromText("0,9") == pytest.approx(0.9)
    assert box.textFromValue(1.6) == "1,600"


def test_chinese_draws_with_a_simplified_chinese_face(qapp: QApplication) -> None:
    if chinese_face() is None:
        pytest.skip("no Simplified Chinese font installed (fonts-noto-cjk)")
    install_language("zh_CN")
    assert QFontInfo(QGuiApplication.font()).family() == chinese_face()
    install_language("en")
    assert QGuiApplication.font().families()[0] != chinese_face()


def test_the_diarys_language_is_remembered_for_the_next_start(
    qapp: QApplication, tmp_path: Path
) -> None:
    with create_demo(tmp_path / "d.dosebook", date(2026, 11, 24)) as diary:
        assert not follow_diary(diary)  # no setting: the system's, as now
        assert QSettings().value(MIRROR_KEY) is None  # nothing written for nothing chosen
        diary.set_setting(LANGUAGE_SETTING, "zh_CN")
        assert follow_diary(diary)  # differs from what runs: spoken from the next start
    assert remembered_choice() == "zh_CN"
    assert install_language(remembered_choice()) == "zh_CN"


def test_the_diary_form_names_a_site_reaction_in_german(qapp: QApplication, tmp_path: Path) -> None:
    from app.ui.diary.tab import DiaryTab

    today = date(2026, 11, 24)
    install_language("de")
    diary = create_demo(tmp_path / "demo.dosebook", today)
    try:
        tab = DiaryTab(diary, today=lambda: today)
        seen = diary.reactions()[-1].observed_at.date()
        text = tab._site_text(seen)
        assert text.startswith("Eingetragen: ")
        words = text.lower()
        assert not any(w in words for w in ("redness", "lump", "abdomen", "thigh", "arm")), text
        tab.deleteLater()
    finally:
        diary.close()


@pytest.mark.parametrize("code", ["de", "zh_CN"])
def test_first_run_conditions_page_keys_do_not_clash_with_next(
    qapp: QApplication, tmp_path: Path, fast_key, code: str
) -> None:
    """Alt+W is 'Weiter' in German: a field on the same page must not take it as well."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QWizard

    from app.store.diary import Diary
    from app.ui.person.first_run import FirstRunWizard

    install_language(code)
    with Diary.create_with_key(tmp_path / "w.dosebook", fast_key) as diary:
        wizard = FirstRunWizard(diary)
        wizard.show()
        wizard.next()  # the conditions page
        qapp.processEvents()

        def key(text: str) -> str | None:
            found = re.search(r"&([^&])", text.replace("&&", ""))
            return found.group(1).lower() if found else None

        page = wizard.currentPage()
        keys = [
            key(w.text()) for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)
        ]
        keys.append(key(wizard.buttonText(QWizard.WizardButton.NextButton)))
        keys = [k for k in keys if k]
        assert len(keys) == len(set(keys)), keys
        wizard.close()


def test_the_warning_rules_dialog_names_its_rules_in_german(
    qapp: QApplication, tmp_path: Path, fast_key
) -> None:
    from PySide6.QtWidgets import QGroupBox, QLabel

    from app.store.diary import Diary
    from app.ui.warnings.rules_dialog import RulesDialog

    install_language("de")
    with Diary.create_with_key(tmp_path / "r.dosebook", fast_key) as diary:
        dialog = RulesDialog(diary)
        titles = [box.title() for box in dialog.findChildren(QGroupBox)]
        assert "Leberenzyme und Bilirubin beide erhöht · Dringend" in titles, titles[:3]
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "FDA-Leitfaden" in text and "FDA guidance" not in text
        dialog.deleteLater()
