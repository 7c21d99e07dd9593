"""Typing in a panel as people read a printed report: date and lab, then one row per result.

Keyboard: Tab walks test, value, unit, range; Return goes to the next row (adding one at the end);
Ctrl+D removes the row; Ctrl+S or Ctrl+Return saves. Unusual values are asked about before saving,
never rejected silently.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QSize, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n.seeds import lab_name
from app.domain.labs import plausibility_questions
from app.domain.labs.entry import LastTime, in_chart_unit, lab_key, last_results
from app.domain.records import LabPanel, LabResult
from app.store.diary import Diary
from app.ui.actions import run_action
from app.ui.labs.entry_questions import ask_before_discarding, ask_before_saving
from app.ui.labs.entry_row import WIDTHS, ResultRow
from app.ui.labs.new_test_dialog import NewTestDialog
from app.ui.labs.units_setting import unit_system
from app.ui.screens import fit_to_screen

translate = QCoreApplication.translate

Confirm = Callable[[QWidget, list[str]], bool]


class PanelEntryDialog(QDialog):
    """Enter a new panel, or edit one, and save it through the diary."""

    def __init__(
        self,
        diary: Diary,
        panel: LabPanel | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
        confirm: Confirm = ask_before_saving,
        discard: Callable[[QWidget], bool] = ask_before_discarding,
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self._editing = panel
        self._today = today or date.today()
        self._confirm = confirm
        self._discard = discard
        self._tests = diary.lab_tests()
        self._sex = diary.profile().sex
        self._unit_system = unit_system(diary)
        panels = diary.panels()
        self._last = last_results(panels, leave_out=panel.id if panel else None)
        self._labs = sorted({p.lab for p in panels if p.lab})
        self.saved_panel: LabPanel | None = None
        self.rows: list[ResultRow] = []
        self.setWindowTitle(
            translate("Labs", "Edit lab results") if panel else translate("Labs", "Add lab results")
        )
        self._build()
        if panel is not None:
            self._load(panel)
        else:
            self.add_row()
        self._as_opened = self._typed()
        fit_to_screen(self, QSize(1080, 560))

    def _typed(self) -> tuple[object, ...]:
        rows = tuple(
            (r.test_edit.text(), r.value_edit.text(), r.range_edit.text(), r.current_unit())
            for r in self.rows
            if not r.is_blank()
        )
        return (self.date_edit.date(), self.lab_edit.text(), self.notes_edit.text(), rows)

    def cancel(self) -> None:
        """Cancel or Esc: ask first when something was typed, so one Esc too many does not
        lose a report's worth of results. (reject() itself stays silent: locking closes every
        dialog through it and must not stop at a question.)"""
        changed = self.saved_panel is None and self._typed() != self._as_opened
        if changed and not self._discard(self):
            return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)

    # ----- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        today = QDate(self._today.year, self._today.month, self._today.day)
        self.date_edit.setMaximumDate(today)
        self.date_edit.setDate(today)
        self.date_edit.setAccessibleName(translate("Labs", "Date collected"))
        self.date_edit.setMinimumWidth(200)
        self.date_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.lab_edit = QLineEdit()
        self.lab_edit.setPlaceholderText(translate("Labs", "The lab's name, as on the report"))
        self.lab_edit.setAccessibleName(translate("Labs", "Lab"))
        self.lab_edit.setCompleter(QCompleter(QStringListModel(self._labs, self), self))
        self.notes_edit = QLineEdit()
        self.notes_edit.setPlaceholderText(
            translate("Labs", "Optional, e.g. fasting, or the doctor who asked")
        )
        self.notes_edit.setAccessibleName(translate("Labs", "Notes"))
        form = QFormLayout()
        form.addRow(translate("Labs", "&Date collected:"), self.date_edit)
        form.addRow(translate("Labs", "&Lab:"), self.lab_edit)
        form.addRow(translate("Labs", "N&otes:"), self.notes_edit)
        for field in (self.date_edit, self.lab_edit, self.notes_edit):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        for name, text in (
            ("test", translate("Labs", "Test")),
            ("value", translate("Labs", "Result")),
            ("unit", translate("Labs", "Unit")),
            ("range", translate("Labs", "Range as printed")),
            ("copy", ""),
            ("flag", translate("Labs", "Flag")),
        ):
            label = QLabel(f"<b>{text}</b>")
            if name != "flag":
                label.setFixedWidth(WIDTHS[name])
                label.setWordWrap(True)  # a longer heading takes two lines, not more room
            header.addWidget(label, 1 if name == "flag" else 0)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.addLayout(header)
        inner.addLayout(self.rows_box)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("Labs", "Message"))
        self.add_button = QPushButton(translate("Labs", "&Add a row"))
        self.new_test_button = QPushButton(translate("Labs", "&New test…"))
        self.new_test_button.setToolTip(translate("Labs", "Add a test the list does not have"))
        self.copy_ranges_button = QPushButton(translate("Labs", "&Ranges as last time"))
        self.copy_ranges_button.setToolTip(
            translate(
                "Labs",
                "Fill each empty range with the one this lab printed for that test last time",
            )
        )
        self.save_button = QPushButton(translate("Labs", "&Save"))
        self.save_button.setToolTip(translate("Labs", "Save (Ctrl+S)"))
        self.cancel_button = QPushButton(translate("Labs", "Cancel"))
        for button in (
            self.add_button,
            self.new_test_button,
            self.copy_ranges_button,
            self.save_button,
            self.cancel_button,
        ):
            button.setAutoDefault(False)  # Return moves between rows; it never saves by surprise
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.new_test_button)
        buttons.addWidget(self.copy_ranges_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        hint = QLabel(
            translate(
                "Labs",
                "Type each result as printed (5.2, <20, not detected) with the range the report "
                "prints; grey ranges are only the usual ones and are not saved. "
                "Return: next row · Ctrl+R: range as last time · Ctrl+S: save",
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(lambda: self.add_row().test_edit.setFocus())
        self.new_test_button.clicked.connect(self.add_new_test)
        self.copy_ranges_button.clicked.connect(self.copy_ranges)
        self.lab_edit.textChanged.connect(self._lab_changed)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            QShortcut(keys, self).activated.connect(self.save)

    def _load(self, panel: LabPanel) -> None:
        day = panel.collected_on
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.lab_edit.setText(panel.lab)
        self.notes_edit.setText(panel.notes)
        by_code = {t.code: t for t in self._tests}
        for result in panel.results:
            self.add_row().load(by_code.get(result.test_code), result)
        self.add_row()

    # ----- rows -------------------------------------------------------------------------------

    def add_row(self) -> ResultRow:
        """A new empty row at the end, in the Tab order."""
        row = ResultRow(self._tests, self._sex, self, self._unit_system, self.last_time)
        row.advance.connect(self._next_row)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        row.show()  # now, not at the next layout pass: it must take the focus straight away
        self._renumber()
        return row

    def last_time(self, test_code: str) -> LastTime | None:
        """The range the lab named above printed for this test last time, if any."""
        return self._last.get((lab_key(self.lab_edit.text()), test_code))

    def _lab_changed(self) -> None:
        for row in self.rows:
            row.refresh_last_time()

    def copy_ranges(self) -> None:
        """Fill every empty range with the same lab's range from last time."""
        copied = sum(
            row.copy_last_range() for row in self.rows if not row.range_edit.text().strip()
        )
        self.message.setText(
            translate(
                "Labs", "Copied {n} ranges from last time; check them against the report."
            ).format(n=copied)
            if copied
            else translate("Labs", "This lab has no earlier ranges for these tests.")
        )

    def remove_row(self, row: ResultRow) -> None:
        """Take a row away (an empty one is left so there is always a place to type)."""
        index = self.rows.index(row)
        self.rows.remove(row)
        self.rows_box.removeWidget(row)
        row.deleteLater()
        if not self.rows:
            self.add_row()
        self._renumber()
        self.rows[min(index, len(self.rows) - 1)].test_edit.setFocus()

    def _next_row(self, row: ResultRow) -> None:
        index = self.rows.index(row)
        if index + 1 == len(self.rows):
            self.add_row()
        self.rows[index + 1].test_edit.setFocus()

    def _renumber(self) -> None:
        chain: list[QWidget] = [self.date_edit, self.lab_edit, self.notes_edit]
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number)
            chain += row.focus_chain()
        chain += [self.add_button, self.new_test_button, self.copy_ranges_button]
        chain += [self.save_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def add_new_test(self) -> None:
        """Add a test to the catalogue; the row being typed picks it up."""
        focused = next((r for r in self.rows if r.isAncestorOf(self.focusWidget())), None)
        row = focused or next((r for r in self.rows if r.test is None), None) or self.add_row()
        dialog = NewTestDialog(self.diary, row.test_edit.text() if row.test is None else "", self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        self._tests = self.diary.lab_tests()
        for each in self.rows:
            each.set_tests(self._tests)
        row.test_edit.setText(dialog.saved.name)
        row.value_edit.setFocus()

    # ----- saving -----------------------------------------------------------------------------

    def _results(self) -> tuple[list[LabResult], list[str]] | None:
        """The results to save and the questions to ask; None (with a message shown) if blocked."""
        results: list[LabResult] = []
        questions: list[str] = []
        readings = [(row, row.reading()) for row in self.rows if not row.is_blank()]
        for number, (row, reading) in enumerate(readings, start=1):
            problem = reading.message
            if not problem and reading.result is None:
                problem = translate("Labs", "Type the result as printed.")
            if problem:
                self._show_problem(
                    row,
                    translate("Labs", "Result {n}: {problem}").format(n=number, problem=problem),
                )
                return None
            assert reading.result is not None and row.test is not None
            results.append(reading.result)
            if reading.range_note:
                questions.append(
                    translate(
                        "Labs",
                        "{test}: the range '{range}' is kept as printed, but not used for the flag.",
                    ).format(test=lab_name(row.test.name), range=reading.result.range_text)
                )
        chart_values = self._chart_values(results)
        by_code = {t.code: t for t in self._tests}
        for result in results:
            test = by_code[result.test_code]
            others = {k: v for k, v in chart_values.items() if k != result.test_code}
            questions += plausibility_questions(test, result.value, result.unit, others)
        if not results:
            self._show_problem(self.rows[0], translate("Labs", "Add at least one result."))
            return None
        return results, list(dict.fromkeys(questions))

    def _chart_values(self, results: list[LabResult]) -> dict[str, float]:
        by_code = {t.code: t for t in self._tests}
        values: dict[str, float] = {}
        for result in results:
            value = in_chart_unit(by_code[result.test_code], result.value, result.unit)
            if value is not None and not result.comparator:
                values[result.test_code] = value
        return values

    def _show_problem(self, row: ResultRow, text: str) -> None:
        self.message.setText("⚠ " + text)
        (row.value_edit if row.test is not None else row.test_edit).setFocus()

    def save(self) -> None:
        """Check, ask about anything unusual, then save the panel in one go."""
        found = self._results()
        if found is None:
            return
        results, questions = found
        if questions and not self._confirm(self, questions):
            self.message.setText(
                translate("Labs", "Nothing saved yet. Check the results, then save again.")
            )
            return
        qdate = self.date_edit.date()
        panel = LabPanel(
            id=self._editing.id if self._editing else None,
            collected_on=date(qdate.year(), qdate.month(), qdate.day()),
            lab=self.lab_edit.text().strip(),
            notes=self.notes_edit.text().strip(),
            results=tuple(results),
        )
        done = run_action(
            lambda: self.diary.save_panel(panel, today=self._today),
            self,
            show=lambda message: self.message.setText("⚠ " + message),
        )
        if done.ok:
            self.saved_panel = done.value
            self.accept()
