"""The warning-sign vocabulary: rules as data, what a condition found, and the warning shown."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

SEVERITIES = ("urgent", "warning", "info")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}

Params = Mapping[str, Any]


@dataclass(frozen=True)
class ParamSpec:
    """One threshold a person can see and change: its kind, label and allowed span."""

    name: str
    kind: str  # int, float, list (of names), ints (a list of whole numbers), text
    label: str
    minimum: float | None = None
    maximum: float | None = None

    @property
    def editable(self) -> bool:
        return self.kind in ("int", "float")

    def parse(self, text: str) -> Any:
        """The value typed as text, or ValueError when it is not allowed."""
        if self.kind == "int":
            value: Any = int(text.strip())
        elif self.kind == "float":
            value = float(text.strip())
            if value != value:  # NaN
                raise ValueError("not a number")
        else:
            raise ValueError(f"{self.name} cannot be changed")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be at least {self.minimum:g}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.name} must be at most {self.maximum:g}")
        return value


@dataclass(frozen=True)
class Rule:
    """A rule from seeds/rules.toml, with the person's thresholds applied over the defaults."""

    id: str
    title: str
    severity: str
    condition: str
    message: str
    source: str
    params: Params = field(default_factory=lambda: MappingProxyType({}))
    defaults: Params = field(default_factory=lambda: MappingProxyType({}))
    enabled: bool = True
    # shown instead of `message` once everything the rule saw is back in range or settled
    settled_message: str = ""
    # a condition from the person's profile (e.g. "hepatitis_b") the rule is only for; "" for all
    only_for: str = ""
    # condition (what the protocol is for, e.g. "hepatitis_b") -> (sentence, its source), added
    # to the message and the source only when the profile names that condition
    for_condition: Mapping[str, tuple[str, str]] = field(
        default_factory=lambda: MappingProxyType({})
    )

    @property
    def changed(self) -> bool:
        """True when the person changed a threshold or switched the rule off."""
        return not self.enabled or dict(self.params) != dict(self.defaults)

    def message_text(self, conditions: Iterable[str] = ()) -> str:
        """The message in the active language with this rule's thresholds filled in, and the
        sentences for the person's conditions after it."""
        from app.domain.i18n.seeds import rule_text

        message = rule_text(self.message)
        try:
            text = message.format_map(dict(self.params))
        except (KeyError, ValueError, IndexError):
            text = message
        return _joined([text, *(rule_text(s) for s, _ in self._fitting(conditions))], " ")

    def source_text(self, conditions: Iterable[str] = ()) -> str:
        """The source, and the sources of the sentences for the person's conditions."""
        from app.domain.i18n.seeds import rule_text

        sources = [self.source, *(src for _, src in self._fitting(conditions))]
        return _joined([rule_text(s) for s in sources], "; ")

    def _fitting(self, conditions: Iterable[str]) -> list[tuple[str, str]]:
        named = set(conditions)
        return [texts for condition, texts in self.for_condition.items() if condition in named]


@dataclass(frozen=True)
class Finding:
    """One piece of evidence; `keys` name what it is about (e.g. "lab:alt:2026-07-27").

    `settled` is True when what was seen is over: newer results of the same test are back within
    their range, or a reaction was marked settled. A warning whose evidence has all settled steps
    down to a note (info).
    """

    text: str
    keys: frozenset[str]
    settled: bool = False


@dataclass(frozen=True)
class WarningSign:
    """A warning to show: what was seen, the evidence, the source, and what to do (talk)."""

    rule: str
    severity: str
    title: str
    message: str
    evidence: tuple[str, ...]
    source: str
    keys: frozenset[str] = frozenset()

    @property
    def fingerprint(self) -> str:
        """A short, stable digest of what the evidence is about (not of its wording)."""
        text = self.rule + "\n" + "\n".join(sorted(self.keys))
        import hashlib  # a few ms to load: start-up shows banners without a fingerprint

        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def as_json(self) -> dict[str, Any]:
        """The documented JSON form (docs/warnings-json.md)."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "title": self.title,
            "message": self.message,
            "evidence": list(self.evidence),
            "source": self.source,
        }


def _joined(parts: list[str], gap: str) -> str:
    """Sentences (`gap` " ") or sources (`gap` "; ") one after another; Chinese text takes no
    space after its full stop and a full-width semicolon between sources."""
    out = parts[0]
    for part in parts[1:]:
        wide = any(ord(ch) >= 0x3000 for ch in out[-3:] + part[:3])
        out += ("；" if gap.strip() else "") if wide else gap
        out += part
    return out
