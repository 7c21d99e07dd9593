"""Settings → Profile…: about you, what the protocol is for, allergies and cautions, on one
screen; Save writes them in one action."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QGroupBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import Profile
from app.store.diary import Diary
from app.ui.person.fields import FormDialog
from app.ui.person.profile_parts import AboutYouPart, AllergiesPart, CautionsPart, ConditionsPart
from app.ui.person.texts import translate
from app.ui.screens import fit_to_screen


class ProfileDialog(FormDialog):
    """The whole profile; Save checks it through the diary and stays open to say what is wrong."""

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(self.save_form, parent)
        self.diary = diary
        self.setWindowTitle(translate("Person", "Profile"))
        self.about = AboutYouPart()
        self.conditions = ConditionsPart()
        self.allergies = AllergiesPart()
        self.cautions = CautionsPart()
        self.parts = (self.about, self.conditions, self.allergies, self.cautions)
        body = QWidget()
        column = QVBoxLayout(body)
        for title, part in (
            (translate("Person", "About you"), self.about),
            (translate("Person", "What the protocol is for"), self.conditions),
            (translate("Person", "Allergies"), self.allergies),
            (translate("Person", "Cautions"), self.cautions),
        ):
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(part)
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        buttons = self.save_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(620, 720))
        profile = diary.profile()
        for part in self.parts:
            part.load(profile)
        self.about.name.setFocus()

    def profile(self) -> Profile:
        """The profile as the form shows it."""
        profile = self.diary.profile()
        for part in self.parts:
            profile = part.apply(profile)
        return profile

    def save_form(self) -> object:
        return self.diary.save_profile(self.profile())
