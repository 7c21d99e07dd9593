"""The app's look: light or dark (following the desktop unless chosen), and one style sheet.

Colours come from app/ui/colours.py. A label shows an error, a warning, a success or a hint by
its `status` property (`set_status`), so its colour follows a switch between light and dark.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.colours import STATUS, dark_palette, is_dark, light_palette, status_colour
from app.ui.colours import with_readable_text as _with_readable_text

__all__ = ["apply_style", "apply_theme", "colour_scheme", "is_dark", "set_colour_scheme"]

_BANNER = {
    # severity: (light background, light border, dark background, dark border)
    "info": ("#e8f1fb", "#7aa7d9", "#1d2c3d", "#4f7fb3"),
    "warning": ("#fff4d6", "#d9a420", "#3a3018", "#b8891a"),
    "urgent": ("#fde4e1", "#d0524a", "#43201e", "#c4534b"),
}
SCHEME_KEY = "appearance/colour-scheme"
SCHEMES = ("system", "light", "dark")


def banner_colours(severity: str, dark: bool) -> tuple[str, str]:
    """(background, border) of a banner of this severity."""
    lbg, lborder, dbg, dborder = _BANNER.get(severity, _BANNER["info"])
    return (dbg, dborder) if dark else (lbg, lborder)


def style_sheet(palette: QPalette) -> str:
    dark = is_dark(palette)
    parts = []
    for severity in _BANNER:
        bg, border = banner_colours(severity, dark)
        text = "#e8eaed" if dark else "#1f1f1f"
        parts.append(
            f'QFrame#banner[severity="{severity}"] {{ background: {bg}; '
            f"border: 1px solid {border}; border-left: 5px solid {border}; border-radius: 4px; }}"
            f'QFrame#banner[severity="{severity}"] QLabel {{ color: {text}; }}'
        )
    for kind in STATUS:
        parts.append(f'QLabel[status="{kind}"] {{ color: {status_colour(kind, palette).name()}; }}')
    parts.append("QLabel#bannerSymbol { font-size: 13pt; padding-right: 2px; }")
    parts.append("QLabel#nextDose { font-size: 13pt; font-weight: 600; }")
    return "\n".join(parts)


def apply_style(app: QApplication) -> None:
    app.setStyleSheet(style_sheet(app.palette()))


def set_status(widget: QWidget, kind: str | None) -> None:
    """Show `widget`'s text as an error, warning, success or hint (None: plain again).

    Errors and warnings are bold as well, so they stand out without colour.
    """
    if widget.property("status") == kind:
        return
    widget.setProperty("status", kind)
    font = widget.font()
    font.setBold(kind in ("error", "warning"))
    widget.setFont(font)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


# ----- light, dark, or the desktop's choice ---------------------------------------------------

_desktop: QPalette | None = None  # the desktop's palette as Qt gave it, before any change
_desktop_style = ""  # the desktop's style, read when first needed (it loads Qt's enums)
_applied_style: tuple[str, bool] | None = None  # (base style, with ClearEdges) as set
_desktop_dark: bool | None = None  # the desktop's colour scheme, once asked
_following = False


def colour_scheme() -> str:
    """The chosen scheme: "system" (the default), "light" or "dark"."""
    value = QSettings().value(SCHEME_KEY, "system")
    return value if value in SCHEMES else "system"


def set_colour_scheme(app: QApplication, scheme: str) -> None:
    """Remember the choice (kept only when it differs from the default) and apply it now."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown colour scheme {scheme!r}")
    settings = QSettings()
    if scheme == "system":
        settings.remove(SCHEME_KEY)
    else:
        settings.setValue(SCHEME_KEY, scheme)
    apply_theme(app, scheme)


def apply_theme(
    app: QApplication, scheme: str | None = None, desktop: QPalette | None = None
) -> None:
    """Light or dark as chosen, following the desktop for "system"; then the style sheet.

    When the desktop's palette already matches, it stays (a GTK or KDE dark theme keeps its
    colours and Qt keeps following it); only hint text and links are made readable. Otherwise
    Fusion with Dosebook's light or dark palette. `desktop` stands in for the desktop's palette
    (tests and screenshots); its darkness then decides "system".
    """
    global _desktop
    # (No QPalette(palette) copies here: resolving that overload loads all of Qt's enums,
    # about 20 ms before the first paint.)
    if _desktop is None:
        _desktop = app.palette()
    stand_in = desktop is not None
    desktop = desktop if stand_in else _desktop
    scheme = scheme or colour_scheme()
    if scheme == "system":
        want_dark = is_dark(desktop) if stand_in or _desktop_dark is None else _desktop_dark
    else:
        want_dark = scheme == "dark"
    own = want_dark != is_dark(desktop)  # Dosebook's palette rather than the desktop's
    _set_style(app, fusion=own)
    if not own:
        # Nothing else set: the desktop's colours, as they change.
        palette = copy.copy(desktop) if stand_in else QPalette()
        source = desktop
    else:
        palette = dark_palette() if want_dark else light_palette()
        source = palette
    readable = _with_readable_text(source)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Link):
            palette.setColor(group, role, readable.color(group, role))
    app.setPalette(palette)
    apply_style(app)
    if not _following:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: _follow_desktop(app))


def _set_style(app: QApplication, fusion: bool) -> None:
    """Fusion under Dosebook's own palettes, else the desktop's style; once the window has
    painted, a Fusion style also gets check boxes whose edges show (app/ui/edges.py)."""
    global _desktop_style, _applied_style
    if not _desktop_style:
        if not fusion and not _following:
            return  # start-up on the desktop's look: nothing to change before the first paint
        _desktop_style = app.style().name() or "fusion"
    base = "fusion" if fusion else _desktop_style
    wanted = (base.lower(), _following and base.lower() == "fusion")
    if wanted == _applied_style:
        return
    if wanted[1]:
        from app.ui.edges import ClearEdges

        app.setStyle(ClearEdges(base))
    elif _applied_style is not None or fusion:
        app.setStyle(base)
    _applied_style = wanted


def _follow_desktop(app: QApplication) -> None:
    """After the first paint (asking Qt loads its enums): the desktop's scheme and its changes,
    and the style with clear check-box edges."""
    global _following
    if _following:
        return
    _following = True
    _set_style(app, fusion=_applied_style is not None and _applied_style[0] == "fusion")
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda _scheme: _desktop_changed(app))
        _read_desktop_scheme(app)


def _read_desktop_scheme(app: QApplication) -> None:
    global _desktop_dark
    from PySide6.QtCore import Qt

    scheme = QGuiApplication.styleHints().colorScheme()
    known = {Qt.ColorScheme.Dark: True, Qt.ColorScheme.Light: False}
    was, _desktop_dark = _desktop_dark, known.get(scheme)
    changed = _desktop_dark is not None and _desktop_dark != was
    if changed and colour_scheme() == "system" and _desktop_dark != is_dark(app.palette()):
        apply_theme(app, "system")


def _desktop_changed(app: QApplication) -> None:
    """The desktop switched between light and dark: read its palette afresh and follow."""
    global _desktop
    if colour_scheme() != "system":
        return
    app.setPalette(QPalette())  # nothing set: Qt's palette is the desktop's again
    _desktop = app.palette()
    _read_desktop_scheme(app)
    apply_theme(app, "system")
