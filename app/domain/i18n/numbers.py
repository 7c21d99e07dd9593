"""Numbers as the active language writes them: the decimal mark and the thousands separator.

Figures are formatted the usual Python way ("2,500.5"), then `localize` puts the language's
marks in ("2.500,5" in German). Reading numbers typed in either style is labs/values.py's job;
it asks `decimal_mark()` which reading to prefer when a text could mean two things.
"""

from __future__ import annotations

import math

from app.domain.i18n import current_language

# language -> (decimal mark, thousands separator); a language not listed writes 2,500.5
_MARKS = {"de": (",", ".")}
_DEFAULT = (".", ",")


def decimal_mark(language: str | None = None) -> str:
    """ "," in German, "." in English and Chinese."""
    return _MARKS.get(language or current_language(), _DEFAULT)[0]


def localize(text: str, language: str | None = None) -> str:
    """A number formatted by Python ("2,500.5") with the language's marks ("2.500,5")."""
    point, group = _MARKS.get(language or current_language(), _DEFAULT)
    if (point, group) == _DEFAULT:
        return text
    return text.translate({ord("."): point, ord(","): group})


def figure(
    value: float, digits: int | None = None, language: str | None = None, *, fixed: bool = False
) -> str:
    """A value without trailing zeros: 1.6, 0.25, 118; at most `digits` decimals when given
    (exactly `digits` with `fixed`: 6.0)."""
    if not math.isfinite(value):
        return str(value)
    if digits is None:
        text = f"{value:g}"
    else:
        text = f"{value:.{digits}f}"
        if "." in text and not fixed:
            text = text.rstrip("0").rstrip(".")
        if float(text) == 0:
            text = text.lstrip("-")  # "-0.0" reads as a minus for nothing
    return localize(text, language)
