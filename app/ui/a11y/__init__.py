"""Screen-reader support for the custom-painted widgets: what a button or a list would say.

The body map's zones, the calendar's days, the 0–10 rating rows and the charts draw themselves,
so Qt knows nothing of their parts. `install()` adds a factory that gives each of them an
accessible interface (app/ui/a11y/interfaces.py), fed by the widget's own words
(`PartsWidget` in app/ui/a11y/parts.py). Qt hands these to the desktop's accessibility bus
(AT-SPI on Linux, UI Automation on Windows, NSAccessibility on macOS).
"""

from __future__ import annotations

from app.ui.a11y.parts import Part, PartsWidget, announce_focus

__all__ = ["Part", "PartsWidget", "announce_focus", "install"]

_installed = False


def install() -> None:
    """Install the factory once (it costs nothing until an assistive tool asks)."""
    global _installed
    if _installed:
        return
    from PySide6.QtGui import QAccessible

    from app.ui.a11y.interfaces import factory

    QAccessible.installFactory(factory)
    _installed = True
