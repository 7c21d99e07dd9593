"""Read a compiled Qt translation (.qm) without Qt, so the command line and the pure layers speak
the same words as the windows from the same file.

Importing QtCore costs the command line a few tenths of a second (tests/benchmarks/
bench_translations.py); reading a .qm here takes a few milliseconds. The format is Qt's
(qtbase src/corelib/kernel/qtranslator.cpp): a magic number, then tagged sections. Only what
`lrelease` writes by default is read: the messages with their context, source text and comment,
and the plural rules. A file this cannot read raises QmError; callers fall back to English.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Section tags
_CONTEXTS, _HASHES, _MESSAGES, _NUMERUS_RULES, _DEPENDENCIES, _LANGUAGE = (
    0x2F,
    0x42,
    0x69,
    0x88,
    0x96,
    0xA7,
)
# Message tags
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
_SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 6, 7, 8, 9

# Plural rule byte code (qtranslator.cpp, numerusHelper)
_EQ, _LT, _LEQ, _BETWEEN = 0x01, 0x02, 0x03, 0x04
_OPERATOR_MASK, _NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x07, 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF

Key = tuple[str, str, str]  # context, source text, comment


class QmError(ValueError):
    """The file is not a compiled translation this reader understands."""


@dataclass(frozen=True)
class Catalogue:
    """The messages of one .qm file: (context, source, comment) -> its forms (one unless plural)."""

    language: str = ""
    messages: dict[Key, tuple[str, ...]] = field(default_factory=dict)
    numerus_rules: bytes = b""

    def lookup(self, context: str, source: str, comment: str = "", n: int = -1) -> str | None:
        """The translation, or None when the file has none (Qt then shows the source text).

        Like QTranslator: a message with a comment that has no translation of its own falls back
        to the same text without a comment.
        """
        forms = self.messages.get((context, source, comment))
        if forms is None and comment:
            forms = self.messages.get((context, source, ""))
        if not forms:
            return None
        index = plural_form(n, self.numerus_rules) if n >= 0 and len(forms) > 1 else 0
        return forms[min(index, len(forms) - 1)]


def plural_form(n: int, rules: bytes) -> int:
    """Which plural form `n` takes under the file's rules (Qt's numerusHelper, step by step)."""
    if not rules:
        return 0
    result, i, size = 0, 0, len(rules)
    try:
        while True:
            or_value = False
            while True:
                and_value = True
                while True:
                    opcode = rules[i]
                    left = n
                    if opcode & _MOD_10:
                        left %= 10
                    elif opcode & _MOD_100:
                        left %= 100
                    elif opcode & _LEAD_1000:
                        while left >= 1000:
                            left //= 1000
                    op, right = opcode & _OPERATOR_MASK, rules[i + 1]
                    i += 2
                    if op == _EQ:
                        truth = left == right
                    elif op == _LT:
                        truth = left < right
                    elif op == _LEQ:
                        truth = left <= right
                    else:  # _BETWEEN
                        truth = right <= left <= rules[i]
                        i += 1
                    if opcode & _NOT:
                        truth = not truth
                    and_value = and_value and truth
                    if i == size or rules[i] != _AND:
                        break
                    i += 1
                or_value = or_value or and_value
                if i == size or rules[i] != _OR:
                    break
                i += 1
            if or_value:
                return result
            result += 1
            if i == size:
                return result
            i += 1  # _NEWRULE
    except IndexError:
        return 0


def _messages(data: bytes) -> dict[Key, tuple[str, ...]]:
    out: dict[Key, tuple[str, ...]] = {}
    pos, end = 0, len(data)
    while pos < end:
        forms: list[str] = []
        source = context = comment = ""
        while True:
            tag = data[pos]
            pos += 1
            if tag == _END:
                break
            if tag in (_OBSOLETE1, _OBSOLETE2):
                pos += 4 if tag == _OBSOLETE1 else 0
                continue
            (length,) = struct.unpack_from(">I", data, pos)
            pos += 4
            if tag == _TRANSLATION:
                if length == 0xFFFFFFFF:  # a null translation
                    continue
                forms.append(data[pos : pos + length].decode("utf-16-be"))
            elif tag in (_SOURCE, _CONTEXT, _COMMENT):
                text = data[pos : pos + length].decode("utf-8")
                if tag == _SOURCE:
                    source = text
                elif tag == _CONTEXT:
                    context = text
                else:
                    comment = text
            elif tag not in (_SOURCE16, _CONTEXT16):  # those two (Qt 4 only) are skipped
                raise QmError(f"unknown message tag {tag:#x}")
            pos += length
        if forms:
            out[(context, source, comment)] = tuple(forms)
    return out


def parse_qm(data: bytes) -> Catalogue:
    """The catalogue in a .qm file's bytes; QmError when it is not one."""
    if not data.startswith(MAGIC):
        raise QmError("not a Qt translation file")
    pos = len(MAGIC)
    messages: dict[Key, tuple[str, ...]] = {}
    rules, language = b"", ""
    try:
        while pos < len(data):
            tag = data[pos]
            (length,) = struct.unpack_from(">I", data, pos + 1)
            body = data[pos + 5 : pos + 5 + length]
            if len(body) != length:
                raise QmError("the file ends early")
            pos += 5 + length
            if tag == _MESSAGES:
                messages = _messages(body)
            elif tag == _NUMERUS_RULES:
                rules = bytes(body)
            elif tag == _LANGUAGE:
                language = body.decode("utf-8")
    except (struct.error, IndexError, UnicodeDecodeError) as err:
        raise QmError(f"damaged translation file ({err})") from None
    return Catalogue(language=language, messages=messages, numerus_rules=rules)


def read_qm(path: Path) -> Catalogue:
    """The catalogue in a .qm file; QmError when it is not one, OSError when it cannot be read."""
    return parse_qm(Path(path).read_bytes())
