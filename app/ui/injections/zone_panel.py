"""Under the tab's body map: the picked zone's history, and setting it aside or preferring it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n.seeds import zone_label
from app.domain.records import Zone
from app.ui.bodymap import ZoneUsageView
from app.ui.bodymap.usage import count_text, last_used_text

translate = QCoreApplication.translate


class ZonePanel(QWidget):
    """Shows one zone; ticking "preferred" or "don't use" asks the tab to save the zone."""

    zoneChanged = Signal(object)  # Zone
    zonePicked = Signal(str)  # zone id chosen in the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone_box = QComboBox()
        self.zone_box.setAccessibleName(translate("Injections", "Zone"))
        self.summary = QLabel(
            translate("Injections", "Click a zone to see when it was used, or to set it aside.")
        )
        self.summary.setWordWrap(True)
        self.preferred_box = QCheckBox(translate("Injections", "&Preferred area"))
        self.preferred_box.setToolTip(
            translate("Injections", "Suggestions come from preferred zones first")
        )
        self.disabled_box = QCheckBox(translate("Injections", "Do&n't use this zone"))
        self.disabled_box.setToolTip(
            translate("Injections", "For a scar, a lump, a tattoo: the zone is greyed out")
        )
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(translate("Injections", "Why (scar, lump, tattoo…)"))
        self.reason_edit.setAccessibleName(
            translate("Injections", "Reason for not using this zone")
        )
        row = QHBoxLayout()
        row.addWidget(self.preferred_box)
        row.addWidget(self.disabled_box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        zone_label = QLabel(translate("Injections", "&Zone"))
        zone_label.setBuddy(self.zone_box)
        top.addWidget(zone_label)
        top.addWidget(self.zone_box, 1)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.reason_edit)  # a line of its own: the hint reads whole
        self.zone_box.activated.connect(self._picked)
        self._zone: Zone | None = None
        self.preferred_box.toggled.connect(self._save)
        self.disabled_box.toggled.connect(self._save)
        self.reason_edit.editingFinished.connect(self._save)
        self._set_enabled(False)

    def set_zones(self, zones: list[Zone]) -> None:
        """The zones to choose from in the list (all of them, set aside or not)."""
        keep = self.zone_box.currentData()
        self.zone_box.blockSignals(True)
        self.zone_box.clear()
        self.zone_box.addItem(translate("Injections", "Choose a zone…"), "")
        for zone in zones:
            label = (
                zone_label(zone.label)
                if zone.enabled
                else translate("Injections", "{zone} (not used)").format(
                    zone=zone_label(zone.label)
                )
            )
            self.zone_box.addItem(label, zone.id)
        self.zone_box.setCurrentIndex(max(0, self.zone_box.findData(keep)))
        self.zone_box.blockSignals(False)

    def _picked(self) -> None:
        zone_id = self.zone_box.currentData()
        if zone_id:
            self.zonePicked.emit(zone_id)

    def zone(self) -> Zone | None:
        """The zone on show."""
        return self._zone

    def show_zone(self, zone: Zone | None, usage: ZoneUsageView) -> None:
        """Show a zone's use and settings (None: nothing picked)."""
        self._zone = zone
        self._set_enabled(zone is not None)
        if zone is None:
            return
        self.zone_box.setCurrentIndex(max(0, self.zone_box.findData(zone.id)))
        text = (
            f"<b>{zone_label(zone.label)}</b> — {last_used_text(usage)}; {count_text(usage.count)}"
        )
        self.summary.setText(text)
        for box, value in (
            (self.preferred_box, zone.preferred),
            (self.disabled_box, not zone.enabled),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.reason_edit.setText(zone.disabled_reason)
        self.reason_edit.setEnabled(not zone.enabled)

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.preferred_box, self.disabled_box, self.reason_edit):
            widget.setEnabled(on)

    def _save(self) -> None:
        if self._zone is None:
            return
        enabled = not self.disabled_box.isChecked()
        reason = self.reason_edit.text().strip() if not enabled else ""
        changed = replace(
            self._zone,
            preferred=self.preferred_box.isChecked(),
            enabled=enabled,
            disabled_reason=reason,
        )
        self.reason_edit.setEnabled(not enabled)
        if changed != self._zone:
            self._zone = changed
            self.zoneChanged.emit(changed)
