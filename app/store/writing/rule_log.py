"""Diary facade part: the warning rules' thresholds (in `setting`) and banner states (`rule_state`).

Thresholds are kept as text under keys "rules.<rule id>.<parameter>"; the rules module reads and
checks them. A missing key means the default from seeds/rules.toml.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from sqlmodel import col, select

from app.domain.errors import ValidationError
from app.domain.snapshot import RuleState
from app.store.reading import convert
from app.store.schema.models import RuleStateRow, SettingRow, utcnow

RULE_PREFIX = "rules."


def _prefix(rule_id: str) -> str:
    if not rule_id or "." in rule_id:
        raise ValidationError(f"'{rule_id}' is not a rule id.")
    return f"{RULE_PREFIX}{rule_id}."


class RuleLog:
    """Mixed into Diary; uses its `_read()` and `_write(changes)` sessions."""

    # thresholds
    def rule_settings(self) -> dict[str, str]:
        """Every stored rule threshold, "rules.<id>.<param>" -> text."""
        with self._read() as s:
            stmt = select(SettingRow).where(col(SettingRow.key).startswith(RULE_PREFIX))
            return {r.key: r.value for r in s.exec(stmt).all()}

    def update_rule_settings(self, values: Mapping[str, str], reset: Iterable[str] = ()) -> None:
        """In one write: forget the thresholds of the `reset` rules, then store `values`.

        Keys of `values` are full setting keys, "rules.<rule id>.<param>".
        """
        prefixes = [_prefix(rule_id) for rule_id in reset]
        for key in values:
            if not key.startswith(RULE_PREFIX) or key.count(".") != 2:
                raise ValidationError(f"'{key}' is not a rule setting.")
        with self._write(frozenset({"settings", "rules"})) as s:
            for prefix in prefixes:
                stmt = select(SettingRow).where(col(SettingRow.key).startswith(prefix))
                for row in s.exec(stmt).all():
                    s.delete(row)
            s.flush()
            for key, value in values.items():
                row = s.get(SettingRow, key) or SettingRow(key=key)
                row.value = str(value)
                row.updated_at = utcnow()
                s.add(row)

    # banner states
    def rule_states(self) -> dict[str, RuleState]:
        with self._read() as s:
            rows = s.exec(select(RuleStateRow)).all()
            return {r.rule_id: convert.rule_state(r) for r in rows}

    def dismiss_rule(self, rule_id: str, evidence_keys: Iterable[str]) -> None:
        """Hide a rule's banner until it has evidence other than these keys."""
        keys = sorted({k for k in evidence_keys if k})
        with self._write(frozenset({"rules"})) as s:
            row = s.get(RuleStateRow, rule_id) or RuleStateRow(rule_id=rule_id)
            row.dismissed_evidence = "\n".join(keys)
            row.updated_at = utcnow()
            s.add(row)

    def snooze_rule(self, rule_id: str, until: datetime) -> None:
        """Hide a rule's banner until the given (timezone-aware) moment."""
        if until.tzinfo is None:
            raise ValidationError("A snooze needs a time with a time zone.")
        with self._write(frozenset({"rules"})) as s:
            row = s.get(RuleStateRow, rule_id) or RuleStateRow(rule_id=rule_id)
            row.snoozed_until = until.astimezone(UTC)
            row.updated_at = utcnow()
            s.add(row)

    def clear_rule_states(self, rule_ids: Iterable[str] | None = None) -> None:
        """Show these rules' banners again (all rules when None): forget dismissals and snoozes."""
        wanted = None if rule_ids is None else set(rule_ids)
        with self._write(frozenset({"rules"})) as s:
            for row in s.exec(select(RuleStateRow)).all():
                if wanted is None or row.rule_id in wanted:
                    s.delete(row)
