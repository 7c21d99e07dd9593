"""Settings → Appearance: like the desktop (light or dark as it says), always light, always dark."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from app.ui.style import colour_scheme, set_colour_scheme

translate = QCoreApplication.translate


def fill_appearance_menu(menu: QMenu) -> QActionGroup:
    """Three choices, one ticked; the choice is kept in QSettings (it is not health data)."""
    group = QActionGroup(menu)
    chosen = colour_scheme()
    for scheme, text in (
        ("system", translate("Appearance", "Like the &system")),
        ("light", translate("Appearance", "&Light")),
        ("dark", translate("Appearance", "&Dark")),
    ):
        action = QAction(text, menu, checkable=True)
        action.setChecked(scheme == chosen)
        action.setData(scheme)
        action.triggered.connect(
            lambda _on=False, s=scheme: set_colour_scheme(QApplication.instance(), s)
        )
        group.addAction(action)
        menu.addAction(action)
    return group
