"""The parts of the profile form, shared by the first-run wizard (a page each) and Settings →
Profile… (all on one screen). Each part shows a profile (`load`) and puts its fields into one
(`apply`); nothing is checked here: the diary's save checks it and says what is wrong."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import Caution, Condition, Profile, Sex
from app.ui.person.texts import caution_name, caution_reason, condition_name, translate


def note(text: str) -> QLabel:
    """A wrapped line of help under a field, in the palette's quieter text colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("helpText")
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class AboutYouPart(QWidget):
    """Name (optional), sex for reference ranges, birth year, time zone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("Person", "optional"))
        self.name.setAccessibleName(translate("Person", "Name"))
        self.sex = QComboBox()
        self.sex.addItem(translate("Person", "Not given"), Sex.UNKNOWN.value)
        self.sex.addItem(translate("Person", "Female"), Sex.FEMALE.value)
        self.sex.addItem(translate("Person", "Male"), Sex.MALE.value)
        self.sex.setAccessibleName(translate("Person", "Sex, for reference ranges"))
        self.birth_year = QLineEdit()
        self.birth_year.setValidator(QIntValidator(0, 9999, self))
        self.birth_year.setPlaceholderText(translate("Person", "for example 1980"))
        self.birth_year.setMaxLength(4)
        self.birth_year.setAccessibleName(translate("Person", "Birth year"))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItem(translate("Person", "This computer's time zone"), "")
        self.timezone.addItems(sorted(available_timezones()))
        completer = self.timezone.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone.setAccessibleName(translate("Person", "Time zone"))
        form = QFormLayout(self)
        form.addRow(translate("Person", "&Name:"), self.name)
        form.addRow(translate("Person", "&Sex:"), self.sex)
        form.addRow(
            "",
            note(
                translate(
                    "Person",
                    "Used for the reference ranges offered in lab entry. Not given: "
                    "the wider of the two ranges.",
                )
            ),
        )
        form.addRow(translate("Person", "&Birth year:"), self.birth_year)
        form.addRow(translate("Person", "&Time zone:"), self.timezone)
        form.addRow("", note(translate("Person", "Doses and appointments are shown in this zone.")))

    def load(self, profile: Profile) -> None:
        self.name.setText(profile.name)
        self.sex.setCurrentIndex(max(0, self.sex.findData(profile.sex.value)))
        self.birth_year.setText(str(profile.birth_year) if profile.birth_year else "")
        if profile.timezone:
            self.timezone.setCurrentText(profile.timezone)
        else:
            self.timezone.setCurrentIndex(0)

    def apply(self, profile: Profile) -> Profile:
        year = self.birth_year.text().strip()
        zone = self.timezone.currentText().strip()
        if zone == self.timezone.itemText(0):
            zone = ""
        return replace(
            profile,
            name=self.name.text(),
            sex=Sex(self.sex.currentData()),
            birth_year=int(year) if year.isdigit() else None,
            timezone=zone,
        )


class _TickPart(QWidget):
    """A part made of one tick box per member of a short list."""

    boxes: dict

    def _tick(self, chosen: frozenset) -> None:
        for value, box in self.boxes.items():
            box.setChecked(value in chosen)

    def _ticked(self) -> frozenset:
        return frozenset(value for value, box in self.boxes.items() if box.isChecked())


class ConditionsPart(_TickPart):
    """What the protocol is for: a short list to tick, and the person's own words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                translate(
                    "Person",
                    "Tick what applies. Warning texts that only fit one condition "
                    "(such as hepatitis B) are shown only when it is ticked.",
                )
            )
        )
        self.boxes: dict[Condition, QCheckBox] = {}
        for condition in Condition:
            box = QCheckBox(condition_name(condition))
            self.boxes[condition] = box
            layout.addWidget(box)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(translate("Person", "for example: chronic, since 2019"))
        self.notes.setAccessibleName(translate("Person", "What it is for, in your own words"))
        form = QFormLayout()
        form.addRow(translate("Person", "In your own &words:"), self.notes)
        layout.addLayout(form)

    def load(self, profile: Profile) -> None:
        self._tick(profile.conditions)
        self.notes.setText(profile.condition_notes)

    def apply(self, profile: Profile) -> Profile:
        return replace(profile, conditions=self._ticked(), condition_notes=self.notes.text())


class AllergiesPart(QWidget):
    """Known allergies, as the person would tell a doctor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allergies = QLineEdit()
        self.allergies.setPlaceholderText(translate("Person", "for example: penicillin (rash)"))
        self.allergies.setAccessibleName(translate("Person", "Known allergies"))
        form = QFormLayout(self)
        form.addRow(translate("Person", "Known &allergies:"), self.allergies)
        form.addRow(
            "", note(translate("Person", "Printed on the appointment report. Leave empty if none."))
        )

    def load(self, profile: Profile) -> None:
        self.allergies.setText(profile.allergies)

    def apply(self, profile: Profile) -> Profile:
        return replace(profile, allergies=self.allergies.text())


_ALSO = {
    Caution.UNDER_18: QT_TRANSLATE_NOOP("Person", "Also noted from the birth year."),
    Caution.IMMUNE_ACTIVE_DRUGS: QT_TRANSLATE_NOOP(
        "Person",
        "Also noted when a medicine on your list is ticked as acting on the immune system.",
    ),
}


class CautionsPart(_TickPart):
    """The standing cautions, each with one sentence saying why it matters and its source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                translate(
                    "Person",
                    "Tick any that apply. Each shows as a standing note above the "
                    "tabs and on the report, for you and your doctor to keep in "
                    "mind; Dosebook never decides anything from them.",
                )
            )
        )
        self.boxes: dict[Caution, QCheckBox] = {}
        for caution in Caution:
            box = QCheckBox(caution_name(caution))
            reason = caution_reason(caution)
            if caution in _ALSO:
                reason += " " + translate("Person", _ALSO[caution])
            why = note(reason)
            why.setContentsMargins(24, 0, 0, 6)
            box.setAccessibleDescription(reason)
            self.boxes[caution] = box
            layout.addWidget(box)
            layout.addWidget(why)

    def load(self, profile: Profile) -> None:
        self._tick(profile.cautions)

    def apply(self, profile: Profile) -> Profile:
        return replace(profile, cautions=self._ticked())
