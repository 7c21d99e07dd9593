"""Add or change another medicine or supplement: name, dose and how often as the person says
them, started and stopped, and whether it acts on the immune system (with the article's examples)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.person import HOW_OFTEN, IMMUNE_ACTIVE_EXAMPLES, how_often_value, how_often_words
from app.domain.records import Medication
from app.ui.person.fields import FormDialog, OptionalDate
from app.ui.person.profile_parts import note
from app.ui.person.texts import translate


class MedicationDialog(FormDialog):
    """One medicine; Save hands it to `save` and stays open to say what is wrong."""

    def __init__(
        self,
        medication: Medication | None,
        today: date,
        save: Callable[[Medication], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.save_form, parent)
        self._save = save
        self.original = medication or Medication(None, "")
        self.setWindowTitle(
            translate("Person", "Change medicine")
            if medication
            else translate("Person", "Add a medicine")
        )
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("Person", "for example: Tenofovir, Vitamin D3"))
        self.name.setAccessibleName(translate("Person", "Medicine or supplement"))
        self.dose = QLineEdit()
        self.dose.setPlaceholderText(translate("Person", "as on the pack, for example 245 mg"))
        self.dose.setAccessibleName(translate("Person", "Dose"))
        self.how_often = QComboBox()
        self.how_often.setEditable(True)
        self.how_often.addItems([""] + [translate("Person", text) for text in HOW_OFTEN])
        self.how_often.setAccessibleName(translate("Person", "How often"))
        self.started = OptionalDate(translate("Person", "S&tarted on"), today)
        self.stopped = OptionalDate(translate("Person", "St&opped on"), today)
        self.immune = QCheckBox(translate("Person", "Acts on the &immune system"))
        help_text = (
            translate("Person", IMMUNE_ACTIVE_EXAMPLES)
            + " "
            + translate(
                "Person",
                "The article advises combining such medicines only under medical supervision; "
                "ticked, it shows as a standing caution.",
            )
        )
        self.immune.setAccessibleDescription(help_text)
        form = QFormLayout()
        form.addRow(translate("Person", "&Name:"), self.name)
        form.addRow(translate("Person", "&Dose:"), self.dose)
        form.addRow(translate("Person", "&How often:"), self.how_often)
        form.addRow("", self.started)
        form.addRow("", self.stopped)
        form.addRow("", self.immune)
        buttons = self.save_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # Below the form, not in it: a wrapped label in a form row gets too little height.
        layout.addWidget(note(help_text))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self._fill(self.original)

    def _fill(self, m: Medication) -> None:
        self.name.setText(m.name)
        self.dose.setText(m.dose)
        self.how_often.setCurrentText(how_often_words(m.how_often))
        self.started.set_day(m.started)
        self.stopped.set_day(m.stopped)
        self.immune.setChecked(m.acts_on_immune_system)

    def medication(self) -> Medication:
        """The medicine as filled in, keeping its id."""
        return replace(
            self.original,
            name=self.name.text(),
            dose=self.dose.text(),
            how_often=how_often_value(self.how_often.currentText()),
            started=self.started.day(),
            stopped=self.stopped.day(),
            acts_on_immune_system=self.immune.isChecked(),
        )

    def save_form(self) -> object:
        return self._save(self.medication())
