"""Which labs are due: windows from the monitoring table, month arithmetic, plain sentences."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.labs import DueStatus, add_months, labs_due, last_done_by_group
from app.domain.records import LabPanel, LabResult, LabTest, MonitoringGroup

LIVER = MonitoringGroup("Liver", 3, 6)
IMMUNE = MonitoringGroup("Immune", 6, 12)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 3, 31), 3, date(2026, 6, 30)),
        (date(2026, 6, 3), 6, date(2026, 12, 3)),
        (date(2026, 11, 15), 3, date(2027, 2, 15)),
        (date(2026, 5, 31), 12, date(2027, 5, 31)),
    ],
)
def test_adding_months_clamps_the_day(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(9000, 1, 1)), st.integers(0, 120))
def test_adding_months_lands_in_the_right_month(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day <= start.day


def test_a_group_never_done() -> None:
    (item,) = labs_due([IMMUNE], {}, date(2026, 7, 1))
    assert item.status == DueStatus.NEVER_DONE
    assert item.last_done is item.due_from is item.due_by is None
    assert item.text == "Immune markers: no results yet; usually every 6–12 months"


@pytest.mark.parametrize(
    ("today", "status", "text"),
    [
        (
            date(2026, 9, 2),
            DueStatus.NOT_YET,
            "Liver tests: last 3 Jun 2026, next due from 3 Sep 2026",
        ),
        (date(2026, 9, 3), DueStatus.DUE, "Liver tests: last 3 Jun 2026, due by 3 Dec 2026"),
        (date(2026, 12, 3), DueStatus.DUE, "Liver tests: last 3 Jun 2026, due by 3 Dec 2026"),
        (
            date(2026, 12, 4),
            DueStatus.OVERDUE,
            "Liver tests: last 3 Jun 2026, was due by 3 Dec 2026",
        ),
    ],
)
def test_status_changes_on_the_window_edges(today: date, status: DueStatus, text: str) -> None:
    (item,) = labs_due([LIVER], {"Liver": date(2026, 6, 3)}, today)
    assert (item.due_from, item.due_by) == (date(2026, 9, 3), date(2026, 12, 3))
    assert item.status == status
    assert item.text == text


def test_window_from_the_end_of_august_clamps_to_february() -> None:
    (item,) = labs_due([LIVER], {"Liver": date(2026, 8, 31)}, date(2027, 1, 1))
    assert item.due_from == date(2026, 11, 30)
    assert item.due_by == date(2027, 2, 28)
    assert item.status == DueStatus.DUE


def test_groups_keep_their_order_and_unknown_groups_are_ignored() -> None:
    items = labs_due([LIVER, IMMUNE], {"Immune": date(2026, 1, 5), "Other": date(2026, 1, 1)},
                     date(2026, 3, 1))  # fmt: skip
    assert [(i.group, i.status) for i in items] == [
        ("Liver", DueStatus.NEVER_DONE),
        ("Immune", DueStatus.NOT_YET),
    ]


def test_last_done_is_the_latest_panel_with_a_test_of_the_group() -> None:
    tests = [LabTest("alt", "ALT", "Liver", "U/L"), LabTest("wbc", "WBC", "CBC", "10*3/uL")]
    panels = [
        LabPanel(1, date(2026, 6, 3), results=(LabResult(1, "alt", 30, "U/L"),)),
        LabPanel(2, date(2026, 2, 1), results=(LabResult(2, "wbc", 5, "10*3/uL"),)),
        LabPanel(3, date(2026, 1, 1), results=(LabResult(3, "alt", 25, "U/L"),)),
        LabPanel(4, date(2026, 7, 1), results=(LabResult(4, "zzz", 1, ""),)),
    ]
    assert last_done_by_group(panels, tests) == {"Liver": date(2026, 6, 3), "CBC": date(2026, 2, 1)}
