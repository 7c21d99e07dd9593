"""Diary facade part: the warning rules' thresholds (in `setting`) and banner states (`rule_state`).

Thresholds are kept as text under keys "rules.<rule id>.<parameter>"; the rules module reads and
checks them. A missing key means the default from seeds/rules.toml.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from app.domain.checks import check_rule_id, check_snooze
from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.store.changes import Change
from app.store.reading.reads import RULE_PREFIX


def _prefix(rule_id: str) -> str:
    check_rule_id(rule_id)
    return f"{RULE_PREFIX}{rule_id}."


def _like_prefix(prefix: str) -> tuple[str, tuple[str]]:
    """A WHERE clause for keys starting with `prefix` (no LIKE: ids may hold _ or %)."""
    return 'substr("key", 1, ?) = ?', (len(prefix), prefix)


class RuleLog:
    """Mixed into Diary; writes through its `_write(changes)` transactions."""

    def update_rule_settings(self, values: Mapping[str, str], reset: Iterable[str] = ()) -> None:
        """In one write: forget the thresholds of the `reset` rules, then store `values`.

        Keys of `values` are full setting keys, "rules.<rule id>.<param>".
        """
        prefixes = [_prefix(rule_id) for rule_id in reset]
        for key in values:
            if not key.startswith(RULE_PREFIX) or key.count(".") != 2:
                raise ValidationError(
                    translate("Store", "'{key}' is not a rule setting.").format(key=key)
                )
        with self._write(Change.SETTINGS | Change.RULES) as tx:
            for prefix in prefixes:
                where, params = _like_prefix(prefix)
                tx.delete("setting", where, (params[0], params[1]))
            for key, value in values.items():
                tx.upsert("setting", {"key": key, "value": str(value)})

    def dismiss_rule(self, rule_id: str, evidence_keys: Iterable[str]) -> None:
        """Hide a rule's banner until it has evidence other than these keys."""
        check_rule_id(rule_id)
        keys = sorted({k for k in evidence_keys if k})
        with self._write(Change.RULES) as tx:
            tx.upsert("rule_state", {"rule_id": rule_id, "dismissed_evidence": "\n".join(keys)})

    def snooze_rule(self, rule_id: str, until: datetime) -> None:
        """Hide a rule's banner until the given (timezone-aware) moment."""
        check_rule_id(rule_id)
        check_snooze(until)
        with self._write(Change.RULES) as tx:
            tx.upsert("rule_state", {"rule_id": rule_id, "snoozed_until": until})

    def clear_rule_states(self, rule_ids: Iterable[str] | None = None) -> None:
        """Show these rules' banners again (all rules when None): forget dismissals and snoozes."""
        with self._write(Change.RULES) as tx:
            if rule_ids is None:
                tx.delete("rule_state", "1", ())
            else:
                for rule_id in set(rule_ids):
                    tx.delete("rule_state", "rule_id = ?", (rule_id,))
