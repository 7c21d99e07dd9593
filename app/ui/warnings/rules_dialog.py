"""Settings → Warning rules: every rule with its thresholds, editable, with reset to default."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n.seeds import rule_text
from app.rules import ENABLED, PARAMS, Rule, rules_for, setting_key
from app.store.diary import Diary
from app.ui.actions import run_action
from app.ui.screens import fit_to_screen
from app.ui.warnings.labels import param_label, param_value, severity_word


def _spin(name: str, value: Any) -> QSpinBox | QDoubleSpinBox:
    spec = PARAMS[name]
    box: QSpinBox | QDoubleSpinBox
    if spec.kind == "int":
        box = QSpinBox()
        box.setRange(int(spec.minimum or 0), int(spec.maximum or 100000))
        box.setValue(int(value))
    else:
        box = QDoubleSpinBox()
        box.setDecimals(1)
        box.setRange(spec.minimum or 0.0, spec.maximum or 100000.0)
        box.setSingleStep(10.0 if (spec.maximum or 0) > 1000 else 0.5)
        box.setValue(float(value))
    box.setAccessibleName(param_label(name))
    box.setMaximumWidth(140)
    return box


class RuleEditor(QGroupBox):
    """One rule: on or off, its numeric thresholds, and a reset button."""

    def __init__(self, rule: Rule, parent: QWidget | None = None) -> None:
        super().__init__(f"{rule_text(rule.title)} · {severity_word(rule.severity)}", parent)
        self.rule = rule
        self.setObjectName(f"rule-{rule.id}")
        form = QFormLayout(self)
        self.enabled = QCheckBox(self.tr("Show this warning"))
        self.enabled.setChecked(rule.enabled)
        form.addRow(self.enabled)
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for name, value in rule.params.items():
            if PARAMS[name].editable:
                self.spins[name] = _spin(name, value)
                form.addRow(param_label(name), self.spins[name])
            else:
                form.addRow(param_label(name), QLabel(param_value(value)))
        source = QLabel(self.tr("Source: {source}").format(source=rule.source_text()))
        source.setWordWrap(True)
        reset = QPushButton(self.tr("Reset to default"))
        reset.setAccessibleName(
            self.tr("Reset {rule} to default").format(rule=rule_text(rule.title))
        )
        reset.clicked.connect(self.reset)
        row = QHBoxLayout()
        row.addWidget(source, 1)
        row.addWidget(reset, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(row)

    def reset(self) -> None:
        """Put the shipped thresholds back in the boxes (saved with OK)."""
        self.enabled.setChecked(True)
        for name, box in self.spins.items():
            box.setValue(self.rule.defaults[name])

    def settings(self) -> dict[str, str]:
        """The setting keys that differ from the defaults, as text."""
        out: dict[str, str] = {}
        if not self.enabled.isChecked():
            out[setting_key(self.rule.id, ENABLED)] = "0"
        for name, box in self.spins.items():
            value = box.value()
            if value != self.rule.defaults[name]:
                out[setting_key(self.rule.id, name)] = param_value(value)
        return out


class RulesDialog(QDialog):
    """Lists every rule; OK stores what differs from the defaults in one write."""

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.setWindowTitle(self.tr("Warning rules"))
        self.rules = rules_for(diary.rule_settings())
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each rule looks at your diary and raises a warning with the data behind it. "
                "The numbers below are the thresholds; change them with your doctor's advice."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QWidget()
        column = QVBoxLayout(body)
        self.editors = [RuleEditor(rule) for rule in self.rules]
        for editor in self.editors:
            column.addWidget(editor)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        reset_all = QPushButton(self.tr("Reset all to defaults"))
        reset_all.clicked.connect(self.reset_all)
        unhide = QPushButton(self.tr("Show snoozed and dismissed warnings again"))
        unhide.clicked.connect(self.unhide)
        row.addWidget(reset_all)
        row.addWidget(unhide)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(720, 680))

    def reset_all(self) -> None:
        for editor in self.editors:
            editor.reset()

    def unhide(self) -> None:
        run_action(self.diary.clear_rule_states, self)

    def save(self) -> None:
        values: dict[str, str] = {}
        for editor in self.editors:
            values.update(editor.settings())
        reset = [r.id for r in self.rules]
        if run_action(lambda: self.diary.update_rule_settings(values, reset=reset), self).ok:
            self.accept()
