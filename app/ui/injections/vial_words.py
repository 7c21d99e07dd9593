"""The vial in words, for the log dialog and the vial list: how much to draw, its strength, what is
left, and its name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.domain.i18n.numbers import figure
from app.domain.injection_overview import vial_left_mg
from app.domain.records import Injection, Vial
from app.domain.vials import format_volume, volume_to_draw_ml
from app.ui.injections.texts import short_date

translate = QCoreApplication.translate

EMPTY_VIAL_MG = 0.01  # below this the vial is taken to be empty


def vial_note(vial: Vial, dose: float, unit: str, others: Sequence[Injection]) -> str:
    """'<b>Draw 0.5 mL</b> · 3.2 mg/mL · 4.8 mg in the vial' for a dose of `dose` `unit`;
    `others` are the injections already logged (the one being edited left out)."""
    parts = []
    volume = volume_to_draw_ml(dose, unit, vial)
    if volume is not None:
        parts.append(
            "<b>"
            + translate("Injections", "Draw {volume}").format(volume=format_volume(volume))
            + "</b>"
        )
    if vial.concentration_mg_per_ml:
        parts.append(f"{figure(vial.concentration_mg_per_ml)} mg/mL")
    left = vial_left_mg(vial, others)
    if left is not None:
        parts.append(translate("Injections", "{mg} mg in the vial").format(mg=figure(left)))
    return " · ".join(parts) or translate(
        "Injections", "Strength and water not recorded for this vial."
    )


def empties_vial(vial: Vial, with_this_dose: Sequence[Injection]) -> bool:
    """True when the vial is empty once this dose is drawn (the dialog offers to finish it)."""
    after = vial_left_mg(vial, with_this_dose)
    return after is not None and after < EMPTY_VIAL_MG


def vial_label(vial: Vial) -> str:
    """'Lot TA33487 · expires Mon 20 Sep' or the product when there is no lot."""
    name = translate("Injections", "Lot {lot}").format(lot=vial.lot) if vial.lot else vial.product
    if vial.expiry:
        name += " · " + translate("Injections", "expires {day} {year}").format(
            day=short_date(vial.expiry), year=vial.expiry.year
        )
    return name
