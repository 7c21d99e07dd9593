"""The warning-sign engine: rules as data (seeds/rules.toml), pure checks over a diary snapshot.

No Qt, no SQL. A warning says what was seen, the evidence, its source, and to talk to the doctor;
never a diagnosis, never dose advice.
"""

from app.domain.snapshot import RuleState, Snapshot
from app.rules.catalogue import (
    ENABLED,
    RuleFileError,
    check_rule_setting,
    default_rules,
    rules_for,
    setting_key,
    with_settings,
)
from app.rules.conditions import CONDITIONS, PARAMS
from app.rules.engine import Evaluation, evaluate, evaluate_snapshot, is_hidden, split_hidden
from app.rules.model import SEVERITIES, Finding, ParamSpec, Rule, WarningSign

__all__ = [
    "CONDITIONS",
    "ENABLED",
    "PARAMS",
    "SEVERITIES",
    "Evaluation",
    "Finding",
    "ParamSpec",
    "Rule",
    "RuleFileError",
    "RuleState",
    "Snapshot",
    "WarningSign",
    "check_rule_setting",
    "default_rules",
    "evaluate",
    "evaluate_snapshot",
    "is_hidden",
    "rules_for",
    "setting_key",
    "split_hidden",
    "with_settings",
]
