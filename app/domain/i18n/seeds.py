"""Texts that come from seeds/*.toml, in the active language.

The seed files keep English, the source language. Their texts are translated like the code's:
tools/translations.py collects them into the .ts files under the context "seeds/<file>", and
these functions look them up when they are shown. A text the diary keeps is translated only
while it is still the seed's own: a lab test or zone the person named differs from every
source text and shows as typed.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

from app.domain.i18n import SOURCE_LANGUAGE, current_language, translate

RULES = "seeds/rules.toml"
LABS = "seeds/labs.toml"
ZONES = "seeds/zones.toml"
PROTOCOLS = "seeds/protocols.toml"
ABBREVIATION = "abbreviation"
GROUP = "monitoring group"


def rule_text(text: str) -> str:
    """A rule's title, message (before its thresholds are filled in) or source."""
    return translate(RULES, text) if text else text


def lab_name(name: str) -> str:
    """A lab test's name ("White blood cells"), or where a monitoring interval comes from."""
    return translate(LABS, name) if name else name


def lab_abbrev(abbrev: str) -> str:
    """A lab test's short name: "WBC" (most stay as they are)."""
    return translate(LABS, abbrev, ABBREVIATION) if abbrev else abbrev


def group_name(group: str) -> str:
    """A monitoring group: "Liver"."""
    return translate(LABS, group, GROUP) if group else group


def zone_label(label: str, in_sentence: bool = False) -> str:
    """An injection zone: "Left upper abdomen"; `in_sentence`: as it reads inside a sentence
    ("left upper abdomen" in English; German nouns keep their capital)."""
    text = translate(ZONES, label) if label else label
    if in_sentence and text and current_language() == SOURCE_LANGUAGE:
        text = text[0].lower() + text[1:]
    return text


def protocol_text(text: str) -> str:
    """A protocol template's product, route or notes."""
    return translate(PROTOCOLS, text) if text else text


def _read(folder: Path | None, name: str) -> dict:
    if folder is None:
        from app.paths import seed_path

        path = seed_path(name)
    else:
        path = folder / name
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def seed_texts(folder: Path | None = None) -> Iterator[tuple[str, str, str]]:
    """(context, text, comment) for every seed text a person reads, as the app looks it up."""
    rules = _read(folder, "rules.toml")
    if rules.get("settled_message"):
        yield RULES, _one_line(rules["settled_message"]), ""
    for rule in rules.get("rule", []):
        if rule.get("settled_message"):
            yield RULES, _one_line(rule["settled_message"]), ""
        for extra in rule.get("for_condition", {}).values():
            yield RULES, _one_line(extra["message"]), ""
            yield RULES, _one_line(extra["source"]), ""
        # As app/rules/catalogue.py keeps them: the title stripped, the others on one line.
        yield RULES, rule["title"].strip(), ""
        yield RULES, _one_line(rule["message"]), ""
        yield RULES, _one_line(rule["source"]), ""
    labs = _read(folder, "labs.toml")
    for group in labs.get("monitoring", []):
        yield LABS, group["group"], GROUP
        if group.get("source"):
            yield LABS, _one_line(group["source"]), ""
    for test in labs.get("test", []):
        yield LABS, test["name"], ""
        if test.get("abbrev"):
            yield LABS, test["abbrev"], ABBREVIATION
    for zone in _read(folder, "zones.toml").get("zone", []):
        yield ZONES, zone["label"], ""
    for template in _read(folder, "protocols.toml").get("template", []):
        for key in ("product", "route", "notes"):
            if template.get(key):
                yield PROTOCOLS, _one_line(template[key]), ""
