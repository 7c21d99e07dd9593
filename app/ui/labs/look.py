"""How flags and due states look: a symbol that reads without colour, and a palette-aware colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.domain.labs import DueStatus, Flag, flag_symbol, flag_words, grade_label
from app.ui.colours import STATUS, readable

translate = QCoreApplication.translate

# (light, dark): darker shades of the chart colours, so text keeps its contrast on the background.
_FLAG_COLOURS: dict[Flag, tuple[str, str]] = {
    Flag.HIGH: ("#a8440f", "#ff9a6b"),
    Flag.LOW: ("#8c3b77", "#f0a6d2"),
    Flag.ABNORMAL: ("#a8440f", "#ff9a6b"),
    Flag.NORMAL: ("#19704a", "#6fdca8"),
}
_DUE_COLOURS: dict[DueStatus, tuple[str, str]] = {
    DueStatus.OVERDUE: ("#a8440f", "#ff9a6b"),
    DueStatus.DUE: ("#8a6100", "#f2c14e"),
    DueStatus.NOT_YET: ("#19704a", "#6fdca8"),
}
DUE_SYMBOLS: dict[DueStatus, str] = {
    DueStatus.OVERDUE: "!",
    DueStatus.DUE: "●",
    DueStatus.NOT_YET: "✓",
    DueStatus.NEVER_DONE: "–",
}


def _palette() -> QPalette:
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


def _pick(pair: tuple[str, str] | None) -> QColor:
    """The light or dark shade, kept readable on the palette (app/ui/colours.py)."""
    palette = _palette()
    return readable(pair or STATUS["muted"], palette)


def flag_colour(flag: Flag | None) -> QColor:
    """The text colour for a flag; muted when there is nothing to point out."""
    return _pick(_FLAG_COLOURS.get(flag)) if flag is not None else _pick(None)


def due_colour(status: DueStatus) -> QColor:
    """The text colour for a due state."""
    return _pick(_DUE_COLOURS.get(status))


def _short_words(flag: Flag, has_range: bool) -> str:
    """One word for the results table, where the column is narrow; the tooltip has the full words."""
    if not has_range:
        return translate("Labs", "No range")
    return {
        Flag.LOW: translate("Labs", "Low"),
        Flag.HIGH: translate("Labs", "High"),
        Flag.NORMAL: translate("Labs", "In range"),
        Flag.ABNORMAL: translate("Labs", "Unexpected"),
        Flag.UNKNOWN: translate("Labs", "No range"),
    }[flag]


def flag_text(
    flag: Flag, grade: int | None = None, short: bool = False, has_range: bool = True
) -> str:
    """ "↑ H  Above range · grade 1 of 5 on the CTCAE scale"; short: "↑ High · gr. 1"."""
    if short:
        arrow = flag_symbol(flag).split(" ")[0]
        text = f"{arrow} {_short_words(flag, has_range)}"
        if grade is not None:
            text += " · " + translate("Labs", "gr. {n}").format(n=grade)
        return text
    words = flag_words(flag) if has_range else translate("Labs", "No range printed")
    text = f"{flag_symbol(flag)}  {words}"
    if grade is not None:
        text += " · " + grade_label(grade)
    return text
