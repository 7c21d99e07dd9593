"""The colour theme chosen in Settings (system, light or dark), kept in the diary's settings.

"system" leaves the desktop's palette alone; light and dark use Fusion with the app's palettes
(app/ui/style.py). The desktop's palette and style are kept the first time a theme is applied,
so choosing "system" again puts them back.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.ui.style import apply_style, dark_palette

THEME_KEY = "appearance.theme"
_system: tuple[QPalette, str] | None = None  # the desktop's palette and style


def apply_theme(theme: str) -> None:
    """Show the app in `theme` ("system", "light" or "dark") from now on."""
    global _system
    app = QApplication.instance()
    if app is None:
        return
    if _system is None:
        if theme == "system":
            return  # nothing was changed yet
        _system = (QPalette(app.palette()), app.style().name())
    palette, style = _system
    if theme in ("light", "dark"):
        _set_style(app, "fusion")
        app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    else:
        _set_style(app, style)
        app.setPalette(palette)
    apply_style(app)


def _set_style(app: QApplication, name: str) -> None:
    if app.style().name().lower() != name.lower():
        app.setStyle(name)


def current_theme(setting: str) -> str:
    return setting if setting in ("system", "light", "dark") else "system"


def apply_diary_theme(diary: object) -> None:
    """Show the theme the diary keeps (called when a diary is shown)."""
    apply_theme(current_theme(diary.setting(THEME_KEY)))
