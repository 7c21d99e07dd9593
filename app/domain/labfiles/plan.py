"""From results read out of a file to what will be saved: panels by day and lab, duplicates
left out and counted, and the questions typed entry would have asked, shown in the preview."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from app.domain.labfiles.model import ImportPlan, IncomingResult, PlannedResult
from app.domain.labs import plausibility_questions, to_chart_unit
from app.domain.labs.entry import lab_key
from app.domain.labs.values import parse_value
from app.domain.records import LabPanel, LabResult, LabTest

DuplicateKey = tuple[str, date, str, object]


def _words(text: str) -> str:
    try:
        return parse_value(text).qualitative or " ".join(text.split()).casefold()
    except ValueError:
        return " ".join(text.split()).casefold()


def duplicate_key(test: LabTest | None, day: date, result: LabResult) -> DuplicateKey:
    """Same test, same day, same value (compared in the chart unit when it converts)."""
    if result.value is None:
        return (result.test_code, day, "", _words(result.text))
    value = to_chart_unit(test, result.value, result.unit) if test is not None else None
    amount = (
        ("chart", float(f"{value:.9g}"))
        if value is not None
        else (result.unit.strip(), float(f"{result.value:.9g}"))
    )
    return (result.test_code, day, result.comparator, amount)


def _existing_keys(panels: Iterable[LabPanel], tests: dict[str, LabTest]) -> set[DuplicateKey]:
    return {
        duplicate_key(tests.get(r.test_code), panel.collected_on, r)
        for panel in panels
        for r in panel.results
    }


def _chart_values(rows: Sequence[IncomingResult]) -> dict[str, float]:
    values: dict[str, float] = {}
    for row in rows:
        value = to_chart_unit(row.test, row.result.value, row.result.unit)
        if value is not None and not row.result.comparator:
            values[row.test.code] = value
    return values


def build_plan(
    kind: str,
    incoming: Sequence[IncomingResult],
    existing: Iterable[LabPanel],
    catalogue: Sequence[LabTest],
    left_out: Sequence[str] = (),
) -> ImportPlan:
    """Group the file's results into panels by day and lab, leaving out duplicates."""
    tests = {t.code: t for t in catalogue} | {r.test.code: r.test for r in incoming}
    seen = _existing_keys(existing, tests)
    plan = ImportPlan(kind, left_out=list(left_out))
    duplicate: list[bool] = []
    groups: dict[tuple[date, str], list[int]] = {}
    labs: dict[tuple[date, str], str] = {}
    for index, row in enumerate(incoming):
        key = duplicate_key(row.test, row.collected_on, row.result)
        duplicate.append(key in seen)
        if key in seen:
            continue
        seen.add(key)
        group = (row.collected_on, lab_key(row.lab))
        groups.setdefault(group, []).append(index)
        labs.setdefault(group, row.lab.strip())
        if row.new_test and all(t.code != row.test.code for t in plan.new_tests):
            plan.new_tests.append(row.test)
    questions: dict[int, tuple[str, ...]] = {}
    for group in sorted(groups):
        rows = [incoming[i] for i in groups[group]]
        values = _chart_values(rows)
        for index, row in zip(groups[group], rows, strict=True):
            others = {k: v for k, v in values.items() if k != row.test.code}
            asked = plausibility_questions(row.test, row.result.value, row.result.unit, others)
            questions[index] = tuple(asked)
        results = tuple(row.result for row in rows)
        plan.panels.append(LabPanel(None, group[0], labs[group], results=results))
    plan.rows = [
        PlannedResult(row, duplicate[i], questions.get(i, ())) for i, row in enumerate(incoming)
    ]
    return plan
