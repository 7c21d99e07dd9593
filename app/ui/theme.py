"""The colour theme chosen in Settings (system, light or dark), kept in the diary's settings.

"system" keeps the desktop's palette; light and dark switch to Fusion (which follows the palette
on every platform) with the app's palettes (app/ui/style.py). The desktop's palette is kept the
first time a theme is applied, so choosing "system" again puts it back; Fusion then stays until
the app is started again (changing the style twice under a style sheet is not safe in Qt).
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
_fusion = False


def current_theme(setting: str) -> str:
    return setting if setting in THEMES else "system"


def apply_theme(theme: str) -> None:
    """Show the app in `theme` ("system", "light" or "dark") from now on."""
    global _desktop, _fusion
    app = QApplication.instance()
    if app is None or (_desktop is None and theme == "system"):
        return  # nothing was changed yet
    if _desktop is None:
        _desktop = QPalette(app.palette())
    if theme in ("light", "dark") and not _fusion:
        app.setStyle("fusion")
        _fusion = True
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(_desktop)
    apply_style(app)


def apply_diary_theme(diary: Diary) -> None:
    """Show the theme the diary keeps (called when a diary is shown)."""
    apply_theme(current_theme(diary.setting(THEME_KEY)))
