"""The Care tab: other medicines and supplements, and appointments, each in a table with its
buttons. Every change is one action on the diary; a deletion can be undone."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.person import how_often_words, next_appointment
from app.domain.records import Appointment, Medication
from app.store.changes import Change
from app.store.diary import Diary
from app.ui.actions import run_action
from app.ui.injections.widgets import UndoBar
from app.ui.person.appointment_dialog import AppointmentDialog
from app.ui.person.medication_dialog import MedicationDialog
from app.ui.person.texts import appointment_line, appointment_when, day_text, translate
from app.ui.record_table import Column, RecordTableModel, RecordTableView

WATCHED = Change.MEDICATIONS | Change.APPOINTMENTS | Change.PROFILE
Clock = Callable[[], datetime]


def _first_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 1:
        return translate("Person", "{first} (+{n} more)").format(first=lines[0], n=len(lines) - 1)
    return lines[0] if lines else ""


def without_alt_key(text: str) -> str:
    """'&Add…' -> 'Add…', '添加(&A)…' -> '添加…'."""
    return re.sub(r"\(&[^&]\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


class ListPanel(QGroupBox):
    """A titled table of records with Add, Change and Delete (and any extra buttons)."""

    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        parent: QWidget | None = None,
        alt_keys: bool = True,
    ):
        """`alt_keys` False: the buttons carry no Alt-letters (a second panel in the same window
        would share them, and then Alt+A only moves between the two Add buttons)."""
        super().__init__(title, parent)
        self.model: RecordTableModel = RecordTableModel(columns, self)
        self.table = RecordTableView(self.model)
        self.table.setAccessibleName(title.replace("&", ""))
        self.add_button = QPushButton(translate("Person", "&Add…"))
        self.change_button = QPushButton(translate("Person", "&Change…"))
        self.delete_button = QPushButton(translate("Person", "&Delete"))
        self.buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.delete_button):
            if not alt_keys:
                button.setText(without_alt_key(button.text()))
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self._enable()

    def chosen(self) -> Any | None:
        picked = self.table.selected_objects()
        return picked[0] if picked else None

    def _enable(self) -> None:
        some = self.chosen() is not None
        for button in (self.change_button, self.delete_button):
            button.setEnabled(some)


class CareTab(QWidget):
    """Medicines above, appointments below; refreshes when either (or the profile) changed."""

    def __init__(
        self, diary: Diary, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self._clock = clock or (lambda: datetime.now(diary.timezone()))
        self.dialog: MedicationDialog | AppointmentDialog | None = None
        self.undo_bar = UndoBar()
        self.medicines = ListPanel(
            translate("Person", "Other medicines and supplements"),
            [
                Column(
                    translate("Person", "Medicine"), lambda m: m.name, lambda m: m.name.casefold()
                ),
                Column(translate("Person", "Dose"), lambda m: m.dose),
                Column(translate("Person", "How often"), lambda m: how_often_words(m.how_often)),
                Column(
                    translate("Person", "Started"),
                    lambda m: day_text(m.started),
                    lambda m: m.started,
                ),
                Column(
                    translate("Person", "Stopped"),
                    lambda m: day_text(m.stopped),
                    lambda m: m.stopped,
                ),
                Column(
                    translate("Person", "Immune system"),
                    lambda m: translate("Person", "acts on it") if m.acts_on_immune_system else "",
                ),
            ],
        )
        self.stop_button = QPushButton(translate("Person", "&Stopped today"))
        self.medicines.buttons.insertWidget(2, self.stop_button)
        tz = diary.timezone()
        self.appointments = ListPanel(
            translate("Person", "Appointments"),
            [
                Column(
                    translate("Person", "When"), lambda a: appointment_when(a, tz), lambda a: a.at
                ),
                Column(translate("Person", "With whom"), lambda a: a.with_whom),
                Column(translate("Person", "Where"), lambda a: a.place),
                Column(translate("Person", "Questions"), lambda a: _first_line(a.questions)),
            ],
            alt_keys=False,  # the medicines' Add, Change and Delete have them
        )
        self.medicines.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.appointments.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.medicines, 1)
        layout.addWidget(self.appointments, 1)
        self._connect()
        self.reload()

    def _connect(self) -> None:
        m, a = self.medicines, self.appointments
        m.add_button.clicked.connect(lambda: self.edit_medication(None))
        m.change_button.clicked.connect(lambda: self.edit_medication(m.chosen()))
        m.table.activated.connect(lambda _index: self.edit_medication(m.chosen()))
        m.delete_button.clicked.connect(self.delete_medication)
        self.stop_button.clicked.connect(self.stop_medication)
        m.table.selectionModel().selectionChanged.connect(lambda *_: self._enable_stop())
        a.add_button.clicked.connect(lambda: self.edit_appointment(None))
        a.change_button.clicked.connect(lambda: self.edit_appointment(a.chosen()))
        a.table.activated.connect(lambda _index: self.edit_appointment(a.chosen()))
        a.delete_button.clicked.connect(self.delete_appointment)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self._undo)

    def now(self) -> datetime:
        return self._clock()

    def refresh(self, changes: Change) -> None:
        if changes & WATCHED:
            self.reload()

    def reload(self) -> None:
        self.medicines.set_rows(self.diary.medications())
        self.appointments.set_rows(self.diary.appointments())
        self._enable_stop()
        coming = next_appointment(self.diary.appointments(), self.now())
        title = translate("Person", "Appointments")
        if coming is not None:
            title += " · " + translate("Person", "next: {line}").format(
                line=appointment_line(coming, self.diary.timezone())
            )
        self.appointments.setTitle(title)

    def _enable_stop(self) -> None:
        chosen = self.medicines.chosen()
        self.stop_button.setEnabled(chosen is not None and chosen.stopped is None)

    # ----- user actions ---------------------------------------------------------------------

    def edit_medication(self, medication: Medication | None) -> MedicationDialog:
        """Add a medicine (None) or change one."""
        dialog = MedicationDialog(medication, self.now().date(), self.diary.save_medication, self)
        return self._open(dialog)

    def edit_appointment(self, appointment: Appointment | None) -> AppointmentDialog:
        """Add an appointment (None) or change one."""
        dialog = AppointmentDialog(appointment, self.now(), self.diary.save_appointment, self)
        return self._open(dialog)

    def _open(self, dialog: Any) -> Any:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def stop_medication(self) -> None:
        chosen = self.medicines.chosen()
        if chosen is None:
            return
        done = run_action(lambda: self.diary.stop_medication(chosen.id, self.now().date()), self)
        if done.ok:
            self.undo_bar.offer(
                translate("Person", "{name} marked as stopped today.").format(name=chosen.name),
                lambda: run_action(lambda: self.diary.save_medication(chosen), self),
            )

    def delete_medication(self) -> None:
        """Take the chosen medicine off the list, with Undo."""
        self._delete(
            self.medicines,
            self.diary.delete_medication,
            self.diary.save_medication,
            lambda gone: translate("Person", "{name} taken off the list.").format(name=gone.name),
        )

    def delete_appointment(self) -> None:
        """Delete the chosen appointment, with Undo."""
        tz = self.diary.timezone()
        self._delete(
            self.appointments,
            self.diary.delete_appointment,
            self.diary.save_appointment,
            lambda gone: translate("Person", "Appointment {line} deleted.").format(
                line=appointment_line(gone, tz)
            ),
        )

    def _delete(
        self,
        panel: ListPanel,
        delete: Callable[[int], Any],
        save: Callable[..., Any],
        said: Callable[[Any], str],
    ) -> None:
        chosen = panel.chosen()
        if chosen is None:
            return
        done = run_action(lambda: delete(chosen.id), self, translate("Person", "Not deleted"))
        if done.ok:
            gone = done.value
            self.undo_bar.offer(
                said(gone), lambda: run_action(lambda: save(gone, restore=True), self)
            )
            self.undo_bar.undo_button.setFocus()

    def _undo(self) -> None:
        if self.undo_bar.can_undo():
            self.undo_bar.undo()
