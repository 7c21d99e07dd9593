"""One result row of the panel entry dialog: test, value as printed, unit, range, live flag.

The range box holds only what the person typed, copied from last time, or converted exactly:
the catalogue's usual range shows in grey as a hint and is never saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from app.domain.i18n.numbers import figure
from app.domain.labs import format_day, pretty_unit, resolve_unit
from app.domain.labs.entry import (
    LastTime,
    RowReading,
    convert_range_text,
    default_range_text,
    label_for_test,
    match_test,
    read_row,
    unit_choices,
    unit_code,
    unit_for_system,
)
from app.domain.labs.units import same_unit
from app.domain.records import LabResult, LabTest, Sex
from app.ui.labs.look import flag_colour, flag_text

translate = QCoreApplication.translate

# Column widths in device-independent pixels, shared with the header row.
WIDTHS = {"test": 246, "value": 120, "unit": 110, "range": 120, "copy": 28, "flag": 200}

LastTimeFor = Callable[[str], LastTime | None]  # test code -> its last range from this lab


def _no_last_time(_code: str) -> LastTime | None:
    return None


class _SelectOnClick(QObject):
    """A click into the range box selects its text, so typing replaces it (not "7–557-55")."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            QTimer.singleShot(0, watched, watched.selectAll)  # dropped if the box is gone
        return False


