"""Rules as data: read seeds/rules.toml, check it, and lay the person's thresholds over it."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.records import Caution, Condition
from app.paths import seed_path
from app.rules.conditions import CONDITIONS, PARAMS
from app.rules.model import SEVERITIES, Rule

SETTING_PREFIX = "rules."
ENABLED = "enabled"
# Conditions a profile can name (what the protocol is for), for rules marked `only_for`.
PROFILE_CONDITIONS = frozenset(c.value for c in Condition)
# Rules and thresholds earlier versions had (issue 18 replaced them): their settings in an older
# export still import; they are kept and no longer used.
RETIRED_RULES = frozenset({"lab_left_range"})
RETIRED_THRESHOLDS = frozenset({"below_grade"})


class RuleFileError(ValueError):
    """seeds/rules.toml says something the rules module cannot use."""


def setting_key(rule_id: str, param: str) -> str:
    """The `setting` key that holds one threshold: "rules.<rule id>.<param>"."""
    return f"{SETTING_PREFIX}{rule_id}.{param}"


def _check_value(rule_id: str, name: str, value: Any) -> Any:
    spec = PARAMS.get(name)
    if spec is None:
        raise RuleFileError(f"rule {rule_id}: unknown threshold {name!r}")
    if spec.kind == "list":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RuleFileError(f"rule {rule_id}: {name} must be a list of names")
        return tuple(value)
    if spec.kind == "ints":
        whole = [v for v in value if isinstance(v, int) and not isinstance(v, bool)]
        if not isinstance(value, list) or not value or len(whole) != len(value):
            raise RuleFileError(f"rule {rule_id}: {name} must be a list of whole numbers")
        return tuple(value)
    if spec.kind == "text":
        if not isinstance(value, str):
            raise RuleFileError(f"rule {rule_id}: {name} must be text")
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RuleFileError(f"rule {rule_id}: {name} must be a number")
    try:
        return spec.parse(str(value))
    except ValueError as err:
        raise RuleFileError(f"rule {rule_id}: {err}") from None


def _text(value: Any) -> str:
    return " ".join(str(value).split())


def _rule(item: Mapping[str, Any], settled_message: str) -> Rule:
    rule_id = str(item.get("id", ""))
    if not rule_id or "." in rule_id:
        raise RuleFileError(f"a rule needs an id without dots, not {rule_id!r}")
    for key in ("title", "severity", "condition", "message", "source"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise RuleFileError(f"rule {rule_id}: {key} is missing")
    if item["severity"] not in SEVERITIES:
        raise RuleFileError(f"rule {rule_id}: severity must be one of {', '.join(SEVERITIES)}")
    condition = CONDITIONS.get(item["condition"])
    if condition is None:
        raise RuleFileError(f"rule {rule_id}: unknown condition {item['condition']!r}")
    raw = item.get("params", {})
    params = {name: _check_value(rule_id, name, value) for name, value in raw.items()}
    missing = [name for name in condition.required if name not in params]
    extra = [n for n in params if n not in condition.required + condition.optional]
    if missing or extra:
        raise RuleFileError(f"rule {rule_id}: missing {missing}, not used {extra}")
    if "caution" in params and params["caution"] not in {c.value for c in Caution}:
        raise RuleFileError(f"rule {rule_id}: unknown caution {params['caution']!r}")
    only_for = str(item.get("only_for", ""))
    if only_for and only_for not in PROFILE_CONDITIONS:
        raise RuleFileError(f"rule {rule_id}: unknown profile condition {only_for!r}")
    frozen = MappingProxyType(params)
    for_condition = _for_condition(rule_id, item.get("for_condition", {}))
    return Rule(
        id=rule_id,
        title=item["title"].strip(),
        severity=item["severity"],
        condition=item["condition"],
        message=_text(item["message"]),
        source=_text(item["source"]),
        params=frozen,
        defaults=frozen,
        settled_message=_text(item.get("settled_message", settled_message)),
        only_for=only_for,
        for_condition=for_condition,
    )


def _for_condition(rule_id: str, raw: Any) -> Mapping[str, tuple[str, str]]:
    """[rule.for_condition.<condition>] tables: a sentence and its source for each condition."""
    known = {c.value for c in Condition}
    out: dict[str, tuple[str, str]] = {}
    for condition, texts in dict(raw).items():
        if condition not in known:
            raise RuleFileError(f"rule {rule_id}: unknown condition {condition!r} in for_condition")
        if not all(
            isinstance(texts.get(k), str) and texts[k].strip() for k in ("message", "source")
        ):
            raise RuleFileError(
                f"rule {rule_id}: for_condition.{condition} needs message and source"
            )
        out[condition] = (" ".join(texts["message"].split()), " ".join(texts["source"].split()))
    return MappingProxyType(out)


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[Rule, ...]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    settled = data.get("settled_message", "")
    if not isinstance(settled, str) or not settled.strip():
        raise RuleFileError("the rule file needs a settled_message")
    rules = tuple(_rule(item, settled) for item in data.get("rule", []))
    ids = [r.id for r in rules]
    if len(set(ids)) != len(ids):
        raise RuleFileError("two rules share an id")
    return rules


def default_rules(path: Path | None = None) -> tuple[Rule, ...]:
    """The rules as shipped, in file order."""
    return _load(Path(path) if path else seed_path("rules.toml"))


def with_settings(rules: tuple[Rule, ...], settings: Mapping[str, str]) -> tuple[Rule, ...]:
    """The rules with the person's thresholds applied; a stored value that does not fit is ignored."""
    if not settings:
        return rules
    out: list[Rule] = []
    for rule in rules:
        params = dict(rule.defaults)
        for name in params:
            text = settings.get(setting_key(rule.id, name))
            spec = PARAMS[name]
            if text is None or not spec.editable:
                continue
            try:
                params[name] = spec.parse(text)
            except ValueError:
                continue  # a hand-edited or outdated value: the default stays
        enabled = settings.get(setting_key(rule.id, ENABLED), "1").strip() != "0"
        out.append(replace(rule, params=MappingProxyType(params), enabled=enabled))
    return tuple(out)


