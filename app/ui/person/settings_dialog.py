"""Settings → Settings…: pages that declare their options and load and save them (as Picard's
option pages do). OK writes every page's declared settings in one action, then each page
applies what lives outside the diary (the key in the keyring). The colour theme is kept per
computer, before any diary is open: Settings → Appearance (app/ui/appearance.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.settings import REPORT_PERIODS
from app.report.options import DEFAULT_MONTHS
from app.store.diary import Diary
from app.ui.person.fields import FormDialog
from app.ui.person.profile_parts import note
from app.ui.person.texts import translate


class SettingsPage(QWidget):
    """One page: `title`, its fields filled from the diary when made, `values()` to save (none
    by default), and `apply()` after the save for what is not kept in the diary."""

    title = ""

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary

    def values(self) -> dict[str, str]:
        return {}

    def apply(self) -> None:
        return None


def _radios(
    parent: QWidget, choices: dict[str, str]
) -> tuple[QButtonGroup, dict[str, QRadioButton]]:
    group = QButtonGroup(parent)
    buttons = {}
    for value, text in choices.items():
        buttons[value] = QRadioButton(text)
        group.addButton(buttons[value])
    return group, buttons


def _checked(buttons: dict[str, QRadioButton], default: str) -> str:
    return next((value for value, b in buttons.items() if b.isChecked()), default)


class SecurityPage(SettingsPage):
    """Change the passphrase; remember the key on this computer or forget it."""

    title = QT_TRANSLATE_NOOP("Person", "Passphrase")

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(diary, parent)
        from app.access import can_remember

        self.change_button = QPushButton(translate("Person", "&Change passphrase…"))
        self.change_button.clicked.connect(self.change_passphrase)
        self.remember = QCheckBox(
            translate("Person", "&Remember on this computer (in the system keyring)")
        )
        self.remember.setEnabled(can_remember())
        layout = QVBoxLayout(self)
        layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(
            note(translate("Person", "The diary is re-encrypted under the new passphrase."))
        )
        layout.addSpacing(12)
        layout.addWidget(self.remember)
        if can_remember():
            text = translate(
                "Person",
                "Remembered, the diary opens without asking. Forgotten, the passphrase "
                "is asked at every start.",
            )
        else:
            text = translate("Person", "No secure keyring was found; Dosebook asks at every start.")
        layout.addWidget(note(text))
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        from app.access import is_remembered

        self.remember.setChecked(is_remembered(self.diary))

    def apply(self) -> None:
        from app.access import forget, is_remembered, remember

        if self.remember.isChecked() and not is_remembered(self.diary):
            remember(self.diary)
        elif not self.remember.isChecked():
            forget(self.diary)

    def change_passphrase(self) -> None:
        from app.ui.person.passphrase_dialog import ChangePassphraseDialog

        ChangePassphraseDialog(self.diary, self).exec()
        self.load()  # a remembered key was replaced


class ReportPage(SettingsPage):
    """The report's paper and the dates it covers unless others are picked."""

    title = QT_TRANSLATE_NOOP("Person", "Report")

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(diary, parent)
        self.paper = QComboBox()
        self.paper.addItem(translate("Person", "A4"), "a4")
        self.paper.addItem(translate("Person", "US Letter"), "letter")
        words = {
            "since_last_appointment": translate(
                "Person", "From the last &appointment (else the last report)"
            ),
            "since_last_report": translate("Person", "From the last &report"),
            "months": translate("Person", "The last &months:"),
        }
        self.group, self.periods = _radios(self, {p: words[p] for p in REPORT_PERIODS})
        self.months = QSpinBox()
        self.months.setRange(1, 24)
        self.months.setAccessibleName(translate("Person", "Months"))
        form = QFormLayout(self)
        form.addRow(translate("Person", "&Paper:"), self.paper)
        self.paper.setMaximumWidth(240)
        for period, button in self.periods.items():
            if period == "months":
                row = QHBoxLayout()
                row.addWidget(button)
                row.addWidget(self.months)
                row.addStretch(1)
                form.addRow("", row)
            else:
                form.addRow(
                    translate("Person", "Dates:") if period == REPORT_PERIODS[0] else "", button
                )
        form.addRow(
            "",
            note(
                translate(
                    "Person",
                    "Without an earlier appointment or report, the report covers the "
                    "last months given here.",
                )
            ),
        )
        self.load()

    def load(self) -> None:
        paper = self.diary.setting("report.paper", "a4")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        period = self.diary.setting("report.period", REPORT_PERIODS[0])
        self.periods.get(period, self.periods[REPORT_PERIODS[0]]).setChecked(True)
        months = self.diary.setting("report.months")
        self.months.setValue(int(months) if months.isdigit() else DEFAULT_MONTHS)

    def values(self) -> dict[str, str]:
        return {
            "report.paper": self.paper.currentData(),
            "report.period": _checked(self.periods, REPORT_PERIODS[0]),
            "report.months": str(self.months.value()),
        }


PAGES = (SecurityPage, ReportPage)


class SettingsDialog(FormDialog):
    """The pages in tabs; OK saves them all as one action."""

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(self.save_form, parent)
        self.diary = diary
        self.setWindowTitle(translate("Person", "Settings"))
        self.tabs = QTabWidget()
        self.pages = [page(diary) for page in PAGES]
        for page in self.pages:
            self.tabs.addTab(page, translate("Person", page.title))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        buttons = self.save_buttons()
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def page(self, kind: type[SettingsPage]) -> SettingsPage:
        return next(p for p in self.pages if isinstance(p, kind))

    def save_form(self) -> None:
        values: dict[str, str] = {}
        for page in self.pages:
            values.update(page.values())
        self.diary.set_settings(values)
        for page in self.pages:
            page.apply()
