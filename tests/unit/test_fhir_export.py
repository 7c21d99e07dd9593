"""The FHIR export for a doctor: valid R4 (checked with fhir.resources' R4B models), only what the
person chose to share, and a round trip that keeps every value, unit, comparator and range."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from app.access import create_demo
from app.domain.records import LabPanel, LabResult, LabTest, Profile, Sex
from app.store.diary import Diary
from app.store.interchange.fhir_labs import fhir_export, fhir_plan

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    diary = create_demo(tmp_path_factory.mktemp("fhir") / "d.dosebook", TODAY)
    # Results the demo lacks: comparators, words, SI units, a copied range, a test of one's own.
    diary.save_lab_test(LabTest("vitd", "Vitamin D", "Mine", "ng/mL", low_male=30))
    diary.save_panel(
        LabPanel(None, date(2026, 11, 2), "Labor Berlin Mitte", results=(
            LabResult(None, "hbvdna", 20.0, "[IU]/mL", "<", "<20"),
            LabResult(None, "hbvdna", None, "", "", "not detected", range_text="not detected"),
            LabResult(None, "hbsag", None, "", "", "negative", range_text="negative"),
            LabResult(None, "bili", 15.0, "umol/L", "", "15", 3, 21, "3–21"),
            LabResult(None, "alt", 0.52, "ukat/L", "", "0,52", None, 0.85, "<0.85",
                      range_source="copied"),
            LabResult(None, "il6", 7.0, "pg/mL", ">=", "≥7", None, 6.4, "<6.4"),
            LabResult(None, "vitd", 21.0, "ng/mL", "", "21", 30, None, ">30"),
        )),
        today=TODAY,
    )  # fmt: skip
    yield diary
    diary.close()


def test_the_export_of_the_demo_is_valid_fhir_r4(demo: Diary) -> None:
    text = fhir_export(demo, ["name", "sex", "birth_year"], NOW)
    bundle = Bundle.model_validate_json(text)  # raises on anything R4 does not allow
    kinds = [entry.resource.__resource_type__ for entry in bundle.entry]
    assert kinds[0] == "Patient"
    assert kinds.count("Observation") == sum(len(p.results) for p in demo.panels())
    assert kinds.count("MedicationAdministration") == len(demo.injections())
    assert {"Organization"} <= set(kinds)


def test_observations_carry_loinc_ucum_comparator_flag_and_the_printed_range(demo) -> None:
    doc = json.loads(fhir_export(demo, [], NOW))
    observations = [
        e["resource"] for e in doc["entry"] if e["resource"]["resourceType"] == "Observation"
    ]
    alt = next(o for o in observations if o.get("valueQuantity", {}).get("code") == "ukat/L")
    assert alt["code"]["coding"][0] == {
        "system": "http://loinc.org", "code": "1742-6", "display": "Alanine aminotransferase",
    }  # fmt: skip
    assert alt["valueQuantity"] == {
        "value": 0.52, "unit": "µkat/L", "system": "http://unitsofmeasure.org", "code": "ukat/L",
    }  # fmt: skip
    assert alt["referenceRange"] == [
        {"high": {"value": 0.85, "unit": "µkat/L", "system": "http://unitsofmeasure.org",
                  "code": "ukat/L"}, "text": "<0.85"}
    ]  # fmt: skip
    assert alt["interpretation"][0]["coding"][0]["code"] == "N"
    high = [o for o in observations if "H" in json.dumps(o.get("interpretation", []))]
    assert high, "the demo's raised ALT is exported as H"
    hbv = next(o for o in observations if o.get("valueQuantity", {}).get("comparator") == "<")
    assert hbv["valueQuantity"]["code"] == "[IU]/mL"
    words = next(o for o in observations if o.get("valueString") == "not detected")
    assert words["referenceRange"] == [{"text": "not detected"}]


def test_the_patient_carries_only_what_the_person_chose_to_share(demo: Diary) -> None:
    demo.save_profile(Profile(name="Sam Demo", sex=Sex.MALE, birth_year=1984))

    def patient(share: list[str]) -> dict:
        doc = json.loads(fhir_export(demo, share, NOW))
        return doc["entry"][0]["resource"]

    nothing = patient([])
    assert set(nothing) == {"resourceType", "id"}
    assert "Sam Demo" not in fhir_export(demo, [], NOW)
    everything = patient(["name", "sex", "birth_year"])
    assert everything["name"] == [{"text": "Sam Demo"}]
    assert (everything["gender"], everything["birthDate"]) == ("male", "1984")
    assert set(patient(["sex"])) == {"resourceType", "id", "gender"}


def test_doses_are_medication_administrations_with_site_route_and_dose(demo: Diary) -> None:
    doc = json.loads(fhir_export(demo, [], NOW))
    given = [
        e["resource"]
        for e in doc["entry"]
        if e["resource"]["resourceType"] == "MedicationAdministration"
    ]
    first = given[0]
    injection = sorted(demo.injections(), key=lambda i: i.taken_at)[0]
    assert first["status"] == "completed"
    assert first["medicationCodeableConcept"] == {"text": demo.protocols()[0].product}
    assert first["dosage"]["dose"]["value"] == injection.dose
    assert first["dosage"]["route"] == {"text": "subcutaneous"}
    assert first["dosage"]["site"]["text"] == demo.zone(injection.zone_id).label
    assert first["effectiveDateTime"] == injection.taken_at.isoformat(timespec="seconds")


def _kept(diary: Diary) -> list[tuple]:
    return sorted(
        (
            (p.collected_on, p.lab, r.test_code, r.value, r.unit, r.comparator, r.text,
             r.range_low, r.range_high, r.range_text)
            for p in diary.panels() for r in p.results
        ),
        key=repr,
    )  # fmt: skip


def test_a_round_trip_keeps_every_value_unit_comparator_and_range(
    demo: Diary, tmp_path: Path, fast_key
) -> None:
    text = fhir_export(demo, ["name"], NOW)
    with Diary.create_with_key(tmp_path / "new.db", fast_key) as fresh:
        plan = fhir_plan(fresh, text)
        assert plan.duplicates == 0 and plan.left_out == []
        assert [t.name for t in plan.new_tests] == ["Vitamin D"]  # no LOINC: by its own code
        fresh.import_lab_plan(plan, today=TODAY)
        assert _kept(fresh) == _kept(demo)
        assert fresh.import_lab_plan(fhir_plan(fresh, text), today=TODAY) == 0  # all duplicates
