"""Which language Dosebook speaks: the setting, else the system's, alike in the command line
(pure, from the environment) and the windows (QLocale.system())."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.domain.i18n import choose_language, language_for

PROBE = """
from PySide6.QtCore import QLocale
from app.domain.i18n import choose_language
from app.ui.language import system_language
print(system_language(), choose_language())
"""

CASES = [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "de_AT.UTF-8"}, "de"),
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_SG.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_TW.UTF-8"}, "en"),  # Traditional Chinese is not shipped
    ({"LANG": "zh_HK.UTF-8", "LANGUAGE": "zh_HK:zh_CN"}, "zh_CN"),
    ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:de"}, "de"),
    ({"LANG": "pt_BR.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8", "LANGUAGE": "de"}, "de"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LC_ALL": "de_DE.UTF-8", "LANG": "en_US.UTF-8"}, "de"),
    ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh_CN"),
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"}, "zh_CN"),
]


@pytest.mark.parametrize(("env", "expected"), CASES)
def test_the_system_language_is_read_from_the_environment(
    env: dict[str, str], expected: str
) -> None:
    assert choose_language(None, env) == expected


# A process reads QLocale.system() once: one process per case, for the cases that differ most.
@pytest.mark.parametrize(("env", "expected"), [CASES[i] for i in (0, 2, 4, 8)])
def test_the_command_line_and_the_windows_choose_the_same_language(
    env: dict[str, str], expected: str
) -> None:
    cleared = ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")
    clean = {k: v for k, v in os.environ.items() if k not in cleared}
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == [expected, expected]


def test_the_setting_wins_over_the_system() -> None:
    assert choose_language("zh_CN", {"LANG": "de_DE.UTF-8"}) == "zh_CN"
    assert choose_language("system", {"LANG": "de_DE.UTF-8"}) == "de"
    assert choose_language("klingon", {"LANG": "de_DE.UTF-8"}) == "de"


@pytest.mark.parametrize(
    ("tag", "code"),
    [("de_CH.UTF-8@euro", "de"), ("zh-Hans-HK", "zh_CN"), ("zh", "zh_CN"), ("zh-Hant", None),
     ("en-US", "en"), ("POSIX", "en"), ("", None), ("../../etc", None)],
)  # fmt: skip
def test_locale_names_map_to_shipped_languages(tag: str, code: str | None) -> None:
    assert language_for(tag) == code
