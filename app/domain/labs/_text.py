"""Small text helpers shared by value, range and unit parsing."""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal

_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
# An optional caret, then a run of superscripts: "10⁸" and "10^⁸" both become "10^8".
_SUPERSCRIPT_RUN = re.compile(r"\^?([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_TO_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")

# Dashes people paste from reports; all mean "to" in a range or "minus" before a number.
DASHES = "‐‑‒–—―−"


def superscripts_to_caret(text: str) -> str:
    """Turn superscript exponents into caret form, before NFKC would flatten "10⁸" into "108"."""
    return _SUPERSCRIPT_RUN.sub(lambda m: "^" + m.group(1).translate(_SUPERSCRIPT_DIGITS), text)


def to_superscript(digits: str) -> str:
    """Write an exponent such as "-3" as superscript characters."""
    return digits.translate(_TO_SUPERSCRIPT)


def fold(text: str) -> str:
    """Fold text for matching: superscripts, compatibility forms, one space, lower case."""
    folded = unicodedata.normalize("NFKC", superscripts_to_caret(text))
    return " ".join(folded.split()).lower()


def tidy(x: float) -> float:
    """Drop binary floating-point noise (13.000000000000002 -> 13.0) after arithmetic."""
    return float(f"{x:.12g}")


def as_decimal(x: float) -> Decimal:
    """The decimal a person would read for a float, so boundaries like 3 x 1.2 = 3.6 compare exactly."""
    return Decimal(f"{x:.12g}")


def format_number(x: float) -> str:
    """Show a number the way it would be typed: 130, 5.2, 170000000."""
    if math.isfinite(x) and x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return f"{x:.6g}"


def format_converted(x: float) -> str:
    """Show a converted number with a sensible number of decimals: 13.0, 2.05, 0.0167."""
    size = abs(x)
    if size >= 100:
        return f"{x:.0f}"
    if size >= 10:
        return f"{x:.1f}"
    return f"{x:.3g}"
