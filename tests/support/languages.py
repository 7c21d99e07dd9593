"""Languages in the tests: the compiled catalogues (built when missing), switching the pure
layers' language for one test, and the pseudo-locale that shows untranslated text."""

from __future__ import annotations

import contextlib
import fcntl
import math
import re
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from app.domain import i18n
from tools import translations

PSEUDO = "pseudo"
_LOCK = Path(tempfile.gettempdir()) / "dosebook-translations.lock"


def build_catalogues_if_stale() -> None:
    """Compile the .ts files when a .qm is missing or older (one process at a time)."""
    if not translations.needs_build():
        return
    with _LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if translations.needs_build():
            translations.build()


@contextlib.contextmanager
def speaking(code: str) -> Iterator[None]:
    """The pure layers speak `code` inside the block, English again after it."""
    before = i18n.current_language()
    assert i18n.use_language(code), f"no catalogue for {code}"
    try:
        yield
    finally:
        i18n.use_language(before if before != PSEUDO else i18n.SOURCE_LANGUAGE)


# ---- the pseudo-locale --------------------------------------------------------------------------
_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "áƀçðéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ",
        strict=True,
    )
)
# Kept as they are: {placeholders}, %n and %1, HTML tags and entities.
_KEEP = re.compile(r"\{[^{}]*\}|%L?[0-9n]|<[^<>]*>|&[a-zA-Z]+;|&#[0-9]+;")
OPEN, CLOSE = "⟦", "⟧"


def pseudo(text: str) -> str:
    """`text` accented and about 40 % longer, between ⟦ and ⟧: "⟦Šávé··⟧"."""
    out, pos = [], 0
    for match in _KEEP.finditer(text):
        chunk = text[pos : match.start()]
        out.append("".join(_ACCENTED.get(c, c) for c in chunk))
        out.append(match.group())
        pos = match.end()
    chunk = text[pos:]
    out.append("".join(_ACCENTED.get(c, c) for c in chunk))
    padding = "·" * max(1, math.ceil(len(text) * 0.4) - 2)  # with ⟦ ⟧: 40 % longer
    return f"{OPEN}{''.join(out)}{padding}{CLOSE}"


def pseudo_catalogue(folder: Path) -> Path:
    """A .qm in `folder` with every message of dosebook_de.ts as its pseudo translation."""
    tree = ET.parse(translations.ts_path("de"))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        if forms:
            for form in forms:
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    ts = folder / "dosebook_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "dosebook_pseudo.qm"
    translations.release(ts, qm)
    return qm
