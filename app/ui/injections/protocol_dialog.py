"""Set up or change a course: product, dose, weekdays or every N days, time, start and end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import Protocol
from app.ui.actions import run_action
from app.ui.injections.log_dialog import UNITS
from app.ui.injections.widgets import DoseEdit

translate = QCoreApplication.translate

ROUTES = ("subcutaneous", "intramuscular")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ProtocolDialog(QDialog):
    """One course. Templates fill the form; the app never proposes a dose of its own."""

    def __init__(
        self,
        protocol: Protocol | None,
        templates: list[tuple[str, Protocol]],
        today: date,
        save: Callable[[Protocol], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._templates = templates
        self.original = protocol
        self.setWindowTitle(
            translate("Injections", "Change course")
            if protocol and protocol.id
            else translate("Injections", "New course")
        )
        self.template_box = QComboBox()
        self.template_box.addItem(translate("Injections", "Your own"), "")
        for template_id, template in templates:
            self.template_box.addItem(template.product, template_id)
        self.product_edit = QLineEdit()
        self.dose_edit = DoseEdit()
        self.dose_edit.setAccessibleName(translate("Injections", "Dose"))
        self.unit_box = QComboBox()
        self.unit_box.setEditable(True)
        self.unit_box.addItems(UNITS)
        self.route_box = QComboBox()
        self.route_box.addItem(
            translate("Injections", "Under the skin (subcutaneous)"), "subcutaneous"
        )
        self.route_box.addItem(
            translate("Injections", "Into the muscle (intramuscular)"), "intramuscular"
        )
        self.weekdays_radio = QRadioButton(translate("Injections", "On &weekdays"))
        self.every_radio = QRadioButton(translate("Injections", "&Every"))
        pattern = QButtonGroup(self)
        pattern.addButton(self.weekdays_radio)
        pattern.addButton(self.every_radio)
        self.day_boxes = []
        days_row = QHBoxLayout()
        days_row.addWidget(self.weekdays_radio)
        for day in range(7):
            box = QCheckBox(QDate(2024, 1, 1 + day).toString("ddd"))
            box.setAccessibleName(QDate(2024, 1, 1 + day).toString("dddd"))
            self.day_boxes.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.every_spin = QSpinBox()
        self.every_spin.setRange(1, 365)
        self.every_spin.setSuffix(translate("Injections", " days"))
        every_row = QHBoxLayout()
        every_row.addWidget(self.every_radio)
        every_row.addWidget(self.every_spin)
        every_row.addStretch(1)
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.start_edit = QDateEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("ddd d MMM yyyy")
        self.end_box = QComboBox()
        self.end_box.addItem(translate("Injections", "No planned end"), "none")
        self.end_box.addItem(translate("Injections", "Ends on a date"), "date")
        self.end_box.addItem(translate("Injections", "Lasts a number of weeks"), "weeks")
        self.end_edit = QDateEdit()
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat("ddd d MMM yyyy")
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, 520)
        self.weeks_spin.setSuffix(translate("Injections", " weeks"))
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_box)
        end_row.addWidget(self.end_edit)
        end_row.addWidget(self.weeks_spin)
        self.window_spin = QDoubleSpinBox()
        self.window_spin.setRange(1, 72)
        self.window_spin.setDecimals(0)
        self.window_spin.setSuffix(translate("Injections", " hours either side"))
        self.notes_edit = QLineEdit()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(translate("Injections", "&Template"), self.template_box)
        form.addRow(translate("Injections", "&Product"), self.product_edit)
        dose_row = QHBoxLayout()
        dose_row.addWidget(self.dose_edit, 1)
        dose_row.addWidget(self.unit_box)
        dose_label = QLabel(translate("Injections", "&Dose"))
        dose_label.setBuddy(self.dose_edit)
        form.addRow(dose_label, dose_row)
        form.addRow(translate("Injections", "&Route"), self.route_box)
        form.addRow(translate("Injections", "Schedule"), days_row)
        form.addRow("", every_row)
        form.addRow(translate("Injections", "T&ime of day"), self.time_edit)
        form.addRow(translate("Injections", "&Start"), self.start_edit)
        end_label = QLabel(translate("Injections", "E&nd"))
        end_label.setBuddy(self.end_box)
        form.addRow(end_label, end_row)
        form.addRow(translate("Injections", "On time &within"), self.window_spin)
        form.addRow(translate("Injections", "N&otes"), self.notes_edit)
        note = QLabel(
            translate(
                "Injections",
                "Record the dose you and your doctor agreed on. Dosebook never suggests a dose.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.template_box.activated.connect(self._use_template)
        self.end_box.currentIndexChanged.connect(self._end_kind_changed)
        self.weekdays_radio.toggled.connect(self._pattern_changed)
        blank = Protocol(None, "", 1.0, "mg", weekdays=(0, 3), start=today)
        self._fill(protocol or blank, dose=protocol.dose if protocol else None)

    def _fill(self, p: Protocol, dose: float | None) -> None:
        """Show `p`; the dose field shows `dose` (None: empty, for the person to type)."""
        self.product_edit.setText(p.product)
        self.dose_edit.setValue(dose)
        self.unit_box.setCurrentText(p.dose_unit)
        self.route_box.setCurrentIndex(max(0, self.route_box.findData(p.route)))
        self.weekdays_radio.setChecked(not p.every_n_days)
        self.every_radio.setChecked(bool(p.every_n_days))
        for day, box in enumerate(self.day_boxes):
            box.setChecked(day in p.weekdays)
        self.every_spin.setValue(p.every_n_days or 7)
        self.time_edit.setTime(QTime(p.time_of_day.hour, p.time_of_day.minute))
        self.start_edit.setDate(_qdate(p.start))
        self.end_box.setCurrentIndex(1 if p.planned_end else 0)
        self.end_edit.setDate(_qdate(p.planned_end or p.start + timedelta(weeks=26, days=-1)))
        self.weeks_spin.setValue(26)
        self.window_spin.setValue(p.window_hours)
        self.notes_edit.setText(p.notes)
        self._end_kind_changed()
        self._pattern_changed()

    def _use_template(self) -> None:
        chosen = self.template_box.currentData()
        if not chosen and not (self.original and self.original.id):
            self.dose_edit.setValue(None)  # "Your own": no dose but the one typed
        for template_id, template in self._templates:
            if template_id == chosen:
                start = _pydate(self.start_edit.date())
                length = (template.planned_end - template.start) if template.planned_end else None
                self._fill(
                    replace(template, start=start, planned_end=start + length if length else None),
                    dose=template.dose,
                )
                if length is not None:
                    self.end_box.setCurrentIndex(2)
                    self.weeks_spin.setValue((length.days + 1) // 7)

    def _end_kind_changed(self) -> None:
        kind = self.end_box.currentData()
        self.end_edit.setVisible(kind == "date")
        self.weeks_spin.setVisible(kind == "weeks")

    def _pattern_changed(self) -> None:
        on_weekdays = self.weekdays_radio.isChecked()
        for box in self.day_boxes:
            box.setEnabled(on_weekdays)
        self.every_spin.setEnabled(not on_weekdays)

    def protocol(self) -> Protocol:
        """The course as filled in, keeping its id, pause and end."""
        start = _pydate(self.start_edit.date())
        kind = self.end_box.currentData()
        planned_end = None
        if kind == "date":
            planned_end = _pydate(self.end_edit.date())
        elif kind == "weeks":
            planned_end = start + timedelta(weeks=self.weeks_spin.value(), days=-1)
        on_weekdays = self.weekdays_radio.isChecked()
        base = self.original or Protocol(None, "", 1.0, "mg")
        clock = self.time_edit.time()
        return replace(
            base,
            product=self.product_edit.text().strip(),
            dose=self.dose_edit.value() or 0.0,
            dose_unit=self.unit_box.currentText().strip(),
            route=self.route_box.currentData(),
            weekdays=tuple(d for d, box in enumerate(self.day_boxes) if box.isChecked())
            if on_weekdays
            else (),
            every_n_days=None if on_weekdays else self.every_spin.value(),
            time_of_day=time(clock.hour(), clock.minute()),
            start=start,
            planned_end=planned_end,
            window_hours=self.window_spin.value(),
            notes=self.notes_edit.text().strip(),
        )

    def accept(self) -> None:
        """Save through the tab; stay open and say why when it cannot be saved."""
        if self.dose_edit.value() is None:
            self._show_error(
                translate("Injections", "Type the dose you and your doctor agreed on.")
            )
            self.dose_edit.setFocus()
            return
        save = self._save
        if (
            save is not None
            and not run_action(lambda: save(self.protocol()), self, show=self._show_error).ok
        ):
            return
        super().accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
