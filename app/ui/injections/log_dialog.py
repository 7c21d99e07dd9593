"""The log dialog: everything filled in from the protocol, the rotation and the vial in use.

Accepting the defaults is one key: the time field has the focus and Enter saves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.dose_guard import dose_it_would_count_as, dose_out_of_reach, dose_shortly_before
from app.domain.i18n.seeds import zone_label
from app.domain.injection_overview import vial_for
from app.domain.records import Injection, Protocol, Vial
from app.domain.vials import vial_problems, volume_to_draw_ml
from app.ui.actions import run_action
from app.ui.bodymap import BodyMapWidget
from app.ui.injections.guard import CountsAsChoice, RepeatQuestion, repeat_question
from app.ui.injections.map_data import show_usage
from app.ui.injections.qtime import from_qdatetime, qzone, to_qdatetime
from app.ui.injections.snapshot import InjectionSnapshot
from app.ui.injections.texts import zone_note
from app.ui.injections.vial_words import empties_vial, vial_label, vial_note
from app.ui.injections.widgets import DoseEdit, NoteLabel
from app.ui.style import set_status

translate = QCoreApplication.translate

UNITS = ("mg", "µg", "mL", "IU", "units")


SaveInjection = Callable[[Injection, Vial | None], None]


class LogInjectionDialog(QDialog):
    """Log a new injection (or change one): when, what, how much, where and from which vial."""

    def __init__(
        self,
        snapshot: InjectionSnapshot,
        now: datetime,
        existing: Injection | None = None,
        protocol: Protocol | None = None,
        when: datetime | None = None,
        save: SaveInjection | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.snapshot = snapshot
        self.now = now
        self.existing = existing
        self.setWindowTitle(
            translate("Injections", "Change injection")
            if existing
            else translate("Injections", "Log injection")
        )
        self.setAccessibleName(self.windowTitle())
        self._build()
        self._fill(existing, protocol, when)
        self.setMinimumSize(860, 520)
        self.when_edit.setFocus()

    # ----- building -----

    def _build(self) -> None:
        self.protocol_box = QComboBox()
        self.protocol_box.setAccessibleName(translate("Injections", "Protocol"))
        for p in self.snapshot.protocols:
            if p.ended_on is None or (self.existing and self.existing.protocol_id == p.id):
                self.protocol_box.addItem(p.product, p.id)
        self.protocol_box.addItem(translate("Injections", "None (an extra injection)"), None)
        self.when_edit = QDateTimeEdit()
        self.when_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setAccessibleName(translate("Injections", "Taken at"))
        self.counts_as = CountsAsChoice()
        self.dose_edit = DoseEdit()
        self.dose_edit.setAccessibleName(translate("Injections", "Dose"))
        self.unit_box = QComboBox()
        self.unit_box.setEditable(True)
        self.unit_box.addItems(UNITS)
        self.unit_box.setAccessibleName(translate("Injections", "Dose unit"))
        dose_row = QHBoxLayout()
        dose_row.addWidget(self.dose_edit, 1)
        dose_row.addWidget(self.unit_box)
        self.zone_box = QComboBox()
        self.zone_box.setAccessibleName(translate("Injections", "Injection site"))
        for zone in self.snapshot.zones:
            if zone.enabled:
                self.zone_box.addItem(zone_label(zone.label), zone.id)
        self.body_map = BodyMapWidget()
        self.body_map.setMinimumSize(340, 300)
        show_usage(self.body_map, self.snapshot, self.now)
        self.zone_note = NoteLabel()
        self.vial_box = QComboBox()
        self.vial_box.setAccessibleName(translate("Injections", "Vial"))
        self.vial_note = QLabel()
        self.vial_note.setObjectName("drawVolume")
        self.vial_note.setWordWrap(True)
        self.vial_warning = NoteLabel()
        self.finish_vial_box = QCheckBox(
            translate("Injections", "This empties the vial (mark it finished)")
        )
        self.needle_edit = QLineEdit()
        self.needle_edit.setAccessibleName(translate("Injections", "Needle"))
        self.needle_edit.setPlaceholderText(translate("Injections", "e.g. 30G 8 mm"))
        self.notes_edit = QLineEdit()
        self.notes_edit.setAccessibleName(translate("Injections", "Notes"))

        form = QFormLayout()
        form.addRow(translate("Injections", "&Protocol"), self.protocol_box)
        form.addRow(translate("Injections", "&Taken at"), self.when_edit)
        self.clock_note = NoteLabel()  # the computer's clock in another zone than the diary's
        self.clock_note.set_note(zone_note(self.snapshot.tz, self.now))
        form.addRow("", self.clock_note)
        form.addRow("", self.counts_as)
        dose_label = QLabel(translate("Injections", "&Dose"))
        dose_label.setBuddy(self.dose_edit)
        form.addRow(dose_label, dose_row)
        form.addRow(translate("Injections", "&Site"), self.zone_box)
        form.addRow("", self.zone_note)
        form.addRow(translate("Injections", "&Vial"), self.vial_box)
        vial_notes = QVBoxLayout()
        vial_notes.setSpacing(4)
        for widget in (self.vial_note, self.vial_warning, self.finish_vial_box):
            vial_notes.addWidget(widget)
        form.addRow("", vial_notes)
        form.addRow(translate("Injections", "&Needle"), self.needle_edit)
        form.addRow(translate("Injections", "N&otes"), self.notes_edit)

        self.error_note = NoteLabel()
        set_status(self.error_note, "error")
        self.repeat_question = RepeatQuestion()
        self._repeat_confirmed = False
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        body.addLayout(left, 3)
        body.addWidget(self.body_map, 4)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.repeat_question)
        outer.addWidget(self.error_note)
        bottom = QHBoxLayout()
        hint = QLabel(translate("Injections", "Enter saves · Esc closes without saving"))
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)

        self.protocol_box.currentIndexChanged.connect(self._protocol_changed)
        self.zone_box.currentIndexChanged.connect(self._zone_box_changed)
        self.body_map.zoneSelected.connect(self._map_picked)
        self.when_edit.dateTimeChanged.connect(self._update_notes)
        self.when_edit.dateTimeChanged.connect(lambda _when: self._update_guard())
        self.protocol_box.currentIndexChanged.connect(lambda _index: self._update_guard())
        self.repeat_question.another_button.clicked.connect(self._log_another)
        self.dose_edit.valueChanged.connect(self._update_vial_note)
        self.unit_box.currentTextChanged.connect(self._update_vial_note)
        self.vial_box.currentIndexChanged.connect(self._update_vial_note)
        for first, second in (
            (self.protocol_box, self.when_edit),
            (self.when_edit, self.counts_as.that_dose),
            (self.counts_as.that_dose, self.counts_as.extra_dose),
            (self.counts_as.extra_dose, self.dose_edit),
            (self.dose_edit, self.unit_box),
            (self.unit_box, self.zone_box),
            (self.zone_box, self.body_map),
            (self.body_map, self.vial_box),
            (self.vial_box, self.finish_vial_box),
            (self.finish_vial_box, self.needle_edit),
            (self.needle_edit, self.notes_edit),
        ):
            QWidget.setTabOrder(first, second)

    def _fill(
        self, existing: Injection | None, protocol: Protocol | None, when: datetime | None
    ) -> None:
        snap = self.snapshot
        if existing is not None:
            protocol = snap.protocol(existing.protocol_id)
            moment = existing.taken_at.astimezone(snap.tz)
        else:
            if protocol is None:
                running = [
                    p for p in snap.protocols if p.ended_on is None and p.paused_from is None
                ]
                protocol = running[0] if running else None
            moment = (when or self.now).astimezone(snap.tz).replace(second=0, microsecond=0)
        index = self.protocol_box.findData(protocol.id if protocol else None)
        self.protocol_box.setCurrentIndex(max(0, index))
        self.when_edit.setTimeZone(qzone(snap.tz))
        self.when_edit.setDateTime(to_qdatetime(moment))
        self._fill_vials(existing.vial_id if existing else None)
        if existing is not None:
            self.dose_edit.setValue(existing.dose)
            self.unit_box.setCurrentText(existing.dose_unit)
            self._select_zone(existing.zone_id)
            self.needle_edit.setText(existing.needle)
            self.notes_edit.setText(existing.notes)
            self.finish_vial_box.setChecked(False)
            self._update_guard(extra=existing.extra)
        else:
            self._protocol_changed()
            suggested = snap.suggested_zone(self.now)
            self._select_zone(suggested.id if suggested else None)
            earlier = [shot for shot in snap.injections if shot.needle]
            self.needle_edit.setText(earlier[-1].needle if earlier else "")
            self._update_guard()
        self._update_notes()

    def _fill_vials(self, keep_id: int | None) -> None:
        self.vial_box.blockSignals(True)
        self.vial_box.clear()
        for vial in sorted(self.snapshot.vials, key=lambda v: -(v.id or 0)):
            if vial.finished_on is None or vial.id == keep_id:
                self.vial_box.addItem(vial_label(vial), vial.id)
        self.vial_box.addItem(translate("Injections", "No vial"), None)
        self.vial_box.blockSignals(False)
        if keep_id is not None:
            self.vial_box.setCurrentIndex(max(0, self.vial_box.findData(keep_id)))

    # ----- reacting to the person -----

    def _protocol_changed(self) -> None:
        protocol = self.snapshot.protocol(self.protocol_box.currentData())
        if self.existing is not None:
            self._update_vial_note()
            return
        if protocol is None:  # an extra injection: only a number the person types
            self.dose_edit.setValue(None)
            self._update_vial_note()
            return
        self.dose_edit.setValue(protocol.dose)
        self.unit_box.setCurrentText(protocol.dose_unit)
        vial = vial_for(protocol, self.snapshot.vials)
        self.vial_box.setCurrentIndex(max(0, self.vial_box.findData(vial.id if vial else None)))
        self._update_vial_note()

    def _select_zone(self, zone_id: str | None) -> None:
        index = self.zone_box.findData(zone_id) if zone_id else -1
        self.zone_box.setCurrentIndex(index)
        self.body_map.select_zone(zone_id)

    def _map_picked(self, zone_id: str) -> None:
        self.zone_box.setCurrentIndex(self.zone_box.findData(zone_id))

    def _zone_box_changed(self) -> None:
        self.body_map.select_zone(self.zone_box.currentData())
        self._update_notes()

    def _update_notes(self) -> None:
        zone_id = self.zone_box.currentData()
        at, editing = self.taken_at(), self._editing
        self.zone_note.set_note(
            self.snapshot.recent_use_note(zone_id, at, editing) if zone_id else None
        )
        self._update_vial_note()

    def _update_vial_note(self) -> None:
        vial = self.snapshot.vial(self.vial_box.currentData())
        self.finish_vial_box.setVisible(vial is not None)
        if vial is None:
            self.vial_note.setText(translate("Injections", "No vial recorded for this injection."))
            self.vial_warning.set_note(None)
            return
        others = [
            s for s in self.snapshot.injections if self.existing is None or s.id != self.existing.id
        ]
        dose, unit = self.dose_edit.value() or 0.0, self.unit_box.currentText()
        self.vial_note.setText(vial_note(vial, dose, unit, others))
        self.vial_warning.set_note(" ".join(vial_problems(vial, self.taken_at())) or None)
        if self.existing is None:
            self.finish_vial_box.setChecked(empties_vial(vial, [*others, self.injection()]))

    def _update_guard(self, extra: bool | None = None) -> None:
        """Say which scheduled dose this counts as, and offer the choice of an extra dose."""
        self._repeat_confirmed = False
        self.repeat_question.hide()
        protocol, snap = self.snapshot.protocol(self.protocol_box.currentData()), self.snapshot
        if protocol is None:
            self.counts_as.show_dose(None)
            return
        args = (
            protocol,
            snap.injections,
            snap.tz,
            self.taken_at(),
            snap.reach_hours,
            self._editing,
        )
        dose = dose_it_would_count_as(*args)
        # Further off (the night before, a day late): an extra dose unless the person says which
        far = dose_out_of_reach(*args) if dose is None else None
        self.counts_as.show_dose(dose or far, extra, far=dose is None)

    @property
    def _editing(self) -> int | None:
        return self.existing.id if self.existing else None

    def _dose_shortly_before(self) -> Injection | None:
        protocol, snap = self.snapshot.protocol(self.protocol_box.currentData()), self.snapshot
        if protocol is None:
            return None
        return dose_shortly_before(
            protocol, snap.injections, self.taken_at(), snap.repeat_hours, self._editing
        )

    def _log_another(self) -> None:
        self._repeat_confirmed = True
        self.repeat_question.hide()
        self.accept()

    # ----- the result -----

    def taken_at(self) -> datetime:
        """The time in the field, in the diary's time zone."""
        return from_qdatetime(self.when_edit.dateTime(), self.snapshot.tz)

    def injection(self) -> Injection:
        """The injection as filled in (id kept when changing one)."""
        base = Injection(
            id=self.existing.id if self.existing else None,
            taken_at=self.taken_at(),
            protocol_id=self.protocol_box.currentData(),
            dose=self.dose_edit.value() or 0.0,
            dose_unit=self.unit_box.currentText().strip(),
            zone_id=self.zone_box.currentData() or "",
            vial_id=self.vial_box.currentData(),
            needle=self.needle_edit.text().strip(),
            notes=self.notes_edit.text().strip(),
            counts_for=self.counts_as.counts_for(),
            extra=self.counts_as.is_extra(),
        )
        vial = self.snapshot.vial(base.vial_id)
        volume = volume_to_draw_ml(base.dose, base.dose_unit, vial) if vial else None
        return replace(base, volume_ml=round(volume, 3) if volume is not None else None)

    def finishes_vial(self) -> Vial | None:
        """The vial to mark finished on saving, if the box is ticked."""
        if not self.finish_vial_box.isVisible() or not self.finish_vial_box.isChecked():
            return None
        vial = self.snapshot.vial(self.vial_box.currentData())
        return replace(vial, finished_on=self.taken_at().date()) if vial else None

    def accept(self) -> None:
        """Save only with a dose and a site; a second dose of the course soon after asks first."""
        if self.dose_edit.value() is None:
            self.error_note.set_note(translate("Injections", "Type the dose you took."))
            self.dose_edit.setFocus()
            return
        if not self.zone_box.currentData():
            self.zone_note.set_note(
                translate("Injections", "Pick the injection site on the body map or in the list.")
            )
            self.zone_box.setFocus()
            return
        earlier = self._dose_shortly_before()
        if earlier is not None and not self._repeat_confirmed:
            today = self.now.astimezone(self.snapshot.tz).date()
            self.repeat_question.ask(repeat_question(earlier, today, self.snapshot.tz))
            return
        save = self._save
        if save is not None:
            shot, vial = self.injection(), self.finishes_vial()
            if not run_action(lambda: save(shot, vial), self, show=self.error_note.set_note).ok:
                return
        super().accept()
