"""The data behind one warning: what was seen, every piece of evidence, the thresholds, the source."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.rules import PARAMS, Rule, WarningSign
from app.ui.screens import fit_to_screen
from app.ui.warnings.guidance import ctcae_scale_text, emergency_html
from app.ui.warnings.labels import param_label, param_value, severity_word

EMERGENCY_RULES = frozenset({"site_reaction_severe"})


class EvidenceDialog(QDialog):
    """Read-only: lists the evidence so it can be read out or shown to a doctor."""

    def __init__(self, warning: WarningSign, rule: Rule | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The data behind this warning"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{severity_word(warning.severity)}: {warning.title}</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        message = QLabel(warning.message)
        message.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(message)
        layout.addWidget(QLabel(self.tr("What was seen in your diary:")))
        self.evidence = QListWidget()
        self.evidence.setWordWrap(True)
        self.evidence.addItems(list(warning.evidence))
        self.evidence.setAccessibleName(self.tr("Evidence"))
        layout.addWidget(self.evidence, 1)
        if rule is not None:
            shown = [
                f"{param_label(name)}: {param_value(value)}"
                for name, value in rule.params.items()
                if name in PARAMS
            ]
            thresholds = QLabel(self.tr("Thresholds: {list}").format(list="; ".join(shown)))
            thresholds.setWordWrap(True)
            layout.addWidget(thresholds)
        source = QLabel(self.tr("Source: {source}").format(source=warning.source))
        source.setWordWrap(True)
        layout.addWidget(source)
        self.scale: QLabel | None = None
        if any("CTCAE scale" in text for text in (warning.message, *warning.evidence)):
            self.scale = QLabel(ctcae_scale_text())
            self.scale.setWordWrap(True)
            layout.addWidget(self.scale)
        if warning.rule in EMERGENCY_RULES:
            emergency = QLabel(emergency_html())
            emergency.setTextFormat(Qt.TextFormat.RichText)
            emergency.setWordWrap(True)
            layout.addWidget(emergency)
        note = QLabel(
            self.tr(
                "Dosebook records and charts; it never diagnoses and never suggests a dose. "
                "Talk to your doctor about what you see here."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(640, 520))
