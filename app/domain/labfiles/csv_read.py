"""Lab results from a CSV file (a lab's download, or a spreadsheet): which column holds what, then
every row read exactly as typed entry reads it.

Headers people use are recognised (date; test name, abbreviation or LOINC; result or value; unit;
range); otherwise the person says which column is which, and that choice is remembered for files
laid out the same way (`layout_signature`).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from app.domain.i18n import translate
from app.domain.i18n.seeds import lab_name
from app.domain.labfiles.model import IncomingResult, LabFileError
from app.domain.labs import pretty_unit, resolve_unit
from app.domain.labs.entry import match_test, read_row
from app.domain.records import LabTest
from app.domain.settings import CSV_ROLES

REQUIRED = ("date", "test", "result")
DATE_ORDERS = ("day-first", "month-first")
_HEADERS: dict[str, tuple[str, ...]] = {
    "date": (
        "date", "collected", "collected on", "collection date", "date collected", "sample date",
        "specimen date", "test date", "result date", "observation date", "effective date",
        "datum", "entnahmedatum", "abnahmedatum", "date de prelevement", "fecha",
    ),
    "test": (
        "test", "test name", "analyte", "name", "parameter", "component", "loinc",
        "loinc code", "code", "abbreviation", "abbrev", "description", "examination",
        "analysis", "untersuchung", "analyse", "analyt", "prueba",
    ),
    "result": (
        "result", "value", "result value", "observation value", "measurement", "wert",
        "ergebnis", "messwert", "valeur", "resultat", "resultado",
    ),
    "unit": ("unit", "units", "unit of measure", "ucum", "einheit", "unite", "unidad"),
    "range": (
        "range", "reference range", "ref range", "reference interval", "reference",
        "normal range", "ref", "referenzbereich", "normbereich", "normwert", "norm",
        "valeurs de reference", "intervalo de referencia",
    ),
    "lab": ("lab", "laboratory", "performer", "performing lab", "labor", "laboratoire"),
}  # fmt: skip
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s.*)?$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s.*)?$")


@dataclass(frozen=True)
class CsvTable:
    """A CSV file's header and rows (as text), with each row's line number in the file."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]
    delimiter: str


def _fold_header(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain.lower()).split())


def read_table(text: str) -> CsvTable:
    """The table in a CSV text; the delimiter (; , tab or |) is worked out from the header."""
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise LabFileError(translate("LabFiles", "The CSV file is empty."))
    header_line = lines[first]
    delimiter = max(";,\t|", key=header_line.count)
    if header_line.count(delimiter) == 0:
        raise LabFileError(
            translate(
                "LabFiles",
                "The CSV file has only one column; Dosebook needs at least a date, a test and a "
                "result in columns separated by commas or semicolons.",
            )
        )
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    headers: tuple[str, ...] = ()
    try:
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            if not headers:
                headers = tuple(cell.strip() for cell in record)
                continue
            rows.append(tuple(cell.strip() for cell in record))
            numbers.append(reader.line_num)
    except csv.Error as err:
        raise LabFileError(
            f"The CSV file cannot be read near line {reader.line_num}: {err}."
        ) from None
    if len(set(_fold_header(h) for h in headers)) != len(headers) or not all(headers):
        raise LabFileError(
            translate("LabFiles", "The CSV file's first line must name each column once.")
        )
    return CsvTable(headers, tuple(rows), tuple(numbers), delimiter)


def layout_signature(headers: Sequence[str]) -> str:
    """A short name for a file layout (its column names), to remember a mapping by."""
    joined = "\x1f".join(_fold_header(h) for h in headers)
    return hashlib.sha256(joined.encode()).hexdigest()[:16]


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """Which column holds what, from the column names people use; roles not found are left out."""
    folded = {_fold_header(h): h for h in headers}
    mapping: dict[str, str] = {}
    for role, names in _HEADERS.items():
        for name in names:
            if name in folded and folded[name] not in mapping.values():
                mapping[role] = folded[name]
                break
    return mapping


def parse_map_option(text: str, headers: Sequence[str]) -> dict[str, str]:
    """`--map date=Collected,test=Analyte,...` read against the file's column names."""
    by_fold = {_fold_header(h): h for h in headers}
    mapping: dict[str, str] = {}
    for part in (p for p in text.split(",") if p.strip()):
        role, sep, column = part.partition("=")
        role, column = role.strip().lower(), column.strip()
        if not sep or role not in CSV_ROLES:
            roles = ", ".join(CSV_ROLES)
            raise LabFileError(f"'{part.strip()}' in --map is not ROLE=COLUMN (roles: {roles}).")
        if role == "dates":
            if column not in DATE_ORDERS:
                raise LabFileError("dates= in --map takes day-first or month-first.")
            mapping[role] = column
            continue
        if _fold_header(column) not in by_fold:
            shown = ", ".join(headers)
            raise LabFileError(f"The file has no column '{column}' (its columns: {shown}).")
        mapping[role] = by_fold[_fold_header(column)]
    return mapping


