"""The colour theme chosen in Settings (system, light or dark), kept in the diary's settings.

"system" keeps the desktop's palette; light and dark set the app's palettes (app/ui/style.py).
The desktop's palette is kept the first time a theme is applied, so choosing "system" again puts
it back. The style itself is never switched while windows are open: under a style sheet, Qt can
crash later on widgets that kept the old style. (Fusion, Qt's default without a desktop theme,
follows the palette everywhere; a native style may keep some of its own colours.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.ui.style import apply_style, dark_palette

if TYPE_CHECKING:
    from app.store.diary import Diary

THEME_KEY = "appearance.theme"
THEMES = ("system", "light", "dark")
_desktop: QPalette | None = None  # the desktop's palette, before any theme was applied
_shown = "system"  # the theme on screen now


def current_theme(setting: str) -> str:
    return setting if setting in THEMES else "system"


def apply_theme(theme: str) -> None:
    """Show the app in `theme` ("system", "light" or "dark") from now on."""
    global _desktop, _shown
    app = QApplication.instance()
    if app is None or theme == _shown:
        return  # restyling every widget again for nothing is slow, and risky while some close
    if _desktop is None:
        _desktop = QPalette(app.palette())
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(_desktop)
    apply_style(app)
    _shown = theme


def apply_diary_theme(diary: Diary) -> None:
    """Show the theme the diary keeps (called when a diary is shown)."""
    apply_theme(current_theme(diary.setting(THEME_KEY)))
