"""Checks on lab panels, results and the catalogue before any of them is saved."""

from __future__ import annotations

import math
from collections.abc import Collection
from datetime import date

from app.domain.checks.values import check_number, check_text
from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.labs.ranges import range_unit
from app.domain.labs.units import pretty_unit, same_unit
from app.domain.records import LabPanel, LabResult, LabTest, MonitoringGroup

COMPARATORS = ("", "<", ">", "<=", ">=")
RANGE_SOURCES = ("printed", "copied", "converted")


def check_range_unit(r: LabResult) -> None:
    """A range printed with a unit must be in the result's unit: 15 µmol/L against "0.1–1 mg/dL"
    would be flagged, and graded, against numbers a hundred times too small."""
    printed = range_unit(r.range_text)
    if printed and not same_unit(printed, r.unit):
        result_unit = pretty_unit(r.unit) or r.unit or translate("Checks", "no unit")
        raise ValidationError(
            translate(
                "Checks",
                "The range '{range}' is in {unit} but the result is in {result_unit}; type the "
                "range printed for the result's unit.",
            ).format(range=r.range_text, unit=pretty_unit(printed), result_unit=result_unit),
            "range_text",
        )


def check_result(r: LabResult, codes: Collection[str]) -> None:
    if r.test_code not in codes:
        raise ValidationError(
            translate("Checks", "'{code}' is not a test in the catalogue.").format(
                code=r.test_code
            ),
            "test_code",
        )
    if r.comparator not in COMPARATORS:
        raise ValidationError(
            translate("Checks", "'{sign}' is not a comparison Dosebook understands.").format(
                sign=r.comparator
            ),
            "comparator",
        )
    if r.value is None and not r.text.strip():
        raise ValidationError(
            translate("Checks", "Each result needs a value, or a word such as 'negative'."), "value"
        )
    for field, v in (("value", r.value), ("range_low", r.range_low), ("range_high", r.range_high)):
        if v is not None and (
            isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v)
        ):
            raise ValidationError(
                translate("Checks", "Numbers must be ordinary finite numbers."), field
            )
        check_number(v, field, translate("Checks", "number"), -1e15, 1e15)
    if r.range_low is not None and r.range_high is not None and r.range_low > r.range_high:
        raise ValidationError(
            translate("Checks", "The range's low end is above its high end."), "range_low"
        )
    if r.range_source not in RANGE_SOURCES:
        raise ValidationError(
            translate("Checks", "'{source}' is not where a range comes from ({known}).").format(
                source=r.range_source, known=", ".join(RANGE_SOURCES)
            ),
            "range_source",
        )
    check_range_unit(r)


def check_panel(panel: LabPanel, codes: Collection[str], today: date) -> None:
    if panel.collected_on > today:
        raise ValidationError(
            translate("Checks", "The collection date is in the future."), "collected_on"
        )
    if not panel.results:
        raise ValidationError(
            translate("Checks", "Add at least one result to the panel."), "results"
        )
    for r in panel.results:
        check_result(r, codes)


def check_lab_test(t: LabTest) -> None:
    if not t.code.strip() or not t.name.strip():
        raise ValidationError(
            translate("Checks", "A test needs a name."), "name" if t.code.strip() else "code"
        )
    check_text("name", t.name)
    for unit, factor in t.other_units.items():
        if not isinstance(unit, str) or not unit.strip():
            raise ValidationError(
                translate("Checks", "Each other unit needs a name."), "other_units"
            )
        if (
            isinstance(factor, bool)
            or not isinstance(factor, int | float)
            or not (math.isfinite(factor) and factor > 0)
        ):
            raise ValidationError(
                translate("Checks", "The factor for {unit} must be a number above zero.").format(
                    unit=unit
                ),
                "other_units",
            )
    for field in ("low_male", "high_male", "low_female", "high_female"):
        check_number(getattr(t, field), field, translate("Checks", "range end"), -1e15, 1e15)
    if t.si_unit and t.si_unit != t.unit and t.si_unit not in t.other_units:
        raise ValidationError(
            translate(
                "Checks", "The SI unit {unit} needs a factor among the test's other units."
            ).format(unit=t.si_unit),
            "si_unit",
        )
    for low, high in (("low_male", "high_male"), ("low_female", "high_female")):
        lo, hi = getattr(t, low), getattr(t, high)
        if lo is not None and hi is not None and lo > hi:
            raise ValidationError(
                translate("Checks", "The range's low end is above its high end."), low
            )


def check_monitoring_group(g: MonitoringGroup) -> None:
    if not g.group.strip():
        raise ValidationError(translate("Checks", "A monitoring group needs a name."), "group")
    for field in ("min_months", "max_months"):
        value = getattr(g, field)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 120:
            raise ValidationError(
                translate("Checks", "Months between tests must be between 0 and 120."), field
            )
    if g.min_months > g.max_months:
        raise ValidationError(
            translate("Checks", "The shortest interval is longer than the longest."), "min_months"
        )
