"""The language of the windows, the report and Qt's own dialogs, chosen once at start.

The choice: the language picked in Settings (kept in the diary, "appearance.language", and
mirrored in QSettings so the passphrase prompt can speak it before any diary is open), else the
system's (QLocale.system().uiLanguages(), which reads LANGUAGE, LC_ALL, LC_MESSAGES and LANG).
The same catalogue then speaks for the pure layers (app.domain.i18n), and dates and numbers
follow that language's locale. A new choice takes effect at the next start: widgets built in
one language are not rebuilt in another.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from app.domain import i18n
from app.domain.i18n.choice import LANGUAGES, SYSTEM, first_shipped
from app.domain.settings import LANGUAGE_SETTING

if TYPE_CHECKING:
    from app.store.diary import Diary

MIRROR_KEY = "language"  # in QSettings: not health data, read before a diary is open
# A language's locale when the system's locale speaks another one
_LOCALES = {"en": "en_GB", "de": "de_DE", "zh_CN": "zh_CN"}
# Faces that draw Simplified Chinese with Chinese glyph shapes, most wanted first. Without one,
# fontconfig falls back to whatever Han face it finds (often the Japanese one), with taller glyphs
# than the Latin face whose metrics lay out the lines, so the report clips them.
CHINESE_FACES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
)
_installed: list[QTranslator] = []
_default_font: QFont | None = None


def remembered_choice() -> str:
    """The language picked in Settings, as mirrored in QSettings ("system" when none)."""
    value = QSettings().value(MIRROR_KEY, SYSTEM)
    return value if isinstance(value, str) and value in (SYSTEM, *LANGUAGES) else SYSTEM


def remember_choice(choice: str) -> None:
    """Mirror the diary's setting for the next start."""
    QSettings().setValue(MIRROR_KEY, choice if choice in LANGUAGES else SYSTEM)


def follow_diary(diary: Diary) -> bool:
    """Mirror the language the open diary keeps; True when it differs from the one spoken
    (it is spoken from the next start)."""
    choice = diary.setting(LANGUAGE_SETTING, SYSTEM) or SYSTEM
    if choice != remembered_choice():
        remember_choice(choice)
    wanted = choice if choice in LANGUAGES else system_language()
    return wanted != i18n.current_language()


def system_language() -> str:
    """The shipped language the system asks for first, else English."""
    return first_shipped(QLocale.system().uiLanguages())


def locale_for(code: str) -> QLocale:
    """The system's locale when it speaks `code`, else the language's own (German: de_DE)."""
    system = QLocale.system()
    if i18n.language_for(system.name()) == code or (
        code == "en" and system.language() == QLocale.Language.C
    ):
        return system
    return QLocale(_LOCALES.get(code, "en_GB"))


def qt_translations_dir() -> Path:
    """Qt's own catalogues (qtbase_de.qm ...), in the wheel or the bundle."""
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if path.is_dir():
        return path
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "translations"


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    if path.is_file() and translator.load(str(path)):
        return translator
    return None


def install_language(choice: str | None = None, folder: Path | None = None) -> str:
    """Speak `choice` ("de", "zh_CN", "en"; "system" or None: the system's) in the windows and
    the pure layers; returns the language now spoken."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    code = choice if choice in LANGUAGES else system_language()
    if not i18n.use_language(code, folder):
        code = i18n.SOURCE_LANGUAGE  # its catalogue is missing: all English, not half
        i18n.use_language(code, folder)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    paths = [i18n.catalogue_path(code, folder), qt_translations_dir() / f"qtbase_{code}.qm"]
    for path in paths:
        translator = _load(path)
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(code))
    use_faces_for(code)
    return code


def chinese_face() -> str | None:
    """The first installed face of CHINESE_FACES, or None."""
    installed = set(QFontDatabase.families())
    return next((face for face in CHINESE_FACES if face in installed), None)


def use_faces_for(code: str) -> None:
    """The application font for `code`: a Simplified Chinese face first for Chinese (the
    windows and the report both draw with it), the system's font otherwise."""
    global _default_font
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        return
    if _default_font is None:
        _default_font = QFont(QGuiApplication.font())
    font = QFont(_default_font)
    face = chinese_face() if code == "zh_CN" else None
    if face is not None:
        font.setFamilies([face, *_default_font.families()])
    QGuiApplication.setFont(font)


def install_catalogue(path: Path, code: str) -> None:
    """Speak a catalogue that is no shipped language (the tests' pseudo-locale)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    translator = _load(path)
    if translator is not None:
        app.installTranslator(translator)
        _installed.append(translator)
    i18n.use_catalogue(i18n.read_qm(path), code)
    QLocale.setDefault(QLocale("en_GB"))
