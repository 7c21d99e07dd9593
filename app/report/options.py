"""What a report should hold: the date range, the sections, the paper, and warnings to show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.labs import add_months

SUMMARY = "summary"
INJECTIONS = "injections"
SYMPTOMS = "symptoms"
LABS = "labs"
QUESTIONS = "questions"
SECTIONS: tuple[str, ...] = (SUMMARY, INJECTIONS, SYMPTOMS, LABS, QUESTIONS)

PAPERS: tuple[str, ...] = ("a4", "letter")
DEFAULT_MONTHS = 3


@dataclass(frozen=True)
class ReportWarning:
    """One warning sign the rules engine found, as the report prints it."""

    severity: str  # "info", "warning" or "urgent"
    title: str
    message: str
    evidence: tuple[str, ...] = ()  # the data behind it, one line each
    source: str = ""  # where the rule comes from


@dataclass(frozen=True)
class ReportOptions:
    """The choices behind one report; every section is on unless left out."""

    start: date
    end: date
    sections: frozenset[str] = frozenset(SECTIONS)
    paper: str = "a4"
    show_name: bool = True
    questions: str = ""
    chart_tests: frozenset[str] = field(default_factory=frozenset)  # lab codes asked for
    attachments: bool = False  # the paper reports and reaction photos, as an appendix

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError("the report's first day is after its last day")
        if self.paper not in PAPERS:
            raise ValueError(f"paper must be one of {PAPERS}, not {self.paper!r}")
        unknown = set(self.sections) - set(SECTIONS)
        if unknown:
            raise ValueError(f"unknown report sections: {sorted(unknown)}")

    def has(self, section: str) -> bool:
        """Whether the report includes this section."""
        return section in self.sections


def default_range(
    today: date, last_report: date | None, first_day: date | None = None
) -> tuple[date, date]:
    """Since the last report when there was one before today, else the last three months; never
    from before `first_day`, the diary's first record (a day-old diary gets a day, not 92)."""
    if last_report is not None and last_report < today:
        start = last_report
    else:
        start = add_months(today, -DEFAULT_MONTHS)
    if first_day is not None and start < first_day:
        start = min(first_day, today)
    return start, today
