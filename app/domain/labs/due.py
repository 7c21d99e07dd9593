"""Which groups of labs are due, from the last time each was done and the monitoring intervals."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from app.domain.i18n import translate
from app.domain.i18n.seeds import group_name
from app.domain.records import LabPanel, LabTest, MonitoringGroup
from app.domain.wording import long_day


class DueStatus(StrEnum):
    """Where a group of labs stands today."""

    NEVER_DONE = "never_done"
    NOT_YET = "not_yet"
    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class DueItem:
    """One group's due window and a sentence that says it plainly."""

    group: str
    last_done: date | None
    due_from: date | None
    due_by: date | None
    status: DueStatus
    text: str


def add_months(day: date, months: int) -> date:
    """The same day `months` later; a day the month lacks becomes its last (31 Aug + 6 -> 28 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last_day))


def format_day(day: date) -> str:
    """A date as people write it: "3 Jun 2026" (in the active language)."""
    return long_day(day)


def group_title(group: str) -> str:
    """The name shown for a monitoring group: "Liver" -> "Liver tests"."""
    titles = {
        "CBC": translate("Labs", "Blood count"),
        "Liver": translate("Labs", "Liver tests"),
        "Immune": translate("Labs", "Immune markers"),
        "Hep B": translate("Labs", "Hepatitis B tests"),
    }
    return titles.get(group) or group_name(group)


def _describe(group: MonitoringGroup, item: DueItem) -> str:
    title = group_title(group.group)
    if item.last_done is None or item.due_from is None or item.due_by is None:
        return translate(
            "Labs", "{group}: no results yet; usually every {low}–{high} months"
        ).format(group=title, low=group.min_months, high=group.max_months)
    last, when = format_day(item.last_done), ""
    if item.status == DueStatus.NOT_YET:
        template = translate("Labs", "{group}: last {last}, next due from {when}")
        when = format_day(item.due_from)
    elif item.status == DueStatus.DUE:
        template = translate("Labs", "{group}: last {last}, due by {when}")
        when = format_day(item.due_by)
    else:
        template = translate("Labs", "{group}: last {last}, was due by {when}")
        when = format_day(item.due_by)
    return template.format(group=title, last=last, when=when)


def _item(group: MonitoringGroup, last: date | None, today: date) -> DueItem:
    if last is None:
        item = DueItem(group.group, None, None, None, DueStatus.NEVER_DONE, "")
    else:
        due_from = add_months(last, group.min_months)
        due_by = add_months(last, group.max_months)
        if today < due_from:
            status = DueStatus.NOT_YET
        elif today <= due_by:
            status = DueStatus.DUE
        else:
            status = DueStatus.OVERDUE
        item = DueItem(group.group, last, due_from, due_by, status, "")
    return replace(item, text=_describe(group, item))


def labs_due(
    groups: Iterable[MonitoringGroup], last_done: Mapping[str, date], today: date
) -> list[DueItem]:
    """Each monitoring group's window and status today, in the order the groups are given."""
    return [_item(group, last_done.get(group.group), today) for group in groups]


def last_done_by_group(panels: Iterable[LabPanel], tests: Iterable[LabTest]) -> dict[str, date]:
    """The latest collection date of any result in each catalogue group."""
    group_of = {test.code: test.group for test in tests}
    latest: dict[str, date] = {}
    for panel in panels:
        for result in panel.results:
            group = group_of.get(result.test_code)
            if group is not None and (group not in latest or panel.collected_on > latest[group]):
                latest[group] = panel.collected_on
    return latest
