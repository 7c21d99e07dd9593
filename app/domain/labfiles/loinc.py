"""LOINC codes: "1742-6" is a number, a dash and a check digit (LOINC's mod 10)."""

from __future__ import annotations

import re

LOINC_SYSTEM = "http://loinc.org"
_SHAPE = re.compile(r"^(\d{1,7})-(\d)$")


def check_digit(number: str) -> int:
    """LOINC's mod 10 check digit: from the right, every other digit doubled, digits summed."""
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char) * (2 if position % 2 == 0 else 1)
        total += digit // 10 + digit % 10
    return (10 - total % 10) % 10


def is_loinc(code: str) -> bool:
    """Whether `code` is a well-formed LOINC code whose check digit is right."""
    match = _SHAPE.match(code.strip())
    return match is not None and check_digit(match.group(1)) == int(match.group(2))
