"""The Qt-free catalogue reader (app/domain/i18n/qm.py) says what QTranslator says.

Checked on Qt's own catalogues, whose plural rules cover one to six forms, and on Dosebook's.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.domain.i18n import catalogue_path
from app.domain.i18n.qm import QmError, parse_qm, read_qm
from app.ui.language import qt_translations_dir

# Plural rules of every shape: one form (zh, ja), two (de, fr), three (ru, pl, cs, lv, hr),
# four (gd, he), six (ar).
QT_LANGUAGES = ("de", "zh_CN", "ja", "fr", "ru", "pl", "cs", "lv", "hr", "gd", "he", "ar")
NUMBERS = [*range(0, 32), 100, 101, 102, 105, 111, 112, 121, 1000, 1001, 1_000_000, 21_000]


def _qt(path: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(path))
    return translator


def _agree(path: Path, sample: int | None = None) -> int:
    catalogue = read_qm(path)
    translator = _qt(path)
    keys = list(catalogue.messages)
    if sample is not None and len(keys) > sample:
        keys = random.Random(21).sample(keys, sample)
    for context, source, comment in keys:
        forms = catalogue.messages[(context, source, comment)]
        for n in NUMBERS if len(forms) > 1 else [-1]:
            ours = catalogue.lookup(context, source, comment, n)
            theirs = translator.translate(context, source, comment or None, n)
            assert ours == theirs, (path.name, context, source, n)
    return len(keys)


@pytest.mark.parametrize("language", QT_LANGUAGES)
def test_reads_qts_own_catalogues_as_qtranslator_does(language: str) -> None:
    path = qt_translations_dir() / f"qtbase_{language}.qm"
    if not path.exists():
        pytest.skip(f"{path.name} is not in this Qt")
    assert _agree(path, sample=400) > 100


@pytest.mark.parametrize("language", ["de", "zh_CN"])
def test_reads_dosebooks_catalogues_as_qtranslator_does(language: str) -> None:
    _agree(catalogue_path(language))


def test_a_comment_without_its_own_translation_falls_back_like_qt() -> None:
    path = qt_translations_dir() / "qtbase_de.qm"
    catalogue, translator = read_qm(path), _qt(path)
    context, source, _ = next(k for k in catalogue.messages if not k[2])
    assert catalogue.lookup(context, source, "no such comment") == translator.translate(
        context, source, "no such comment"
    )
    assert catalogue.lookup(context, "no such text") is None


@pytest.mark.parametrize(
    "data",
    [b"", b"not a qm file", bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd") + b"\x69\x00\x00"],
)
def test_a_damaged_file_is_refused_not_misread(data: bytes) -> None:
    with pytest.raises(QmError):
        parse_qm(data)
