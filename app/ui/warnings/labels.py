"""Words the warning screens share: severities and threshold names, through tr()."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.rules import PARAMS, words

translate = QCoreApplication.translate


def severity_word(severity: str) -> str:
    """'Urgent', 'Warning' or 'Note': severity readable without colour."""
    return {
        "urgent": translate("WarningRules", "Urgent"),
        "warning": translate("WarningRules", "Warning"),
        "info": translate("WarningRules", "Note"),
    }.get(severity, severity)


def param_label(name: str) -> str:
    """A threshold's label, marked in app/rules/conditions/registry.py."""
    spec = PARAMS.get(name)
    return translate("WarningRules", spec.label) if spec else name


def param_value(value: Any) -> str:
    return words.threshold(value)
