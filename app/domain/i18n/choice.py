"""Which of the shipped languages to speak: the diary's setting, else the system's preference.

The system's preference is read the way Qt's QLocale.system().uiLanguages() reads it on Unix
(tests/unit/test_language_choice.py checks the two agree), so the command line and the windows
choose alike: GNU's LANGUAGE list first (Qt honours it even under the C locale, which gettext
would not), then LC_ALL, LC_MESSAGES and LANG. The first shipped language in that order wins;
English when none is shipped.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping

SOURCE_LANGUAGE = "en"
# code -> the language's name in itself (what the settings screen lists)
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "zh_CN": "简体中文"}
SYSTEM = "system"  # the setting's value for "follow the system"
_TRADITIONAL = ("tw", "hk", "mo", "hant")
_TAG = re.compile(r"[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*")


def language_for(tag: str) -> str | None:
    """The shipped language for a locale name or BCP 47 tag ("de_AT.UTF-8", "zh-Hans-CN",
    "en"), or None when Dosebook does not speak it (French; Traditional Chinese)."""
    tag = tag.split(".", 1)[0].split("@", 1)[0].strip()
    if not _TAG.fullmatch(tag):
        return None
    parts = [p.lower() for p in re.split(r"[-_]", tag)]
    language, rest = parts[0], parts[1:]
    if language in ("c", "posix"):
        return SOURCE_LANGUAGE
    if language == "zh":
        if "hans" in rest or not any(part in _TRADITIONAL for part in rest):
            return "zh_CN"
        return None
    return language if language in LANGUAGES else None


def system_preferences(environ: Mapping[str, str] | None = None) -> list[str]:
    """The locale names the system asks for, most wanted first."""
    env = os.environ if environ is None else environ
    locale = next((env[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(v)), "")
    wanted: list[str] = []
    if env.get("LANGUAGE"):
        wanted.extend(t for t in env["LANGUAGE"].split(":") if t)
    if locale:
        wanted.append(locale)
    return wanted


def first_shipped(tags: Iterable[str]) -> str:
    """The first of `tags` Dosebook speaks, else English.

    Qt follows "zh-Hant-TW" with a bare "zh" (QLocale.uiLanguages); that "zh" still means
    Traditional Chinese, which Dosebook does not ship.
    """
    traditional = False
    for tag in tags:
        code = language_for(tag)
        bare_zh = tag.split(".", 1)[0].lower() == "zh"
        if code is not None and not (bare_zh and traditional):
            return code
        traditional = traditional or (code is None and tag.lower().startswith("zh"))
    return SOURCE_LANGUAGE


def choose_language(setting: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language to speak: the setting when it names a shipped one, else the system's."""
    if setting in LANGUAGES:
        return setting
    return first_shipped(system_preferences(environ))
