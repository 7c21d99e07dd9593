"""The first run after a diary is created: about you, what the protocol is for, allergies,
cautions, other medicines, then the course. Every page can be left empty and done later
(Settings → Profile…, the Care tab, Injections → Courses); Next saves what a page holds."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.store.diary import Diary
from app.ui.actions import run_action
from app.ui.person.fields import error_label
from app.ui.person.medication_dialog import MedicationDialog
from app.ui.person.profile_parts import (
    AboutYouPart,
    AllergiesPart,
    CautionsPart,
    ConditionsPart,
    note,
)
from app.ui.person.texts import translate
from app.ui.screens import fit_to_screen

LATER = QT_TRANSLATE_NOOP("Person", "You can skip this page and fill it in later.")


class ProfilePage(QWizardPage):
    """One part of the profile; Next saves the whole profile as the wizard shows it."""

    def __init__(self, title: str, subtitle: str, part: QWidget, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.part = part
        self._wizard = wizard
        self.error = error_label()
        # Scrolled rather than squeezed: the cautions and their reasons run long in German.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(part)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)

    def validatePage(self) -> bool:  # noqa: N802
        self.error.hide()
        return run_action(self._wizard.save_profile, self, show=self._show).ok

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class MedicinesPage(QWizardPage):
    """Other medicines and supplements, each added in its own dialog (saved at once)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("Person", "Other medicines"))
        self.setSubTitle(
            translate("Person", "Medicines and supplements you take besides the protocol. ")
            + translate("Person", LATER)
        )
        self.listing = QLabel()
        self.listing.setWordWrap(True)
        self.add_button = QPushButton(translate("Person", "&Add a medicine…"))
        self.add_button.setAutoDefault(False)  # Return stays "Next"; Space or Alt+A opens it
        self.add_button.clicked.connect(self.add_medication)
        self.dialog: MedicationDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.listing)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(
            note(
                translate(
                    "Person",
                    "Tick 'acts on the immune system' where it applies: it shows "
                    "as a standing caution.",
                )
            )
        )
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        self.show_list()

    def show_list(self) -> None:
        names = [m.name for m in self._wizard.diary.medications()]
        self.listing.setText(
            translate("Person", "On your list: {names}").format(names=", ".join(names))
            if names
            else translate("Person", "None yet.")
        )

    def add_medication(self) -> MedicationDialog:
        diary = self._wizard.diary
        dialog = MedicationDialog(None, self._wizard.today(), diary.save_medication, self)
        dialog.finished.connect(lambda _result: self.show_list())
        self.dialog = dialog
        dialog.open()
        return dialog


class CoursePage(QWizardPage):
    """The course: start from a template, or describe one's own (the Courses dialog)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("Person", "Your course"))
        self.setSubTitle(
            translate("Person", "What you inject and when, as agreed with your doctor. ")
            + translate("Person", LATER)
        )
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        self.buttons: list[QPushButton] = []
        templates = wizard.diary.protocol_templates(wizard.today())
        for index, (_template_id, template) in enumerate(templates, start=1):
            text = translate("Person", "&Start from the template: {product}…").format(
                product=template.product
            )
            self._add_button(layout, text, index)
        self._add_button(layout, translate("Person", "&Describe my own course…"), 0)
        layout.addStretch(1)
        self.dialog: QWidget | None = None

    def _add_button(self, layout: QVBoxLayout, text: str, template_index: int) -> None:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.open_course(template_index))
        self.buttons.append(button)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:  # noqa: N802
        self.show_state()

    def show_state(self) -> None:
        products = [p.product for p in self._wizard.diary.protocols()]
        self.state.setText(
            translate("Person", "Set up: {products}.").format(products=", ".join(products))
            if products
            else translate("Person", "No course yet.")
        )

    def open_course(self, template_index: int) -> QWidget:
        """The Courses dialog, filled from template `template_index` (0: your own)."""
        from app.ui.injections.protocol_dialog import ProtocolDialog

        diary, today = self._wizard.diary, self._wizard.today()
        dialog = ProtocolDialog(
            None, diary.protocol_templates(today), today, diary.save_protocol, self
        )
        if template_index:
            dialog.template_box.setCurrentIndex(template_index)
            dialog.template_box.activated.emit(template_index)
        dialog.finished.connect(lambda _result: self.show_state())
        self.dialog = dialog
        dialog.open()
        return dialog


class FirstRunWizard(QWizard):
    """Set the person up after creating a diary; Cancel ("Later") keeps what was saved."""

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.setWindowTitle(translate("Person", "Welcome to Dosebook"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("Person", "&Later"))
        self.about = AboutYouPart()
        self.conditions = ConditionsPart()
        self.allergies = AllergiesPart()
        self.cautions = CautionsPart()
        self.parts = (self.about, self.conditions, self.allergies, self.cautions)
        profile = diary.profile()
        for part in self.parts:
            part.load(profile)
        intro = translate("Person", "A few questions so the diary fits you. ") + translate(
            "Person", LATER
        )
        for title, subtitle, part in (
            (translate("Person", "About you"), intro, self.about),
            (
                translate("Person", "What the protocol is for"),
                translate("Person", LATER),
                self.conditions,
            ),
            (translate("Person", "Allergies"), translate("Person", LATER), self.allergies),
            (translate("Person", "Cautions"), translate("Person", LATER), self.cautions),
        ):
            self.addPage(ProfilePage(title, subtitle, part, self))
        self.medicines = MedicinesPage(self)
        self.course = CoursePage(self)
        self.addPage(self.medicines)
        self.addPage(self.course)
        fit_to_screen(self, QSize(620, 560))

    def today(self) -> date:
        """Today in the diary's time zone."""
        return datetime.now(self.diary.timezone()).date()

    def save_profile(self) -> None:
        """Save the profile as every page shows it now."""
        profile = self.diary.profile()
        for part in self.parts:
            profile = part.apply(profile)
        if profile != self.diary.profile():
            self.diary.save_profile(profile)
