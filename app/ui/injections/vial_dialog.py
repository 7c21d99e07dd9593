"""Vials: lot, expiry, strength and water (so the concentration), when mixed, how long it keeps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n.numbers import figure
from app.domain.records import Vial
from app.domain.vials import vial_problems
from app.ui.actions import run_action
from app.ui.injections.qtime import from_qdatetime, qzone, to_qdatetime
from app.ui.injections.vial_words import vial_label
from app.ui.injections.widgets import AmountSpinBox, NoteLabel

translate = QCoreApplication.translate


def _optional(value: float) -> float | None:
    """Spin boxes show 0 for 'not recorded'."""
    return value if value > 0 else None


class VialDialog(QDialog):
    """The open vials (and, on request, finished ones), and a form for the chosen one."""

    def __init__(
        self,
        vials: list[Vial],
        product: str,
        tz: ZoneInfo,
        now: datetime,
        save: Callable[[Vial], Vial] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Injections", "Vials"))
        self._vials = vials
        self._product = product
        self._tz = tz
        self._now = now
        self._save = save
        self._current: Vial | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Injections", "Vials"))
        self.show_finished = QCheckBox(translate("Injections", "Show finished vials"))
        self.new_button = QPushButton(translate("Injections", "&New vial"))
        self.product_edit = QLineEdit()
        self.lot_edit = QLineEdit()
        self.expiry_box = QCheckBox(translate("Injections", "Has an expiry date"))
        self.expiry_edit = QDateEdit()
        self.expiry_edit.setCalendarPopup(True)
        self.expiry_edit.setDisplayFormat("d MMM yyyy")
        self.strength_spin = AmountSpinBox()
        self.strength_spin.setRange(0, 100000)
        self.strength_spin.setSuffix(" mg")
        self.strength_spin.setSpecialValueText(translate("Injections", "not recorded"))
        self.diluent_spin = QDoubleSpinBox()
        self.diluent_spin.setRange(0, 100)
        self.diluent_spin.setDecimals(2)
        self.diluent_spin.setSuffix(" mL")
        self.diluent_spin.setSpecialValueText(translate("Injections", "not recorded"))
        self.concentration = QLabel()
        self.mixed_box = QCheckBox(translate("Injections", "Mixed (reconstituted)"))
        self.mixed_edit = QDateTimeEdit()
        self.mixed_edit.setCalendarPopup(True)
        self.mixed_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.mixed_edit.setTimeZone(qzone(tz))
        self.beyond_spin = QDoubleSpinBox()
        self.beyond_spin.setRange(0, 24 * 90)
        self.beyond_spin.setDecimals(0)
        self.beyond_spin.setSuffix(translate("Injections", " hours"))
        self.beyond_spin.setSpecialValueText(translate("Injections", "not set"))
        self.storage_edit = QLineEdit()
        self.storage_edit.setPlaceholderText(translate("Injections", "e.g. fridge, 2–8 °C"))
        self.thawed_box = QCheckBox(translate("Injections", "It has been frozen and thawed"))
        self.finished_box = QCheckBox(translate("Injections", "Finished (empty or thrown away)"))
        self.warning = NoteLabel()
        self.save_button = QPushButton(translate("Injections", "&Save vial"))

        form = QFormLayout()
        form.addRow(translate("Injections", "&Product"), self.product_edit)
        form.addRow(translate("Injections", "&Lot"), self.lot_edit)
        form.addRow(self.expiry_box, self.expiry_edit)
        form.addRow(translate("Injections", "&Strength"), self.strength_spin)
        form.addRow(translate("Injections", "&Water added"), self.diluent_spin)
        form.addRow(translate("Injections", "Concentration"), self.concentration)
        form.addRow(self.mixed_box, self.mixed_edit)
        form.addRow(translate("Injections", "&Use within"), self.beyond_spin)
        form.addRow(translate("Injections", "S&torage"), self.storage_edit)
        form.addRow("", self.thawed_box)
        form.addRow("", self.finished_box)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.warning)
        right.addStretch(1)
        right.addWidget(self.save_button)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.show_finished)
        left.addWidget(self.new_button)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)

        self.list.currentRowChanged.connect(self._chosen)
        self.show_finished.toggled.connect(lambda _on: self._fill_list(self._current))
        self.new_button.clicked.connect(self._new)
        self.save_button.clicked.connect(self._save_current)
        for spin in (self.strength_spin, self.diluent_spin):
            spin.valueChanged.connect(self._update_concentration)
        self.expiry_box.toggled.connect(self.expiry_edit.setEnabled)
        self.mixed_box.toggled.connect(self.mixed_edit.setEnabled)
        self.setMinimumWidth(780)
        self._fill_list(None)

    def _fill_list(self, keep: Vial | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        shown = [v for v in self._vials if v.finished_on is None or self.show_finished.isChecked()]
        for vial in sorted(shown, key=lambda v: -(v.id or 0)):
            text = vial_label(vial)
            if vial.finished_on is not None:
                text += " · " + translate("Injections", "finished")
            item = QListWidgetItem(text)
            item.setData(256, vial.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [self.list.item(i).data(256) for i in range(self.list.count())]
        if keep is not None and keep.id in ids:
            self.list.setCurrentRow(ids.index(keep.id))
        elif ids:
            self.list.setCurrentRow(0)
        else:
            self._new()

    def _chosen(self, row: int) -> None:
        item = self.list.item(row)
        vial = next((v for v in self._vials if item and v.id == item.data(256)), None)
        if vial is not None:
            self._show(vial)

    def _new(self) -> None:
        self.list.clearSelection()
        self._show(Vial(id=None, product=self._product))
        self.lot_edit.setFocus()

    def _show(self, v: Vial) -> None:
        self._current = v
        self.product_edit.setText(v.product)
        self.lot_edit.setText(v.lot)
        self.expiry_box.setChecked(v.expiry is not None)
        expiry = v.expiry or self._now.date()
        self.expiry_edit.setDate(QDate(expiry.year, expiry.month, expiry.day))
        self.expiry_edit.setEnabled(v.expiry is not None)
        self.strength_spin.setValue(v.strength_mg or 0)
        self.diluent_spin.setValue(v.diluent_ml or 0)
        self.mixed_box.setChecked(v.reconstituted_at is not None)
        self.mixed_edit.setDateTime(
            to_qdatetime((v.reconstituted_at or self._now).astimezone(self._tz))
        )
        self.mixed_edit.setEnabled(v.reconstituted_at is not None)
        self.beyond_spin.setValue(v.beyond_use_hours or 0)
        self.storage_edit.setText(v.storage_notes)
        self.thawed_box.setChecked(v.frozen_thawed)
        self.finished_box.setChecked(v.finished_on is not None)
        self._update_concentration()
        self.warning.set_note(" ".join(vial_problems(v, self._now)) or None)

    def _update_concentration(self) -> None:
        strength, water = self.strength_spin.value(), self.diluent_spin.value()
        if strength > 0 and water > 0:
            self.concentration.setText(f"{figure(strength / water)} mg/mL")
        else:
            self.concentration.setText(
                translate("Injections", "needs the strength and the water added")
            )

    def vial(self) -> Vial:
        """The form as a vial (keeping the chosen vial's id)."""
        base = self._current or Vial(id=None, product=self._product)
        expiry = self.expiry_edit.date()
        finished = base.finished_on or self._now.date()
        return replace(
            base,
            product=self.product_edit.text().strip(),
            lot=self.lot_edit.text().strip(),
            expiry=date(expiry.year(), expiry.month(), expiry.day())
            if self.expiry_box.isChecked()
            else None,
            strength_mg=_optional(self.strength_spin.value()),
            diluent_ml=_optional(self.diluent_spin.value()),
            reconstituted_at=from_qdatetime(self.mixed_edit.dateTime(), self._tz)
            if self.mixed_box.isChecked()
            else None,
            beyond_use_hours=_optional(self.beyond_spin.value()),
            storage_notes=self.storage_edit.text().strip(),
            frozen_thawed=self.thawed_box.isChecked(),
            finished_on=finished if self.finished_box.isChecked() else None,
        )

    def _save_current(self) -> None:
        if self._save is None:
            return
        save = self._save
        done = run_action(lambda: save(self.vial()), self, show=self.warning.set_note)
        if not done.ok:
            return
        saved = done.value
        self._vials = [v for v in self._vials if v.id != saved.id] + [saved]
        self._fill_list(saved)
        self._show(saved)
