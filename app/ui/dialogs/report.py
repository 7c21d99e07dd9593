"""File → Print report…: choose the dates, sections and paper, then preview, print or save a PDF."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import UserError
from app.domain.i18n.seeds import lab_name
from app.report import ReportOptions, ReportWarning, prepare_printer, print_report
from app.report import write_pdf as write_report_pdf
from app.report.defaults import coming_appointment, report_paper, report_range
from app.report.options import INJECTIONS, LABS, QUESTIONS, SUMMARY, SYMPTOMS
from app.store.diary import Diary
from app.ui.screens import documents_folder

WarningsSource = Callable[[], Sequence[ReportWarning] | None]
_LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    """Builds ReportOptions from the form; the printer is kept for the dialog's whole life."""

    def __init__(
        self,
        diary: Diary,
        warnings: WarningsSource | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self._warnings = warnings
        self._today = today or datetime.now(diary.timezone()).date()
        # A temporary QPrinter under a preview dialog crashes (NOTES.md): keep this one.
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.setWindowTitle(self.tr("Print report"))
        self.setAccessibleName(self.tr("Print the appointment report"))
        self._build()
        self._check()

    # ----- the form -------------------------------------------------------------------------

    def _build(self) -> None:
        start, end = report_range(self.diary, self._today)
        self.from_edit = self._date_edit(start, self.tr("First day of the report"))
        self.to_edit = self._date_edit(end, self.tr("Last day of the report"))
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        self.range_note = QLabel()
        self.range_note.setWordWrap(True)

        self.section_boxes: dict[str, QCheckBox] = {}
        sections = QGroupBox(self.tr("Sections"))
        grid = QGridLayout(sections)
        labels = {
            SUMMARY: self.tr("&Summary"),
            INJECTIONS: self.tr("&Injections and sites"),
            SYMPTOMS: self.tr("S&ymptoms and sick days"),
            LABS: self.tr("&Labs"),
            QUESTIONS: self.tr("&Questions for my doctor"),
        }
        for index, (key, text) in enumerate(labels.items()):
            box = QCheckBox(text)
            box.setChecked(True)
            self.section_boxes[key] = box
            grid.addWidget(box, index // 2, index % 2)

        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper size"))
        usual = "letter" if QLocale.system().territory() in _LETTER_TERRITORIES else "a4"
        self.paper.setCurrentIndex(self.paper.findData(report_paper(self.diary, usual)))
        self.show_name = QCheckBox(self.tr("Put my &name on each page"))
        self.show_name.setChecked(bool(self.diary.profile().name))
        self.appendix = QCheckBox(self.tr("Add the paper lab reports and reaction &photos"))
        self.appendix.setEnabled(bool(self.diary.attachments()))

        self.questions = QPlainTextEdit()
        self.questions.setPlaceholderText(
            self.tr("Anything you want to ask or tell your doctor. Empty: lines to write on.")
        )
        self.questions.setAccessibleName(self.tr("Questions for my doctor"))
        self.questions.setTabChangesFocus(True)
        self.questions.setMinimumHeight(90)

        self.chart_tests = QListWidget()
        self.chart_tests.setAccessibleName(self.tr("Lab tests to chart"))
        self.chart_tests.setMaximumHeight(120)
        tested = {r.test_code for p in self.diary.panels() for r in p.results}
        for test in self.diary.lab_tests():
            if test.code in tested:
                item = QListWidgetItem(lab_name(test.name))
                item.setData(Qt.ItemDataRole.UserRole, test.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.chart_tests.addItem(item)

        form = QFormLayout()
        form.addRow(self.tr("&Dates:"), dates)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.from_edit)
        form.addRow("", self.range_note)
        form.addRow(sections)
        form.addRow(self.tr("P&aper:"), self.paper)
        form.itemAt(3, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.paper)
        form.addRow("", self.show_name)
        form.addRow("", self.appendix)
        form.addRow(self.tr("Q&uestions:"), self.questions)
        self.appointment_note = QLabel()
        self.appointment_note.setWordWrap(True)
        self.appointment_note.setEnabled(False)
        today = datetime.combine(self._today, time(0), self.diary.timezone())
        coming = coming_appointment(self.diary, today)
        if coming is not None and coming.questions.strip():
            self.appointment_note.setText(
                self.tr(
                    "The questions saved with your appointment ({who}) are printed too."
                ).format(who=coming.with_whom)
            )
            form.addRow("", self.appointment_note)
        form.addRow(self.tr("Also &chart:"), self.chart_tests)
        hint = QLabel(self.tr("Labs outside their range are charted anyway."))
        hint.setEnabled(False)
        form.addRow("", hint)

        self.buttons = QDialogButtonBox()
        self.preview_button = self._button(self.tr("Pre&view…"), self.preview)
        self.print_button = self._button(self.tr("&Print…"), self.print_report)
        self.save_button = self._button(self.tr("Save PD&F…"), self.save_pdf)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # Only once the buttons are in the dialog: before that the dialog does not know of it,
        # and Close (auto-default) took Return, which closed the dialog.
        self.save_button.setDefault(True)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._check)
        for box in self.section_boxes.values():
            box.toggled.connect(self._check)

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd d MMM yyyy")
        edit.setMaximumDate(_qdate(self._today))
        edit.setAccessibleName(name)
        return edit

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _check(self) -> None:
        """Explain and disable the buttons when the choices cannot make a report."""
        start, end = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        problem = ""
        if start > end:
            problem = self.tr("The first day is after the last day.")
        elif not any(box.isChecked() for box in self.section_boxes.values()):
            problem = self.tr("Choose at least one section.")
        days = (end - start).days + 1
        self.range_note.setText(problem or self.tr("{n} days.").format(n=days))
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(not problem)

    def options(self) -> ReportOptions:
        """The report the form describes."""
        chosen = set()
        for row in range(self.chart_tests.count()):
            item = self.chart_tests.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.add(item.data(Qt.ItemDataRole.UserRole))
        return ReportOptions(
            start=_pydate(self.from_edit.date()),
            end=_pydate(self.to_edit.date()),
            sections=frozenset(k for k, box in self.section_boxes.items() if box.isChecked()),
            paper=self.paper.currentData(),
            show_name=self.show_name.isChecked(),
            questions=self.questions.toPlainText(),
            chart_tests=frozenset(chosen),
            attachments=self.appendix.isChecked(),
        )

    # ----- actions --------------------------------------------------------------------------

    def _current_warnings(self) -> Sequence[ReportWarning] | None:
        return self._warnings() if self._warnings is not None else None

    def _paint(self, printer: QPrinter) -> None:
        print_report(self.diary, self.options(), printer, self._current_warnings())

    def make_preview(self) -> QPrintPreviewDialog:
        """A preview of the report as it will print; the caller shows it."""
        prepare_printer(self.printer, self.options())
        preview = QPrintPreviewDialog(self.printer, self)
        preview.setWindowTitle(self.tr("Report preview"))
        preview.paintRequested.connect(self._paint)
        return preview

    def preview(self) -> None:
        preview = self.make_preview()
        preview.exec()
        preview.deleteLater()

    def print_report(self) -> None:
        prepare_printer(self.printer, self.options())
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._paint(self.printer)
        self._remember()

    def save_pdf(self, path: str | None = None) -> Path | None:
        """Ask where (unless given), write the PDF, and remember the day; returns the path."""
        if not path:
            options = self.options()
            suggested = documents_folder() / f"report-{options.end.isoformat()}.pdf"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save report as PDF"), str(suggested), self.tr("PDF (*.pdf)")
            )
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_report_pdf(self.diary, self.options(), target, self._current_warnings())
        except (OSError, UserError) as err:
            QMessageBox.warning(self, self.tr("Report not saved"), str(err))
            return None
        self._remember()
        return target

    def _remember(self) -> None:
        """The next report starts where this one ended."""
        self.diary.set_last_report_day(_pydate(self.to_edit.date()))
