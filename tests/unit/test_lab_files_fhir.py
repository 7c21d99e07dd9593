"""FHIR R4 lab files, as patient portals export them: read exactly, grouped into panels by day and
lab, duplicates skipped, all or nothing; broken files refused with one clear line."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from app.domain.labfiles.loinc import check_digit, is_loinc
from app.domain.labfiles.model import LabFileError
from app.domain.labs import Flag, flag_result
from app.store.diary import Diary
from app.store.interchange.fhir_labs import fhir_plan
from app.store.interchange.lab_file import read_lab_file

BUNDLE = Path(__file__).resolve().parents[1] / "data" / "labs" / "portal-bundle.json"
TODAY = date(2026, 11, 24)


@pytest.fixture
def diary(tmp_path: Path, fast_key):
    d = Diary.create_with_key(tmp_path / "d.db", fast_key)
    yield d
    d.close()


def portal() -> dict:
    return json.loads(BUNDLE.read_text(encoding="utf-8"))


def observation(doc: dict, ident: str) -> dict:
    return next(e["resource"] for e in doc["entry"] if e["resource"].get("id") == ident)


def import_file(diary: Diary, path: Path) -> int:
    return diary.import_lab_plan(fhir_plan(diary, read_lab_file(path)), today=TODAY)


def write(tmp_path: Path, doc: dict, name: str = "broken.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_loinc_check_digits() -> None:
    assert [check_digit(n) for n in ("1742", "718", "6690", "24467")] == [6, 7, 2, 3]
    assert is_loinc("1742-6") and is_loinc("42595-9")
    assert not is_loinc("1742-7") and not is_loinc("ALT") and not is_loinc("1742")


def test_a_portal_bundle_becomes_panels_by_day_and_lab(diary: Diary) -> None:
    assert import_file(diary, BUNDLE) == 11
    march, june = diary.panels()
    assert (march.collected_on, march.lab, len(march.results)) == (
        date(2026, 3, 3), "Labor Berlin Mitte", 9,
    )  # fmt: skip
    # 23:40 at UTC-4 on 2 June is already 3 June in UTC: the lab's own day is kept.
    assert (june.collected_on, june.lab, len(june.results)) == (
        date(2026, 6, 2), "City Hospital Lab", 2,
    )  # fmt: skip
    by_code = {r.test_code: r for r in march.results}
    hgb, alt, hbv = by_code["hgb"], by_code["alt"], by_code["hbvdna"]
    assert (hgb.value, hgb.unit, hgb.range_low, hgb.range_high, hgb.range_text) == (
        131.0, "g/L", 120.0, 160.0, "120-160",
    )  # fmt: skip
    assert (alt.value, alt.unit, alt.range_high, alt.range_text) == (0.52, "ukat/L", 0.85, "< 0.85")
    assert (hbv.value, hbv.comparator, hbv.text, hbv.unit) == (20.0, "<", "<20", "[IU]/mL")
    assert by_code["plt"].unit == "10*9/L"  # "G/L" is giga per litre, not grams
    assert (by_code["hbsag"].text, flag_result(by_code["hbsag"])) == ("Negative", Flag.NORMAL)
    assert all(r.range_source == "printed" for r in march.results)
    # An unknown LOINC code becomes a test of its own, named as the file names it.
    ferritin = next(t for t in diary.lab_tests() if t.loinc == "2276-4")
    assert (ferritin.unit, ferritin.user_defined, ferritin.group) == ("ug/L", True, "Imported")
    assert by_code[ferritin.code].value == 54.0


def test_what_is_not_a_lab_result_is_left_out_and_said(diary: Diary) -> None:
    plan = fhir_plan(diary, BUNDLE.read_text(encoding="utf-8"))
    assert plan.left_out == [
        "Observation 10 (obs-10): not a lab result",
        "Observation 11 (obs-11): withdrawn by the lab (entered-in-error)",
    ]


def test_importing_the_same_file_twice_skips_every_duplicate(diary: Diary) -> None:
    import_file(diary, BUNDLE)
    plan = fhir_plan(diary, BUNDLE.read_text(encoding="utf-8"))
    assert (plan.duplicates, plan.result_count, plan.panels) == (11, 0, [])
    assert diary.import_lab_plan(plan, today=TODAY) == 0
    assert sum(len(p.results) for p in diary.panels()) == 11


def test_a_single_observation_file_is_read(diary: Diary, tmp_path: Path) -> None:
    single = observation(portal(), "obs-5")
    assert import_file(diary, write(tmp_path, single, "bili.json")) == 1
    (panel,) = diary.panels()
    (result,) = panel.results
    assert (result.test_code, result.value, result.unit, flag_result(result)) == (
        "bili", 15.0, "umol/L", Flag.NORMAL,
    )  # fmt: skip
    assert panel.lab == "Labor Berlin Mitte"  # the performer's display, without the bundle


def _broken(change) -> dict:
    doc = portal()
    change(doc)
    return doc


BROKEN = {
    "wrong LOINC": (
        lambda d: observation(d, "obs-4")["code"]["coding"][0].update(code="1742-7"),
        "Observation 4 (obs-4) (Alanine aminotransferase [Enzymatic activity/volume] in Serum or "
        "Plasma): '1742-7' is not a valid LOINC code (its check digit is wrong).",
    ),
    "missing unit": (
        lambda d: [observation(d, "obs-1")["valueQuantity"].pop(k) for k in ("unit", "code")],
        "Observation 1 (obs-1) (Hemoglobin): the result has a number but no unit.",
    ),
    "unknown unit": (
        lambda d: observation(d, "obs-1")["valueQuantity"].update(code="g/furlong", unit="g/fl"),
        "Observation 1 (obs-1) (Hemoglobin): Dosebook does not know the unit 'g/fl' for "
        "Hemoglobin, so the result could not be compared or charted.",
    ),
    "range in another unit": (
        lambda d: observation(d, "obs-5")["referenceRange"][0].update(
            low={
                "value": 0.1,
                "unit": "mg/dL",
                "system": "http://unitsofmeasure.org",
                "code": "mg/dL",
            }
        ),
        "Observation 5 (obs-5) (Bilirubin, total): the range is in mg/dL but the result is in "
        "µmol/L; Dosebook keeps a range only in its result's unit.",
    ),  # fmt: skip
    "no date": (
        lambda d: observation(d, "obs-2").update(effectiveDateTime="2026-03"),
        "Observation 2 (obs-2) (White blood cells): the collection time '2026-03' is not a full "
        "date (like 2026-03-03 or 2026-03-03T08:30:00+01:00).",
    ),
    "a comparator FHIR does not have": (
        lambda d: observation(d, "obs-7")["valueQuantity"].update(comparator="ad"),
        "Observation 7 (obs-7) (Hepatitis B virus DNA): the comparator 'ad' is not one of <, <=, "
        ">=, >.",
    ),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_broken_file_says_where_and_why_and_saves_nothing(
    diary: Diary, tmp_path: Path, case: str
) -> None:
    change, message = BROKEN[case]
    path = write(tmp_path, _broken(change))
    tests_before = diary.lab_tests()
    with pytest.raises(LabFileError) as caught:
        import_file(diary, path)
    assert str(caught.value) == message
    assert diary.panels() == [] and diary.lab_tests() == tests_before


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.truncate(50_000_000)  # 50 MB, sparse: no need to write it all
    with pytest.raises(LabFileError, match=r"huge.json is 50 MB; a lab file can be at most 20 MB"):
        read_lab_file(path)


def test_not_json_and_not_fhir_are_said_plainly(diary: Diary) -> None:
    with pytest.raises(LabFileError, match="not valid JSON"):
        fhir_plan(diary, "{ not json")
    with pytest.raises(LabFileError, match="not a FHIR Bundle or Observation.*'Patient'"):
        fhir_plan(diary, json.dumps({"resourceType": "Patient"}))
    with pytest.raises(LabFileError, match="holds no Observation"):
        fhir_plan(diary, json.dumps({"resourceType": "Bundle", "type": "collection"}))


def test_all_or_nothing_when_the_check_refuses_one_result(diary: Diary, tmp_path: Path) -> None:
    doc = portal()
    later = copy.deepcopy(observation(doc, "obs-12"))
    later.update(id="obs-future", effectiveDateTime="2027-01-05")  # after "today": refused
    doc["entry"].append({"resource": later})
    plan = fhir_plan(diary, json.dumps(doc))
    with pytest.raises(Exception, match="The collection date is in the future"):
        diary.import_lab_plan(plan, today=TODAY)
    assert diary.panels() == []
    assert not any(t.loinc == "2276-4" for t in diary.lab_tests())