def rules_for(settings: Mapping[str, str], path: Path | None = None) -> tuple[Rule, ...]:
    """The shipped rules with the person's thresholds laid over them."""
    return with_settings(default_rules(path), settings)


def check_rule_setting(key: str, value: str) -> None:
    """Raise ValidationError unless `key` is a threshold (or the on/off switch) of a shipped rule
    and `value` one the rules dialog would accept."""
    parts = key.split(".")
    rules = {r.id: r for r in default_rules()}
    ours = len(parts) == 3 and f"{parts[0]}." == SETTING_PREFIX
    if ours and (
        parts[1] in RETIRED_RULES or (parts[1] in rules and parts[2] in RETIRED_THRESHOLDS)
    ):
        return
    if not ours or parts[1] not in rules:
        raise ValidationError(
            translate(
                "Checks", "'{key}' is not a setting of a warning rule Dosebook knows."
            ).format(key=key),
            "key",
        )
    rule, name = rules[parts[1]], parts[2]
    if name == ENABLED:
        if value.strip() not in ("0", "1"):
            raise ValidationError(
                translate(
                    "Checks", "The setting {key} is 1 (on) or 0 (off), not '{value}'."
                ).format(key=key, value=value),
                "value",
            )
        return
    if name not in rule.defaults or not PARAMS[name].editable:
        raise ValidationError(
            translate("Checks", "'{key}' is not a threshold that can be changed.").format(key=key),
            "key",
        )
    try:
        PARAMS[name].parse(value)
    except ValueError as err:
        raise ValidationError(
            translate("Checks", "The setting {key}: {err}.").format(key=key, err=err), "value"
        ) from None
