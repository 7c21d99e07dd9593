"""Words in the person's language, for the layers without Qt (domain, rules, store, the command
line): the same compiled catalogues (resources/translations/dosebook_<lang>.qm, built from the
.ts files) that the windows load into Qt.

One language is active per process, chosen once at start (the GUI: app/ui/language.py; the
command line: app/cli/main.py) from the diary's setting or the system. English is the source
language: without a catalogue every text is shown as written.

Write a translatable text as `translate("Context", "Text {name}").format(name=...)` with a
literal context and text, so `pyside6-lupdate` finds it (tools/translations.py).
"""

from __future__ import annotations

from pathlib import Path

from app.domain.i18n.choice import LANGUAGES, SOURCE_LANGUAGE, choose_language, language_for
from app.domain.i18n.qm import Catalogue, QmError, read_qm

__all__ = [
    "QT_TRANSLATE_NOOP",
    "LANGUAGES",
    "SOURCE_LANGUAGE",
    "choose_language",
    "current_language",
    "language_for",
    "read_qm",
    "translate",
    "use_catalogue",
    "use_language",
]

_active: Catalogue = Catalogue(language=SOURCE_LANGUAGE)
_code = SOURCE_LANGUAGE


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the active language (QCoreApplication.translate's arguments and behaviour:
    a plural form chosen by `n`, and "%n" replaced by it)."""
    text = _active.lookup(context, source, disambiguation or "", n)
    if text is None:
        text = source
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks `source` for pyside6-lupdate under `context` and returns it as is: for a text kept in
    a table and translated where it is shown, `translate(context, text)`."""
    return source


def current_language() -> str:
    """The code of the active language: "en", "de", "zh_CN" (or "pseudo" in tests)."""
    return _code


def catalogue_path(code: str, folder: Path | None = None) -> Path:
    """Where the compiled catalogue of `code` is: resources/translations/dosebook_<code>.qm."""
    if folder is None:
        from app.paths import translations_dir

        folder = translations_dir()
    return folder / f"dosebook_{code}.qm"


def use_catalogue(catalogue: Catalogue, code: str) -> None:
    """Make `catalogue` the active one (the pseudo-locale of the tests uses this)."""
    global _active, _code
    _active, _code = catalogue, code


def use_language(code: str, folder: Path | None = None) -> bool:
    """Speak `code` from now on; False (and English) when its catalogue is missing or unreadable."""
    if code not in LANGUAGES:
        code = SOURCE_LANGUAGE
    if code == SOURCE_LANGUAGE:
        use_catalogue(Catalogue(language=code), code)
        return True
    try:
        catalogue = read_qm(catalogue_path(code, folder))
    except (OSError, QmError):
        # Half a language (German numbers around English words) would be worse than English.
        use_catalogue(Catalogue(language=SOURCE_LANGUAGE), SOURCE_LANGUAGE)
        return code == SOURCE_LANGUAGE
    use_catalogue(catalogue, code)
    return True
