"""Words the warning screens share: severities and threshold names, through tr()."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.rules import PARAMS, words


def tr(text: str) -> str:
    return QCoreApplication.translate("WarningRules", text)


def severity_word(severity: str) -> str:
    """'Urgent', 'Warning' or 'Note': severity readable without colour."""
    return {"urgent": tr("Urgent"), "warning": tr("Warning"), "info": tr("Note")}.get(
        severity, severity
    )


def param_label(name: str) -> str:
    spec = PARAMS.get(name)
    return tr(spec.label) if spec else name


def param_value(value: Any) -> str:
    return words.threshold(value)
