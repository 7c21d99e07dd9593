"""Every text a window shows a person, and whether it fits: for the pseudo-locale tests.

`shown_texts` walks a widget tree (labels, buttons, group boxes, tabs, combo items, placeholders,
tool tips, accessible names, table headers and cells, menus, window titles). `untranslated`
finds the words of a text that did not go through a catalogue: under the pseudo-locale every
translated letter is accented, so a plain ASCII word is either the person's own data, a unit
or a symbol, or a string nobody wrapped. `clipped` lists the widgets whose text no longer fits.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from app.domain.labs import pretty_unit
from app.store.interchange.json_io import LISTS, SEEDED

# Words that read the same in every language: units, symbols, names of standards.
NEUTRAL = {
    "Dosebook", "CTCAE", "LOINC", "UCUM", "JSON", "CSV", "PDF", "FHIR", "HBV", "DNA", "ALT",
    "AST", "TA1", "mg", "mL", "ml", "L", "dL", "uL", "µL", "g", "U", "IU", "kat", "µkat",
    "mmol", "µmol", "umol", "pg", "ng", "log", "x", "h", "H", "A", "N", "C", "F", "S", "O",
    "Ctrl", "Alt", "Shift", "Esc", "Enter", "Return", "Tab", "PgUp", "PgDown", "G", "mm",
    "Home", "End", "Left", "Right", "Up", "Down",  # key names: QKeySequence's, in Qt's catalogue
    "units",  # a dose unit, kept as data like mg (app/ui/injections/log_dialog.py UNITS)
}  # fmt: skip
_WORD = re.compile(r"[A-Za-z][A-Za-z]+|\b[A-Za-z]\b")
_TAG = re.compile(r"<[^<>]*>")


@dataclass(frozen=True)
class Shown:
    place: str  # "LogInjectionDialog/QLabel text": read while the widget still exists
    text: str

    def where(self) -> str:
        return self.place


def _place(widget: QWidget, kind: str) -> str:
    name = widget.objectName() or type(widget).__name__
    return f"{type(widget.window()).__name__}/{name} {kind}"


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # list models hide columnCount
        return 1


def _model_texts(model: QAbstractItemModel, rows: int = 40) -> Iterator[str]:
    for section in range(_columns(model, QModelIndex())):
        yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")

    def walk(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), rows)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                value = model.data(index, Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    yield value
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    yield tip
            if depth < 2:
                yield from walk(model.index(row, 0, parent), depth + 1)

    yield from walk(QModelIndex(), 0)


def _texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    if widget.isWindow():
        yield "title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel | QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "item", widget.itemText(i)
        if widget.lineEdit() is not None:
            yield "placeholder", widget.lineEdit().placeholderText()
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        for text in _model_texts(widget.model()):
            yield "cell", text
    elif isinstance(widget, QMenu):
        for action in widget.actions():
            yield "action", action.text()
            yield "action tip", action.toolTip() if action.toolTip() != action.text() else ""
    for action in widget.actions():
        if action.menu() is not None:
            yield "menu", action.text()


def _qt_owned(widget: QWidget) -> bool:
    """Words that come from Qt: the calendar's day and month names (the locale's), the standard
    buttons (OK, Cancel: Qt's own catalogue) and a tab bar's scroll arrows (the same). Asked of
    the widget itself: Python wrappers of Qt-made widgets come and go, so ids do not match."""
    parent = widget.parentWidget()
    if isinstance(parent, QDialogButtonBox) and isinstance(widget, QAbstractButton):
        return parent.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    if isinstance(parent, QTabBar) and isinstance(widget, QToolButton):
        return True
    while parent is not None:
        if isinstance(parent, QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return False


def shown_texts(roots: Iterable[QWidget]) -> list[Shown]:
    """Every non-empty text of the roots and the widgets inside them."""
    out: list[Shown] = []
    for root in roots:
        if isinstance(root, QFileDialog):
            continue  # Qt's own dialog, in Qt's own catalogue
        for widget in [root, *root.findChildren(QWidget)]:
            if _qt_owned(widget):
                continue
            for kind, text in _texts_of(widget):
                text = _plain(text).replace("&&", "&")
                if text.strip():
                    out.append(Shown(_place(widget, kind), text))
    return out


def data_words(export_json: str) -> set[str]:
    """The words of what the person typed (every list but the seeded ones) and of the units."""
    doc = json.loads(export_json)
    words: set[str] = set()
    for name, table in LISTS.items():
        if table in SEEDED and table not in ("profile",):
            continue
        for row in doc.get(name, []):
            for value in row.values():
                if isinstance(value, str):
                    words.update(_WORD.findall(value))
    for row in doc.get("lab_tests", []):
        for unit in [row.get("unit") or "", *json.loads(row.get("other_units") or "{}")]:
            words.update(_WORD.findall(pretty_unit(unit)))
    return words


def untranslated(text: str, allowed: set[str]) -> list[str]:
    """The plain ASCII words of `text` that are neither data nor neutral."""
    return [w for w in _WORD.findall(text) if w not in allowed and w not in NEUTRAL]


def clipped(roots: Iterable[QWidget]) -> list[str]:
    """Visible labels and buttons whose text is wider (or, wrapped, taller) than they are."""
    out: list[str] = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisible() or widget.width() <= 1:
                continue
            if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
                text = _plain(widget.text())
                if widget.buddy() is not None:
                    text = re.sub(r"&(.)", r"\1", text)  # the mnemonic's & is not drawn
                room = widget.contentsRect()
                if widget.wordWrap():
                    need = widget.heightForWidth(widget.width())
                    if need > widget.height() + 1:
                        out.append(f"{type(widget.window()).__name__}: {text[:60]!r} needs "
                                   f"{need} px height, has {widget.height()}")  # fmt: skip
                else:
                    lines = text.split("\n")
                    need = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
                    if need > room.width() + 1:
                        out.append(f"{type(widget.window()).__name__}: {text[:60]!r} needs "
                                   f"{need} px, has {room.width()}")  # fmt: skip
            elif isinstance(widget, QAbstractButton) and widget.text():
                hint = widget.sizeHint().width()
                if hint > widget.width() + 1:
                    out.append(f"{type(widget.window()).__name__}: button {widget.text()!r} "
                               f"needs {hint} px, has {widget.width()}")  # fmt: skip
    return out