def check_mapping(mapping: Mapping[str, str], headers: Sequence[str]) -> None:
    """Raise unless the mapping names existing columns for at least date, test and result."""
    missing = [role for role in REQUIRED if not mapping.get(role)]
    if missing:
        raise LabFileError(
            f"Dosebook could not tell which column holds the {' and the '.join(missing)}. "
            "Name the columns, e.g. --map date=Collected,test=Analyte,result=Value,unit=Unit,"
            "range=Reference."
        )
    for role, column in mapping.items():
        if role != "dates" and column not in headers:
            raise LabFileError(f"The file has no column '{column}' for the {role}.")


def _date_order(cells: Sequence[str], chosen: str) -> str:
    """Day or month first in dates like 03/04/2026, from the chosen order or the dates themselves."""
    if chosen:
        return chosen
    pairs = [
        (int(m.group(1)), int(m.group(2)))
        for m in (_SLASHED.match(cell.strip()) for cell in cells)
        if m is not None
    ]
    day_first = any(first > 12 for first, _ in pairs)
    month_first = any(second > 12 for _, second in pairs)
    if day_first and month_first:
        raise LabFileError(
            translate("LabFiles", "The dates in the file are written in two different orders.")
        )
    if month_first:
        return "month-first"
    if day_first or all(first == second for first, second in pairs):
        return "day-first"
    raise LabFileError(
        translate(
            "LabFiles",
            "Dates like 03/04/2026 could mean 3 April or 4 March. Say which with "
            "dates=day-first or dates=month-first.",
        )
    )


def read_date(cell: str, order: str, where: str) -> date:
    """A collection date as a lab file writes it: 2026-03-03, 03.03.2026 or 03/03/2026."""
    text = cell.strip()
    for pattern, fields in (
        (_ISO, (1, 2, 3)),
        (_DOTTED, (3, 2, 1)),
        (_SLASHED, (3, 2, 1) if order == "day-first" else (3, 1, 2)),
    ):
        match = pattern.match(text)
        if match:
            year, month, day = (int(match.group(i)) for i in fields)
            try:
                return date(year, month, day)
            except ValueError:
                break
    raise LabFileError(
        translate(
            "LabFiles",
            "{where}: '{text}' is not a date Dosebook can read (like 2026-03-03 or 03.03.2026).",
        ).format(where=where, text=text)
    )


def read_results(
    table: CsvTable, mapping: Mapping[str, str], tests: Sequence[LabTest]
) -> list[IncomingResult]:
    """Every row as a result, read as typed entry reads it; raises on the first that cannot be."""
    check_mapping(mapping, table.headers)
    index = {role: table.headers.index(col) for role, col in mapping.items() if role != "dates"}

    def cell(row: Sequence[str], role: str) -> str:
        at = index.get(role)
        return row[at] if at is not None and at < len(row) else ""

    order = _date_order([cell(row, "date") for row in table.rows], mapping.get("dates", ""))
    found: list[IncomingResult] = []
    for row, line in zip(table.rows, table.lines, strict=True):
        where = translate("LabFiles", "Line {line}").format(line=line)
        typed_test = cell(row, "test")
        test = match_test(tests, typed_test)
        if test is None:
            raise LabFileError(
                translate(
                    "LabFiles",
                    "{where}: '{test}' is not a test in the diary; add it with New test… "
                    "first, or use the test's name, abbreviation or LOINC code.",
                ).format(where=where, test=typed_test)
            )
        where = f"{where} ({lab_name(test.name)})"
        day = read_date(cell(row, "date"), order, where)
        unit_cell = cell(row, "unit")
        reading = read_row(test, cell(row, "result"), unit_cell, cell(row, "range"))
        if reading.message or reading.result is None:
            empty = translate("LabFiles", "the result is empty.")
            raise LabFileError(f"{where}: {reading.message or empty}")
        result = reading.result
        if result.unit and resolve_unit(test, result.unit) is None:
            raise LabFileError(
                translate(
                    "LabFiles",
                    "{where}: Dosebook does not know the unit '{unit}' for {test}, so the "
                    "result could not be compared or charted.",
                ).format(where=where, unit=unit_cell, test=lab_name(test.name))
            )
        if not result.unit and result.value is not None and resolve_unit(test, "") is None:
            raise LabFileError(
                translate(
                    "LabFiles",
                    "{where}: the result has no unit (usually {unit}); add a unit column, or "
                    "say which one it is.",
                ).format(where=where, unit=pretty_unit(test.unit))
            )
        found.append(IncomingResult(where, day, cell(row, "lab"), test, result))
    if not found:
        raise LabFileError(translate("LabFiles", "The CSV file has a header but no results."))
    return found
