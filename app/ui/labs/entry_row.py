"""One result row of the panel entry dialog: test, value as printed, unit, range, live flag."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
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

from app.domain.labs import pretty_unit
from app.domain.records import LabResult, LabTest, Sex
from app.ui.labs.look import flag_colour, flag_text, tr
from app.ui.labs.reading import (
    RowReading,
    default_range_text,
    find_test,
    label_for_test,
    read_row,
    unit_choices,
)

# Column widths in device-independent pixels, shared with the header row.
WIDTHS = {"test": 270, "value": 120, "unit": 110, "range": 120, "flag": 200}


class ResultRow(QWidget):
    """A row that reads itself as it is typed; the flag (and CTCAE grade) shows at once."""

    changed = Signal()
    advance = Signal(object)  # Return pressed: go on to the next row
    remove_requested = Signal(object)

    def __init__(self, tests: Sequence[LabTest], sex: Sex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tests = list(tests)
        self._sex = sex
        self.test: LabTest | None = None
        self._range_typed = False
        self.test_edit = QLineEdit()
        self.test_edit.setPlaceholderText(tr("Name, abbreviation or LOINC"))
        self._labels = QStringListModel([label_for_test(t) for t in self._tests], self)
        completer = QCompleter(self._labels, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.test_edit.setCompleter(completer)
        # Leaving the field closes the list, so it never lingers over the next row.
        self.test_edit.editingFinished.connect(completer.popup().hide)
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(tr("e.g. 5.2 or <20"))
        self.unit_box = QComboBox()
        self.unit_box.setEditable(True)
        self.unit_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.range_edit = QLineEdit()
        self.range_edit.setPlaceholderText(tr("as printed"))
        self.flag_label = QLabel()
        self.flag_label.setWordWrap(True)
        self.flag_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(tr("Remove this row (Ctrl+D)"))
        self.remove_button.setAccessibleName(tr("Remove this row"))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+D does it by keyboard
        self._lay_out()
        self.test_edit.textChanged.connect(self._on_test_text)
        self.value_edit.textChanged.connect(self._update)
        self.value_edit.editingFinished.connect(self._take_unit_from_value)
        self.unit_box.currentTextChanged.connect(self._update)
        self.range_edit.textChanged.connect(self._update)
        self.range_edit.textEdited.connect(self._note_range_typed)
        for edit in (self.test_edit, self.value_edit, self.range_edit, self.unit_box.lineEdit()):
            edit.returnPressed.connect(lambda: self.advance.emit(self))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        remove = QShortcut(QKeySequence("Ctrl+D"), self)
        remove.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove.activated.connect(lambda: self.remove_requested.emit(self))
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
            (self.test_edit, tr("test")),
            (self.value_edit, tr("value as printed")),
            (self.unit_box, tr("unit")),
            (self.range_edit, tr("range as printed")),
            (self.flag_label, tr("flag")),
        ):
            widget.setAccessibleName(tr("Result {n}: {what}").format(n=number, what=what))

    def focus_chain(self) -> list[QWidget]:
        """The row's fields in the order Tab visits them."""
        return [self.test_edit, self.value_edit, self.unit_box, self.range_edit]

    # ----- filling in -------------------------------------------------------------------------

    def load(self, test: LabTest | None, result: LabResult) -> None:
        """Show a saved result for editing, exactly as it was typed."""
        self.test_edit.setText(label_for_test(test) if test else result.test_code)
        self.value_edit.setText(
            result.text or ("" if result.value is None else f"{result.value:g}")
        )
        shown = {stored: text for text, stored in unit_choices(test)} if test else {}
        self.unit_box.setEditText(shown.get(result.unit, result.unit))
        self._range_typed = True
        self.range_edit.setText(result.range_text)
        self._update()

    def set_tests(self, tests: Sequence[LabTest]) -> None:
        """Offer a changed catalogue (after a new test was added)."""
        self._tests = list(tests)
        self._labels.setStringList([label_for_test(t) for t in self._tests])

    def is_blank(self) -> bool:
        return not self.test_edit.text().strip() and not self.value_edit.text().strip()

    def _on_test_text(self, text: str) -> None:
        test = find_test(self._tests, text)
        if test is not None and test != self.test:
            self._set_test(test)
        elif test is None and self.test is not None:
            self.test = None
        self._update()

    def _set_test(self, test: LabTest) -> None:
        self.test = test
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        for shown, stored in unit_choices(test):
            self.unit_box.addItem(shown, stored)
        self.unit_box.setCurrentIndex(0)
        self.unit_box.blockSignals(False)
        if not self._range_typed:
            self.range_edit.setText(default_range_text(test, self._sex))

    def _note_range_typed(self) -> None:
        self._range_typed = True

    def _take_unit_from_value(self) -> None:
        """A unit typed after the number ("<20 IU/mL") also goes into the unit field."""
        reading = self.reading()
        if reading.result is not None and reading.result.unit:
            self.unit_box.setEditText(pretty_unit(reading.result.unit) or reading.result.unit)

    # ----- reading ----------------------------------------------------------------------------

    def reading(self) -> RowReading:
        """What the row means as typed now."""
        return read_row(
            self.test, self.value_edit.text(), self.unit_box.currentText(), self.range_edit.text()
        )

    def _update(self) -> None:
        reading = self.reading()
        if reading.message:
            text, colour = "⚠ " + tr(reading.message), flag_colour(None)
        elif reading.flag is not None:
            has_range = bool(self.range_edit.text().strip())
            text = flag_text(reading.flag, reading.grade, has_range=has_range)
            colour = flag_colour(reading.flag)
            if reading.range_note:
                text += "\n" + tr(reading.range_note)
        elif self.test is not None and self.test.qualitative:
            text, colour = tr("Type the word printed, e.g. negative"), flag_colour(None)
        else:
            text, colour = "", flag_colour(None)
        self.flag_label.setText(text)
        self.flag_label.setStyleSheet(f"color: {colour.name()};")
        self.flag_label.setAccessibleDescription(text)
        self.changed.emit()