class ResultRow(QWidget):
    """A row that reads itself as it is typed; the flag (and CTCAE grade) shows at once."""

    changed = Signal()
    advance = Signal(object)  # Return pressed: go on to the next row
    remove_requested = Signal(object)

    def __init__(
        self,
        tests: Sequence[LabTest],
        sex: Sex,
        parent: QWidget | None = None,
        unit_system: str = "conventional",
        last_time: LastTimeFor = _no_last_time,
    ) -> None:
        super().__init__(parent)
        self._tests = list(tests)
        self._sex = sex
        self._unit_system = unit_system
        self._last_time = last_time
        self.test: LabTest | None = None
        self.range_source = "printed"  # printed (typed), copied (last time) or converted
        self._range_unit = ""  # the unit the range in the box is in
        self._range_note = ""  # what happened to the range, said under the flag
        self.test_edit = QLineEdit()
        self.test_edit.setPlaceholderText(translate("Labs", "Name, abbreviation or LOINC"))
        self._labels = QStringListModel([label_for_test(t) for t in self._tests], self)
        completer = QCompleter(self._labels, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.test_edit.setCompleter(completer)
        # Leaving the field closes the list, so it never lingers over the next row.
        self.test_edit.editingFinished.connect(completer.popup().hide)
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(translate("Labs", "e.g. 5.2 or <20"))
        self.unit_box = QComboBox()
        self.unit_box.setEditable(True)
        self.unit_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.range_edit = QLineEdit()
        self.range_edit.setPlaceholderText(translate("Labs", "as printed"))
        self._select_on_click = _SelectOnClick(self)
        self.range_edit.installEventFilter(self._select_on_click)
        self.copy_button = QToolButton()
        self.copy_button.setText("↺")
        self.copy_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+R does it by keyboard
        self.flag_label = QLabel()
        self.flag_label.setWordWrap(True)
        self.flag_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(translate("Labs", "Remove this row (Ctrl+D)"))
        self.remove_button.setAccessibleName(translate("Labs", "Remove this row"))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+D does it by keyboard
        self._lay_out()
        self.test_edit.textChanged.connect(self._on_test_text)
        self.value_edit.textChanged.connect(self._update)
        self.value_edit.editingFinished.connect(self._take_unit_from_value)
        self.unit_box.currentTextChanged.connect(self._on_unit_changed)
        self.range_edit.textChanged.connect(self._update)
        self.range_edit.textEdited.connect(self._note_range_typed)
        self.copy_button.clicked.connect(self.copy_last_range)
        for edit in (self.test_edit, self.value_edit, self.range_edit, self.unit_box.lineEdit()):
            edit.returnPressed.connect(lambda: self.advance.emit(self))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        for keys, slot in (
            ("Ctrl+D", lambda: self.remove_requested.emit(self)),
            ("Ctrl+R", self.copy_last_range),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.set_number(1)
        self._update()

    def _lay_out(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for name, widget in (
            ("test", self.test_edit),
            ("value", self.value_edit),
            ("unit", self.unit_box),
            ("range", self.range_edit),
            ("copy", self.copy_button),
        ):
            widget.setFixedWidth(WIDTHS[name])
            row.addWidget(widget)
        self.flag_label.setMinimumWidth(WIDTHS["flag"])  # a long flag wraps to a second line
        self.flag_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.flag_label, 1)
        row.addWidget(self.remove_button)

    def set_number(self, number: int) -> None:
        """Name the fields for screen readers: "Result 3: value as printed"."""
        for widget, what in (
            (self.test_edit, translate("Labs", "test")),
            (self.value_edit, translate("Labs", "value as printed")),
            (self.unit_box, translate("Labs", "unit")),
            (self.range_edit, translate("Labs", "range as printed")),
            (self.copy_button, translate("Labs", "same range as last time")),
            (self.flag_label, translate("Labs", "flag")),
        ):
            widget.setAccessibleName(
                translate("Labs", "Result {n}: {what}").format(n=number, what=what)
            )

    def focus_chain(self) -> list[QWidget]:
        """The row's fields in the order Tab visits them."""
        return [self.test_edit, self.value_edit, self.unit_box, self.range_edit]

    # ----- filling in -------------------------------------------------------------------------

    def load(self, test: LabTest | None, result: LabResult) -> None:
        """Show a saved result for editing, exactly as it was typed."""
        self.test_edit.setText(label_for_test(test) if test else result.test_code)
        self.value_edit.setText(
            result.text or ("" if result.value is None else figure(result.value))
        )
        self._show_unit(result.unit)
        self._set_range(result.range_text, result.range_source, result.unit)
        self._update()

    def set_tests(self, tests: Sequence[LabTest]) -> None:
        """Offer a changed catalogue (after a new test was added)."""
        self._tests = list(tests)
        self._labels.setStringList([label_for_test(t) for t in self._tests])

    def is_blank(self) -> bool:
        return not self.test_edit.text().strip() and not self.value_edit.text().strip()

    def current_unit(self) -> str:
        """The unit picked or typed, as stored (UCUM where the diary knows it)."""
        text = self.unit_box.currentText()
        return unit_code(self.test, text) if self.test is not None else text.strip()

    def _show_unit(self, stored: str) -> None:
        shown = {s: text for text, s in unit_choices(self.test)} if self.test else {}
        self.unit_box.setEditText(shown.get(stored, stored))

    def _on_test_text(self, text: str) -> None:
        test = match_test(self._tests, text)
        if test is not None and test != self.test:
            self._set_test(test)
        elif test is None and self.test is not None:
            self.test = None
        self.refresh_last_time()
        self._update()

    def _set_test(self, test: LabTest) -> None:
        self.test = test
        # The unit this lab printed last time, else the person's usual one.
        last = self._last_time(test.code)
        first = unit_for_system(test, self._unit_system)
        if last is not None and last.result.unit and resolve_unit(test, last.result.unit):
            first = last.result.unit
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        for shown, stored in unit_choices(test, self._unit_system):
            self.unit_box.addItem(shown, stored)
        self._show_unit(first)
        self.unit_box.blockSignals(False)
        if not self.range_edit.text().strip():
            self._range_unit = self.current_unit()
        self._update_placeholder()

    def _take_unit_from_value(self) -> None:
        """A unit typed after the number ("<20 IU/mL") also goes into the unit field."""
        reading = self.reading()
        if reading.result is not None and reading.result.unit:
            self.unit_box.setEditText(pretty_unit(reading.result.unit) or reading.result.unit)

    # ----- the range --------------------------------------------------------------------------

    def _set_range(self, text: str, source: str, unit: str, note: str = "") -> None:
        self.range_edit.blockSignals(True)
        self.range_edit.setText(text)
        self.range_edit.blockSignals(False)
        self.range_source = source if text.strip() else "printed"
        self._range_unit = unit
        self._range_note = note
        italic = self.range_source != "printed"
        font = self.range_edit.font()
        font.setItalic(italic)
        self.range_edit.setFont(font)

    def _note_range_typed(self) -> None:
        self._set_range(self.range_edit.text(), "printed", self.current_unit())
        self._update()

    def _on_unit_changed(self) -> None:
        """A typed range follows the unit with the exact factor, or is cleared and asked for.

        Only a unit the test knows counts: while a unit is being typed, nothing changes.
        """
        unit = self.current_unit()
        text = self.range_edit.text().strip()
        if not text:
            self._range_unit = unit
        elif self.test is not None and not same_unit(self._range_unit, unit):
            known = resolve_unit(self.test, unit) is not None
            if known and resolve_unit(self.test, self._range_unit) is not None:
                self._follow_unit(text, unit)
        self._update_placeholder()
        self._update()

    def _follow_unit(self, text: str, unit: str) -> None:
        assert self.test is not None
        converted = convert_range_text(self.test, text, self._range_unit, unit)
        before = pretty_unit(self._range_unit) or self._range_unit
        if converted is None:
            note = translate(
                "Labs", "The range was for {unit}: type the range printed for this unit."
            )
            self._set_range("", "printed", unit, note.format(unit=before))
        else:
            note = translate("Labs", "Range converted from {range} {unit}.").format(
                range=text, unit=before
            )
            self._set_range(converted, "converted", unit, note)

    def _update_placeholder(self) -> None:
        hint = default_range_text(self.test, self._sex, self.current_unit()) if self.test else ""
        self.range_edit.setPlaceholderText(hint or translate("Labs", "as printed"))
        self.range_edit.setToolTip(
            translate(
                "Labs",
                "Type the range printed next to this result. The grey text is only the usual "
                "range, for comparison; it is not saved.",
            )
        )

    def refresh_last_time(self) -> None:
        """Offer "Same as last time" when this lab printed a range for this test before."""
        last = self._last_time(self.test.code) if self.test is not None else None
        self.copy_button.setEnabled(last is not None)
        if last is None:
            self.copy_button.setToolTip(
                translate("Labs", "No range from this lab for this test yet")
            )
            return
        self.copy_button.setToolTip(
            translate(
                "Labs", "Same range as last time (Ctrl+R): {range} {unit}, {lab}, {day}"
            ).format(
                range=last.result.range_text,
                unit=pretty_unit(last.result.unit),
                lab=last.lab or translate("Labs", "no lab named"),
                day=format_day(last.day),
            )
        )

    def copy_last_range(self) -> bool:
        """Copy the range this lab printed for this test last time, in this row's unit."""
        last = self._last_time(self.test.code) if self.test is not None else None
        if last is None or self.test is None:
            return False
        unit = self.current_unit()
        text = convert_range_text(self.test, last.result.range_text, last.result.unit, unit)
        day = format_day(last.day)
        if text is None:
            self._range_note = translate(
                "Labs",
                "Last time's range ({range} {unit}) cannot be converted exactly to this unit.",
            ).format(range=last.result.range_text, unit=pretty_unit(last.result.unit))
        else:
            self._set_range(
                text, "copied", unit, translate("Labs", "Range copied from {day}.").format(day=day)
            )
        self._update()
        return text is not None

    # ----- reading ----------------------------------------------------------------------------

    def reading(self) -> RowReading:
        """What the row means as typed now."""
        unit = self.current_unit()
        if self.range_edit.text().strip() and not same_unit(self._range_unit, unit):
            before = (
                pretty_unit(self._range_unit) or self._range_unit or translate("Labs", "no unit")
            )
            return RowReading(
                None,
                message=translate(
                    "Labs",
                    "The range was typed for {before}, the result is in {unit}: "
                    "retype the range, or pick {before} again.",
                ).format(
                    before=before, unit=pretty_unit(unit) or unit or translate("Labs", "no unit")
                ),
            )
        return read_row(
            self.test,
            self.value_edit.text(),
            self.unit_box.currentText(),
            self.range_edit.text(),
            self.range_source,
        )

    def _update(self) -> None:
        reading = self.reading()
        if reading.message:
            text, colour = "⚠ " + reading.message, flag_colour(None)
        elif reading.flag is not None:
            has_range = bool(self.range_edit.text().strip())
            text = flag_text(reading.flag, reading.grade, has_range=has_range)
            colour = flag_colour(reading.flag)
            if reading.range_note:
                text += "\n" + reading.range_note
        elif self.test is not None and self.test.qualitative:
            text, colour = (
                translate("Labs", "Type the word printed, e.g. negative"),
                flag_colour(None),
            )
        else:
            text, colour = "", flag_colour(None)
        if self._range_note and not reading.message:
            text = f"{text}\n{self._range_note}" if text else self._range_note
        self.flag_label.setText(text)
        self.flag_label.setStyleSheet(f"color: {colour.name()};")
        self.flag_label.setAccessibleDescription(text)
        self.changed.emit()
