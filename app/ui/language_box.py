"""The language choice in Settings: the system's, or one of the shipped languages by its own name.

The choice is kept in the diary ("appearance.language") and mirrored for the next start
(app/ui/language.py); the windows already built keep their language until then, and the box says
so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from app.domain import i18n
from app.domain.i18n.choice import LANGUAGES, SYSTEM
from app.ui.language import remember_choice, system_language

translate = QCoreApplication.translate


class LanguageBox(QComboBox):
    """ "Like the system (Deutsch)", "English", "Deutsch", "简体中文": each language in itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        system = LANGUAGES[system_language()]
        self.addItem(
            translate("Language", "Like the system ({language})").format(language=system), SYSTEM
        )
        for code, name in LANGUAGES.items():
            self.addItem(name, code)
        self.setAccessibleName(translate("Language", "Language"))

    def set_choice(self, choice: str) -> None:
        """Show the stored choice ("system" when unknown)."""
        index = self.findData(choice if choice in LANGUAGES else SYSTEM)
        self.setCurrentIndex(max(index, 0))

    def choice(self) -> str:
        return str(self.currentData())


def apply_choice(choice: str) -> str:
    """Mirror `choice` for the next start; a sentence to show when it differs from today's."""
    remember_choice(choice)
    wanted = choice if choice in LANGUAGES else system_language()
    if wanted == i18n.current_language():
        return ""
    return translate("Language", "Dosebook speaks {language} from its next start.").format(
        language=LANGUAGES[wanted]
    )
