"""Reading a result as printed on a lab report: "5,2", "<20", "1.7×10⁸", "detected, below 20"."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from app.domain.i18n import translate
from app.domain.i18n.numbers import decimal_mark, localize
from app.domain.labs._text import fold
from app.domain.labs.units import normalise_unit

MAX_LENGTH = 200

# Printed words -> the one word the diary keeps. Longer phrases are tried first.
QUALITATIVE_WORDS: dict[str, str] = {
    "not detected": "not detected",
    "target not detected": "not detected",
    "none detected": "not detected",
    "undetectable": "not detected",
    "undetected": "not detected",
    "not detectable": "not detected",
    "tnd": "not detected",
    "detected": "detected",
    "target detected": "detected",
    "detectable": "detected",
    "positive": "positive",
    "pos": "positive",
    "negative": "negative",
    "neg": "negative",
    "reactive": "reactive",
    "non-reactive": "non-reactive",
    "non reactive": "non-reactive",
    "nonreactive": "non-reactive",
    "not reactive": "non-reactive",
    "trace": "trace",
    "equivocal": "equivocal",
    "borderline": "equivocal",
    "indeterminate": "indeterminate",
}
# Symbols count only as the whole result: "-" alone is negative, "-5" is a number.
_WHOLE_SYMBOLS = {
    "+": "positive",
    "++": "positive",
    "+++": "positive",
    "1+": "positive",
    "2+": "positive",
    "3+": "positive",
    "4+": "positive",
    "-": "negative",
    "±": "trace",
}
# +1: something was found; -1: nothing was found; 0: the lab could not say.
POLARITY: dict[str, int] = {
    "positive": 1,
    "detected": 1,
    "reactive": 1,
    "trace": 1,
    "negative": -1,
    "not detected": -1,
    "non-reactive": -1,
    "equivocal": 0,
    "indeterminate": 0,
}
_PHRASES = sorted(QUALITATIVE_WORDS, key=len, reverse=True)

_WORD_COMPARATORS = (
    ("less than", "<"),
    ("below", "<"),
    ("under", "<"),
    ("greater than", ">"),
    ("more than", ">"),
    ("above", ">"),
    ("over", ">"),
    ("at least", ">="),
    ("at most", "<="),
    ("up to", "<="),
)
# Words between a qualitative result and its cut-off index: "positive (COI 12.3)".
_FILLERS = tuple((word, "") for word in ("cut-off index", "cutoff index", "index", "coi", "s/co"))
_SYMBOL_COMPARATORS = (
    ("<=", "<="),
    (">=", ">="),
    ("=<", "<="),
    ("=>", ">="),
    ("<", "<"),
    (">", ">"),
)

# Spaces are written as [ ] because the pattern below is compiled in verbose mode.
_NUMBER = r"[0-9]{1,3}(?:[ ][0-9]{3})+(?:[.,][0-9]+)?|[0-9.,]*[0-9][0-9.,]*"
_NUMERIC = re.compile(
    rf"""(?P<sign>[-+])?\s*
    (?P<num>{_NUMBER})
    (?:\s*e\s*(?P<exp>[-+]?[0-9]{{1,5}}))?
    (?P<mult>\s*[x*·×]\s*10\s*(?:\^|\*\*)\s*(?P<pow>[-+]?[0-9]{{1,5}}))?
    \s*(?P<unit>.*)""",
    re.VERBOSE,
)


class LabInputError(ValueError):
    """A result or range that cannot be read; `message` is plain text to show the person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ParsedValue:
    """A result as read: number (if any), comparator, qualitative word, and the text as typed."""

    value: float | None
    comparator: str  # "", "<", ">", "<=", ">="
    qualitative: str  # "" or a word from QUALITATIVE_WORDS' values
    text: str  # the original text, unchanged
    unit: str = ""  # UCUM code of a unit typed after the number, e.g. "<20 IU/mL"


def _shown(text: str) -> str:
    shown = " ".join(text.split())
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _unreadable(text: str) -> LabInputError:
    return LabInputError(
        translate(
            "LabValues",
            "Could not read '{typed}' as a number. Type it as printed, e.g. 5.2, <20 or not "
            "detected.",
        ).format(typed=_shown(text))
    )


def _ambiguous(original: str, whole: str, part: str, separator: str) -> LabInputError:
    # "1,500" is 1500 in some countries and 1.5 in others; guessing could be harmful.
    decimal = localize(f"{whole}.{part.rstrip('0')}".rstrip("."))
    if separator == ",":
        text = translate(
            "LabValues", "'{typed}' could mean {whole} or {decimal}. Type it without the comma: "
            "{whole} or {decimal}."
        )  # fmt: skip
    else:
        text = translate(
            "LabValues", "'{typed}' could mean {whole} or {decimal}. Type it without the point: "
            "{whole} or {decimal}."
        )  # fmt: skip
    return LabInputError(text.format(typed=_shown(original), whole=whole + part, decimal=decimal))


