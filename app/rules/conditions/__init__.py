"""The condition types a rule can use (one module per area), and the thresholds each takes."""

from app.rules.conditions.registry import CONDITIONS, PARAMS, Check

__all__ = ["CONDITIONS", "PARAMS", "Check"]
