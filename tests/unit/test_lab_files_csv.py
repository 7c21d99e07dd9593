"""CSV lab files from a spreadsheet: columns recognised or mapped (and the mapping remembered per
layout), values read exactly as typed entry reads them, broken rows refused with their line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.domain.errors import ValidationError
from app.domain.labfiles.csv_read import guess_mapping, parse_map_option, read_table
from app.domain.labfiles.model import LabFileError
from app.domain.labs import Flag, flag_result
from app.domain.settings import check_setting
from app.store.diary import Diary
from app.store.interchange.csv_labs import (
    csv_plan,
    mapping_key,
    mapping_setting,
    starting_mapping,
)
from app.store.interchange.lab_file import read_lab_file

SPREADSHEET = Path(__file__).resolve().parents[1] / "data" / "labs" / "si-spreadsheet.csv"
TODAY = date(2026, 11, 24)


@pytest.fixture
def diary(tmp_path: Path, fast_key):
    d = Diary.create_with_key(tmp_path / "d.db", fast_key)
    yield d
    d.close()


def plan_of(diary: Diary, text: str, mapping: dict | None = None):
    table = read_table(text)
    return csv_plan(diary, table, mapping or starting_mapping(diary, table))


def test_a_spreadsheet_in_si_units_with_decimal_commas_is_read_as_typed(diary: Diary) -> None:
    text = read_lab_file(SPREADSHEET)  # UTF-8 with a byte-order mark, as spreadsheets save it
    table = read_table(text)
    assert table.delimiter == ";"
    assert guess_mapping(table.headers) == {
        "date": "Date", "test": "Test", "result": "Result", "unit": "Unit",
        "range": "Reference range", "lab": "Lab",
    }  # fmt: skip
    plan = plan_of(diary, text)
    assert diary.import_lab_plan(plan, today=TODAY) == 11
    march, june = diary.panels()
    assert (march.collected_on, march.lab, june.collected_on) == (
        date(2026, 3, 3), "Labor Berlin Mitte", date(2026, 6, 2),
    )  # fmt: skip
    got = {r.test_code: r for r in march.results}
    assert (got["wbc"].value, got["wbc"].unit, got["wbc"].range_low, got["wbc"].range_high) == (
        6.1, "10*9/L", 4.0, 10.0,
    )  # fmt: skip
    assert (got["alt"].value, got["alt"].text, got["alt"].range_high) == (0.52, "0,52", 0.85)
    assert got["plt"].unit == "10*9/L" and got["alb"].value == 42.0  # found by its LOINC code
    assert (got["hbvdna"].comparator, got["hbvdna"].value) == ("<", 20.0)
    late = {r.test_code: r for r in june.results}
    assert flag_result(late["hgb"]) == Flag.LOW and flag_result(late["alt"]) == Flag.HIGH


def test_unknown_headers_need_a_mapping_which_is_remembered_for_that_layout(
    diary: Diary,
) -> None:
    text = "Collected,Analyte,Val,Units,Ref\n2026-03-03,ALT,31,U/L,7-55\n"
    table = read_table(text)
    with pytest.raises(LabFileError, match="which column holds the result"):
        plan_of(diary, text)
    mapping = starting_mapping(diary, table) | parse_map_option(
        "date=collected,test=Analyte,result=Val,unit=Units,range=Ref", table.headers
    )
    plan = csv_plan(diary, table, mapping)
    diary.import_lab_plan(plan, today=TODAY, remember=mapping_setting(table, mapping))
    assert json.loads(diary.setting(mapping_key(table)))["result"] == "Val"
    # Next time a file laid out the same way needs no mapping.
    again = "Collected,Analyte,Val,Units,Ref\n2026-06-02,ALT,40,U/L,7-55\n"
    assert diary.import_lab_plan(plan_of(diary, again), today=TODAY) == 1


def test_slashed_dates_are_read_in_the_order_the_file_shows_or_asked_for(diary: Diary) -> None:
    day_first = "Date,Test,Result,Unit\n25/03/2026,ALT,31,U/L\n04/05/2026,ALT,35,U/L\n"
    plan = plan_of(diary, day_first)
    assert [p.collected_on for p in plan.panels] == [date(2026, 3, 25), date(2026, 5, 4)]
    unclear = "Date,Test,Result,Unit\n03/04/2026,ALT,31,U/L\n"
    with pytest.raises(LabFileError, match="could mean 3 April or 4 March"):
        plan_of(diary, unclear)
    table = read_table(unclear)
    mapping = guess_mapping(table.headers) | {"dates": "month-first"}
    assert csv_plan(diary, table, mapping).panels[0].collected_on == date(2026, 3, 4)


BROKEN = {
    "unknown test": (
        "Date;Test;Result;Unit\n03.03.2026;Vitamin Q;12;ng/mL\n",
        "Line 2: 'Vitamin Q' is not a test in the diary; add it with New test… first, or use "
        "the test's name, abbreviation or LOINC code.",
    ),
    "unknown unit": (
        "Date;Test;Result;Unit\n03.03.2026;Hb;8,1;mmol/dL\n",
        "Line 2 (Hemoglobin): Dosebook does not know the unit 'mmol/dL' for Hemoglobin, so the "
        "result could not be compared or charted.",
    ),
    "missing unit": (
        "Date;Test;Result;Unit\n03.03.2026;Hb;131;\n",
        "Line 2 (Hemoglobin): the result has no unit (usually g/dL); add a unit column, or say "
        "which one it is.",
    ),
    "range in another unit": (
        "Date;Test;Result;Unit;Range\n03.03.2026;TBIL;15;µmol/L;0,1 - 1,0 mg/dL\n",
        "Line 2 (Bilirubin, total): The range '0,1 - 1,0 mg/dL' is in mg/dL but the result is "
        "in µmol/L; type the range printed for the result's unit.",
    ),
    "unreadable value": (
        "Date;Test;Result;Unit\n03.03.2026;PLT;1,500;G/L\n",
        "Line 2 (Platelets): '1,500' could mean 1500 or 1.5. Type it without the comma: 1500 "
        "or 1.5.",
    ),
    "bad date": (
        "Date;Test;Result;Unit\n2026-02-30;ALT;31;U/L\n",
        "Line 2 (Alanine aminotransferase): '2026-02-30' is not a date Dosebook can read (like "
        "2026-03-03 or 03.03.2026).",
    ),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_broken_row_says_its_line_and_nothing_is_saved(diary: Diary, case: str) -> None:
    text, message = BROKEN[case]
    header, broken = text.splitlines()
    good = "03.03.2026;ALT;31;U/L" + ";" * (header.count(";") - 3)
    with pytest.raises(LabFileError) as caught:  # a good row first: it is not saved either
        plan_of(diary, f"{header}\n{good}\n{broken}\n")
    assert str(caught.value) == message.replace("Line 2", "Line 3")
    assert diary.panels() == []


def test_a_file_in_the_windows_encoding_is_read(tmp_path: Path, diary: Diary) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("Date;Test;Result;Unit\n03.03.2026;TBIL;15;µmol/L\n".encode("cp1252"))
    plan = plan_of(diary, read_lab_file(path))
    assert plan.panels[0].results[0].unit == "umol/L"


def test_a_mapping_setting_is_checked_like_every_setting(diary: Diary) -> None:
    table = read_table("Date,Test,Result\n2026-03-03,ALT,31 U/L\n")
    plan = plan_of(diary, "Date,Test,Result\n2026-03-03,ALT,31 U/L\n")
    bad = (mapping_key(table), json.dumps({"colour": "Red"}))
    with pytest.raises(ValidationError, match="not a list of CSV columns"):
        diary.import_lab_plan(plan, today=TODAY, remember=bad)
    assert diary.panels() == []
    with pytest.raises(ValidationError, match="not a setting Dosebook knows"):
        check_setting("labs.csv_map.with spaces", "{}")
    doc = json.loads(diary.export_json())
    doc["settings"].append({"key": mapping_key(table), "value": "[1, 2]"})
    with pytest.raises(ValidationError, match="settings.*not a list of CSV columns"):
        diary.import_json(json.dumps(doc))
