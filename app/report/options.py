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
    today: date,
    last_report: date | None,
    first_day: date | None = None,
    *,
    last_appointment: date | None = None,
    period: str = "since_last_appointment",
    months: int = DEFAULT_MONTHS,
) -> tuple[date, date]:
    """The dates a report covers unless the person picks others, ending today.

    By default from the last appointment (a report is made for the next one), else from the
    last report, else `months` back; the Settings screen can choose "since the last report" or
    "the last months" instead (domain/settings.py, `report.period`). Never from before
    `first_day`, the diary's first record (a day-old diary gets a day, not 92).
    """
    if period == "since_last_appointment" and last_appointment and last_appointment < today:
        start = last_appointment
    elif period != "months" and last_report is not None and last_report < today:
        start = last_report
    else:
        start = add_months(today, -months)
    if first_day is not None and start < first_day:
        start = min(first_day, today)
    return start, today