def read_number(digits: str, original: str, decimal: str | None = None) -> str:
    """Plain digits with a "." decimal point from "5,2", "1,234.5" or "12 345"; raises if unclear.

    `decimal` is the mark the person's language writes ("," in German; default: the active
    language's). It settles the one unclear case: "1,500" is 1.5 in German, and "1.500" 1500;
    in English it is the other way round. A lone mark before other than three digits is a
    decimal mark in any language: "0,9" and "0.9" are both 0.9.
    """
    mark = decimal or decimal_mark()
    group = "." if mark == "," else ","
    if " " in digits:
        if not re.fullmatch(r"[0-9]{1,3}(?: [0-9]{3})+(?:[.,][0-9]+)?", digits):
            raise _unreadable(original)
        digits = digits.replace(" ", "")
    commas, points = digits.count(","), digits.count(".")
    if commas and points:
        # Whichever comes last is the decimal mark; the other groups thousands.
        if digits.rfind(".") > digits.rfind(","):
            grouped, last, sep = r"[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+", ".", ","
        else:
            grouped, last, sep = r"[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]+", ",", "."
        if not re.fullmatch(grouped, digits):
            raise _unreadable(original)
        return digits.replace(sep, "").replace(last, ".")
    if max(commas, points) > 1:
        count = commas or points
        separator = "," if commas else "."
        if separator != group or count < 2:
            raise _unreadable(original)
        if not re.fullmatch(rf"[0-9]{{1,3}}(?:{re.escape(group)}[0-9]{{3}})+", digits):
            raise _unreadable(original)
        return digits.replace(group, "")
    if commas or points:
        separator = "," if commas else "."
        whole, _, part = digits.partition(separator)
        if not re.fullmatch(r"[0-9]*", whole) or not re.fullmatch(r"[0-9]+", part):
            if separator == "." and whole and not part:
                return whole  # "12." is 12
            raise _unreadable(original)
        if separator == group and len(part) == 3 and whole.strip("0"):
            raise _ambiguous(original, whole, part, separator)
        return f"{whole or '0'}.{part}"
    if not digits:
        raise _unreadable(original)
    return digits


def _strip_prefix(text: str, options: tuple[tuple[str, str], ...]) -> tuple[str, str]:
    for word, meaning in options:
        if text.startswith(word) and (
            not word[-1].isalpha() or len(text) == len(word) or not text[len(word)].isalpha()
        ):
            return meaning, text[len(word) :].lstrip(" :=")
    return "", text


def _find_qualitative(text: str) -> tuple[str, str]:
    """The qualitative word at the start or end of the text, and what is left."""
    for phrase in _PHRASES:
        end = len(phrase)
        if text.startswith(phrase) and (len(text) == end or not text[end].isalnum()):
            rest = text[end:].strip(" ,;:")
            return QUALITATIVE_WORDS[phrase], "" if rest == "." else rest
    for phrase in _PHRASES:
        start = len(text) - len(phrase)
        if text.endswith(phrase) and (start == 0 or not text[start - 1].isalnum()):
            return QUALITATIVE_WORDS[phrase], text[:start].strip(" ,;:")
    return "", text


def _read_numeric(rest: str, original: str) -> tuple[float, str, str]:
    """Comparator, number and unit from what is left once words are removed."""
    comparator, rest = _strip_prefix(rest, _SYMBOL_COMPARATORS)
    if not comparator:
        comparator, rest = _strip_prefix(rest, _WORD_COMPARATORS)
    match = _NUMERIC.fullmatch(rest.strip())
    if match is None:
        raise _unreadable(original)
    unit_text = match["unit"]
    power = match["pow"]
    if match["mult"] and unit_text and normalise_unit(match["mult"] + unit_text) is not None:
        # "5.2 ×10³/µL" is 5.2 in the unit ×10³/µL, not 5200 of something.
        unit_text, power = match["mult"] + unit_text, None
    unit = ""
    if unit_text:
        unit = normalise_unit(unit_text) or ""
        if not unit:
            raise _unreadable(original)
    digits = read_number(match["num"], original)
    exponent = int(match["exp"] or 0) + int(power or 0)
    value = float(f"{match['sign'] or ''}{digits}e{exponent}")
    if not math.isfinite(value):
        raise LabInputError(
            translate(
                "LabValues",
                "'{typed}' is too large a number to keep. Check it is typed as printed.",
            ).format(typed=_shown(original))
        )
    return value, comparator, unit


def parse_value(text: str) -> ParsedValue:
    """Read a result as printed; raises LabInputError with a plain message if it cannot."""
    if len(text) > MAX_LENGTH:
        raise LabInputError(
            translate(
                "LabValues",
                "That is too long for one result. Type just the value, e.g. 5.2, <20 or not "
                "detected.",
            )
        )
    folded = fold(text).replace("≤", "<=").replace("≥", ">=").replace("−", "-")
    # Brackets only group words on reports: "positive (COI 12.3)", "detected (<20)".
    folded = " ".join(folded.replace("(", " ").replace(")", " ").split())
    if not folded:
        raise LabInputError(
            translate("LabValues", "Type the result as printed, e.g. 5.2, <20 or not detected.")
        )
    if folded in _WHOLE_SYMBOLS:
        return ParsedValue(None, "", _WHOLE_SYMBOLS[folded], text)
    qualitative, rest = _find_qualitative(folded)
    if qualitative and rest:
        _, rest = _strip_prefix(rest, _FILLERS)
    if not rest:
        if not qualitative:
            raise _unreadable(text)
        return ParsedValue(None, "", qualitative, text)
    value, comparator, unit = _read_numeric(rest, text)
    return ParsedValue(value, comparator, qualitative, text, unit)
