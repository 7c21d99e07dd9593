"""`dosebook status`: where things stand, as text or JSON.

Each area of the diary adds one section: a function that reads what it needs through the quick
reader (or the Diary facade, which has the same reads) and adds JSON fields and text lines to the
report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from app.cli.status.diary import diary_section
from app.cli.status.injections import injections_section
from app.cli.status.labs import labs_section
from app.cli.status.person import person_section
from app.cli.status.warnings import warnings_section
from app.domain.i18n import translate
from app.domain.wording import weekday_day

if TYPE_CHECKING:
    from app.store.reading.reader import QuickReader


@dataclass
class StatusReport:
    as_of: date
    now: datetime
    fields: dict[str, Any] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), **self.fields}

    def as_text(self) -> str:
        day = weekday_day(self.as_of, date.min)
        heading = translate("CommandLine", "Status as of {day}").format(day=day)
        return "\n".join([heading, *self.lines])


Section = Callable[["QuickReader", StatusReport], None]

SECTIONS: list[Section] = [
    injections_section,
    diary_section,
    labs_section,
    person_section,
    warnings_section,
]


def status_report(diary: QuickReader, as_of: date | None) -> StatusReport:
    """The report as of the end of `as_of` (or now, in the diary's time zone)."""
    tz = diary.timezone()
    now = datetime.now(tz)
    if as_of is not None and as_of != now.date():
        now = datetime.combine(as_of, datetime.max.time(), tz)
    report = StatusReport(as_of=now.date(), now=now)
    for section in SECTIONS:
        section(diary, report)
    return report
