"""docs/warning-rules.md is generated from seeds/rules.toml and must not drift from it."""

from __future__ import annotations

from pathlib import Path

from app.rules import default_rules
from tools.rules_doc import DOC, render


def test_the_committed_rules_document_is_the_generated_one() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/warning-rules.md is out of date: run `uv run python tools/rules_doc.py`"
    )


def test_every_rule_is_in_the_document_with_its_source() -> None:
    text = render()
    for rule in default_rules():
        assert f"### `{rule.id}`: {rule.title}" in text
        assert rule.source in text
    assert "`rules.hys_law.pair_days`" in text
    assert Path(DOC).name == "warning-rules.md"
