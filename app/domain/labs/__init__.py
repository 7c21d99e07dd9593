"""Labs: reading results and ranges as printed, units, flags, CTCAE grades, checks and due dates.

Pure Python: no Qt and no SQL. Import from here; the modules are split by job.
"""

from app.domain.labs._text import as_decimal
from app.domain.labs.catalogue import (
    CatalogueError,
    find_test,
    load_catalogue,
    load_monitoring_groups,
)
from app.domain.labs.due import (
    DueItem,
    DueStatus,
    add_months,
    format_day,
    group_title,
    labs_due,
    last_done_by_group,
)
from app.domain.labs.flags import (
    Flag,
    fhir_interpretation,
    flag_result,
    flag_symbol,
    flag_words,
    lab_flag,
    qualitative_flag,
)
from app.domain.labs.grades import (
    BASELINE_GRADED_TESTS,
    CTCAE_TOP_GRADE,
    GRADED_TESTS,
    baseline_is_abnormal,
    ctcae_grade,
    grade_label,
)
from app.domain.labs.plausibility import plausibility_questions
from app.domain.labs.ranges import default_range, parse_range
from app.domain.labs.units import (
    from_chart_unit,
    known_units,
    normalise_unit,
    pretty_unit,
    resolve_unit,
    to_chart_unit,
)
from app.domain.labs.values import LabInputError, ParsedValue, parse_value

__all__ = [
    "BASELINE_GRADED_TESTS",
    "CTCAE_TOP_GRADE",
    "GRADED_TESTS",
    "CatalogueError",
    "DueItem",
    "DueStatus",
    "Flag",
    "LabInputError",
    "ParsedValue",
    "add_months",
    "as_decimal",
    "baseline_is_abnormal",
    "ctcae_grade",
    "default_range",
    "fhir_interpretation",
    "find_test",
    "flag_result",
    "flag_symbol",
    "flag_words",
    "format_day",
    "from_chart_unit",
    "grade_label",
    "group_title",
    "known_units",
    "lab_flag",
    "labs_due",
    "last_done_by_group",
    "load_catalogue",
    "load_monitoring_groups",
    "normalise_unit",
    "parse_range",
    "parse_value",
    "plausibility_questions",
    "pretty_unit",
    "qualitative_flag",
    "resolve_unit",
    "to_chart_unit",
]
