"""What a lab file holds once read: results by the day and lab they were collected, ready to be
checked against the diary and saved in one go."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.errors import ValidationError
from app.domain.records import LabPanel, LabResult, LabTest

MAX_LAB_FILE_BYTES = 20_000_000  # 20 MB
IMPORTED_GROUP = "Imported"


class LabFileError(ValidationError):
    """A lab file that cannot be imported; the message says where and why, in one line."""


@dataclass(frozen=True)
class IncomingResult:
    """One result read from a file, with where it came from ("Observation 3", "line 5")."""

    where: str
    collected_on: date
    lab: str
    test: LabTest
    result: LabResult
    new_test: bool = False  # a test the diary does not have yet (an unknown LOINC code)


@dataclass(frozen=True)
class PlannedResult:
    """One result as the preview shows it: what will be saved, or why it will not."""

    incoming: IncomingResult
    duplicate: bool = False  # the same test, day and value is already in the diary or the file
    questions: tuple[str, ...] = ()  # plausibility questions, shown, not blocking


@dataclass
class ImportPlan:
    """Everything an import will save, in panels by day and lab; nothing is saved until asked."""

    kind: str  # "FHIR" or "CSV"
    rows: list[PlannedResult] = field(default_factory=list)
    panels: list[LabPanel] = field(default_factory=list)  # the new results, grouped
    new_tests: list[LabTest] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # resources that are not lab results

    @property
    def duplicates(self) -> int:
        return sum(1 for row in self.rows if row.duplicate)

    @property
    def result_count(self) -> int:
        return sum(len(panel.results) for panel in self.panels)
