"""The catalogues: complete, faithful to their sources' placeholders and shortcuts, and shipped
(the wheel's build hook, the bundle keeping Qt's own German and Chinese)."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import translations

ROOT = Path(__file__).resolve().parents[2]
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_MNEMONIC = re.compile(r"&(?!&|[a-z]+;|#)")
_CJK = re.compile(r"[\u3400-\u9fff]")
_FILE_PATTERN = re.compile(r"\*\.\w+")  # "JSON (*.json)"


def messages(code: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message of a .ts file."""
    tree = ET.parse(translations.ts_path(code))
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message.findtext("translation")))
    return out


def _listed(entries: list[tuple[str, str]]) -> str:
    return "\n".join(f"  [{context}] {source[:100]!r}" for context, source in entries)


def test_the_catalogues_hold_every_text_of_the_code_and_seeds() -> None:
    """A text wrapped in the code (or added to a seed) but missing from the .ts would show in
    English to everyone: lupdate has not been run since."""
    problems = []
    for code, (missing, gone) in translations.out_of_date().items():
        if missing:
            problems.append(f"dosebook_{code}.ts lacks {len(missing)} text(s):\n{_listed(missing)}")
        if gone:
            problems.append(f"dosebook_{code}.ts still has {len(gone)} text(s) no longer used:\n"
                            + _listed(gone))  # fmt: skip
    assert not problems, "\n".join(problems) + "\n\n" + translations.HOW_TO


@pytest.mark.parametrize("code", translations.TARGETS)
def test_every_message_is_translated(code: str) -> None:
    todo = translations.unfinished(code)
    assert not todo, (
        f"{len(todo)} text(s) without a finished translation in dosebook_{code}.ts:\n"
        + _listed(todo)
        + "\n\n"
        + translations.HOW_TO
    )


@pytest.mark.parametrize("code", translations.TARGETS)
def test_translations_keep_the_placeholders_and_one_shortcut(code: str) -> None:
    wrong = []
    for context, source, text in messages(code):
        text = text or ""
        if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
            wrong.append((context, source, text))
        if len(_MNEMONIC.findall(source)) != len(_MNEMONIC.findall(text)):
            wrong.append((context, source, text))
    assert not wrong, wrong[:10]


def test_chinese_is_written_in_chinese() -> None:
    english = [
        (context, source, text)
        for context, source, text in messages("zh_CN")
        if re.search(r"\b[a-z]{4,}\b", _PLACEHOLDER.sub("", _FILE_PATTERN.sub("", source)))
        and not _CJK.search(text or "")
    ]
    assert not english, english[:10]


def test_the_catalogues_are_built_from_their_sources(tmp_path: Path) -> None:
    written = translations.build(tmp_path)
    assert sorted(p.name for p in written) == ["dosebook_de.qm", "dosebook_zh_CN.qm"]
    assert all(p.stat().st_size > 10_000 for p in written)


def test_the_bundle_keeps_qts_own_german_and_chinese_only() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from slim import keep
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    qt = "PySide6/Qt/translations/"
    assert keep(qt + "qtbase_de.qm") and keep(qt + "qtbase_zh_CN.qm")
    assert not keep(qt + "qtbase_fr.qm") and not keep(qt + "qt_help_de.qm")
    assert keep("resources/translations/dosebook_de.qm")
    assert not keep("resources/translations/dosebook_de.ts")


def test_the_wheel_builds_the_catalogues_first() -> None:
    hook = (ROOT / "hatch_build.py").read_text(encoding="utf-8")
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "from tools.translations import build" in hook
    assert '[tool.hatch.build.hooks.custom]\npath = "hatch_build.py"' in project
