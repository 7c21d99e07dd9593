"""Questions to ask before saving a result that looks like a typo or the wrong unit.

Nothing here rejects a value: the person can always say "yes, that is what the report says".
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from app.domain.labs._text import format_converted, format_number
from app.domain.labs.units import from_chart_unit, pretty_unit, resolve_unit, to_chart_unit
from app.domain.records import LabTest

# Differential counts cannot add up to more than the white cells they are counted from.
_WHITE_CELLS = "wbc"
_DIFFERENTIAL = ("neut", "lymph")
_DIFFERENTIAL_NAMES = {"neut": "neutrophils", "lymph": "lymphocytes"}


def _unit_questions(test: LabTest, unit: str) -> list[str]:
    known = resolve_unit(test, unit)
    chart = pretty_unit(test.unit)
    if known is None and not unit.strip():
        return [f"No unit was typed for {test.name}. Is it {chart}, as on most reports?"]
    if known is None:
        return [
            f"The diary does not know the unit '{unit.strip()}' for {test.name}. "
            f"Save it as typed? It will be kept but not charted with results in {chart}."
        ]
    if known in test.never_convert and known != test.unit:
        return [
            f"{test.name} in {pretty_unit(known)} will be kept as typed and not converted to "
            f"{chart}, because the factor depends on the lab's test kit. Is {pretty_unit(known)} "
            "the unit on the report?"
        ]
    return []


def _wrong_unit_question(test: LabTest, value: float, unit: str, in_chart: float) -> str | None:
    """Ask whether a large value was really in a smaller unit, e.g. hemoglobin g/L typed as g/dL."""
    if test.wrong_unit_above is None or in_chart <= test.wrong_unit_above:
        return None
    if resolve_unit(test, unit) != test.unit:
        return None
    for other, factor in test.other_units.items():
        if factor <= 1 or other in test.never_convert:
            continue
        guess = value / factor
        if test.plausible_low is not None and guess < test.plausible_low:
            continue
        if test.plausible_high is not None and guess > test.plausible_high:
            continue
        above_analyser = test.plausible_high is not None and in_chart > test.plausible_high
        how = "is far above what analysers report" if above_analyser else "is unusually high"
        chart = pretty_unit(test.unit)
        return (
            f"{test.name} {format_number(value)} {chart} {how}. "
            f"Was it {format_number(value)} {pretty_unit(other)} "
            f"({format_converted(guess)} {chart})?"
        )
    return None


def _limit_question(test: LabTest, value: float, unit: str, in_chart: float) -> str | None:
    """Outside what analysers report, said in the unit the person typed (Hb 3 g/L: from 45 g/L)."""
    known = resolve_unit(test, unit) or test.unit
    shown_unit = pretty_unit(known)
    shown = f"{test.name} {format_number(value)} {shown_unit}"

    def limit(chart_value: float) -> str:
        typed = from_chart_unit(test, chart_value, known)
        return format_number(typed if typed is not None else chart_value)

    if test.plausible_high is not None and in_chart > test.plausible_high:
        return (
            f"{shown} is higher than lab analysers report (up to {limit(test.plausible_high)} "
            f"{shown_unit}). Is that what the report says?"
        )
    if test.plausible_low is not None and in_chart < test.plausible_low:
        return (
            f"{shown} is lower than lab analysers report (from {limit(test.plausible_low)} "
            f"{shown_unit}). Is that what the report says?"
        )
    return None


def _differential_question(
    test: LabTest, in_chart: float, others: Mapping[str, float]
) -> str | None:
    values = dict(others)
    values[test.code] = in_chart
    if test.code != _WHITE_CELLS and test.code not in _DIFFERENTIAL:
        return None
    wbc = values.get(_WHITE_CELLS)
    parts = {code: values[code] for code in _DIFFERENTIAL if values.get(code) is not None}
    if wbc is None or not parts or not all(math.isfinite(v) for v in (wbc, *parts.values())):
        return None
    total = sum(parts.values())
    # A small allowance for rounding on the printed report.
    if total <= wbc + 1e-9:
        return None
    names = " and ".join(
        f"{_DIFFERENTIAL_NAMES[code]} ({format_number(v)})" for code, v in parts.items()
    )
    verb = "add up to" if len(parts) > 1 else "are"
    return (
        f"{names[0].upper()}{names[1:]} {verb} more than the white cell count "
        f"({format_number(wbc)} {pretty_unit(test.unit)}). Is one of them typed wrong?"
    )


def plausibility_questions(
    test: LabTest,
    value: float | None,
    unit: str,
    other_results_same_panel: Mapping[str, float] | None = None,
) -> list[str]:
    """Plain questions to ask before saving; other results are chart-unit values by test code."""
    if test.qualitative or value is None or not math.isfinite(value):
        return []
    questions = _unit_questions(test, unit)
    in_chart = to_chart_unit(test, value, unit)
    if in_chart is None:
        return questions
    wrong_unit = _wrong_unit_question(test, value, unit, in_chart)
    if wrong_unit:
        questions.append(wrong_unit)
    else:
        limit = _limit_question(test, value, unit, in_chart)
        if limit:
            questions.append(limit)
    if other_results_same_panel:
        differential = _differential_question(test, in_chart, other_results_same_panel)
        if differential:
            questions.append(differential)
    return questions
