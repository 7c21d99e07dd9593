"""A FHIR R4 Bundle for a doctor: the person (only what they chose to share), each lab result as
an Observation with the range its lab printed, and each dose as a MedicationAdministration.

Dosebook writes it; it does not send it anywhere. Codes: LOINC for tests, UCUM for units,
v3 ObservationInterpretation for flags.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import datetime
from typing import Any

from app.domain.labfiles.fhir_read import (
    DOSEBOOK_TEST_SYSTEM,
    PRINTED_EXTENSION,
    UCUM_SYSTEM,
)
from app.domain.labfiles.loinc import LOINC_SYSTEM
from app.domain.labs import fhir_interpretation, flag_result, pretty_unit
from app.domain.labs.units import normalise_unit
from app.domain.records import Injection, LabPanel, LabResult, LabTest, Profile, Protocol, Sex

_CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category"
_INTERPRETATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
_INTERPRETATION_WORDS = {"H": "High", "L": "Low", "N": "Normal", "A": "Abnormal"}
_GENDER = {Sex.MALE: "male", Sex.FEMALE: "female", Sex.UNKNOWN: "unknown"}
# Dose units as people write them -> UCUM codes.
_DOSE_UNITS = {"mg": "mg", "g": "g", "mcg": "ug", "µg": "ug", "ug": "ug", "ml": "mL", "iu": "[IU]"}


def _quantity(value: float, unit: str) -> dict[str, Any]:
    quantity: dict[str, Any] = {"value": value}
    if unit:
        quantity["unit"] = pretty_unit(unit) or unit
        code = normalise_unit(unit)
        if code is not None:
            quantity |= {"system": UCUM_SYSTEM, "code": code}
    return quantity


def patient(profile: Profile, share: Collection[str], ident: str) -> dict[str, Any]:
    """The Patient with only the fields the person chose to share (name, sex, birth year)."""
    resource: dict[str, Any] = {"resourceType": "Patient", "id": ident}
    if "name" in share and profile.name.strip():
        resource["name"] = [{"text": profile.name.strip()}]
    if "sex" in share:
        resource["gender"] = _GENDER[profile.sex]
    if "birth_year" in share and profile.birth_year:
        resource["birthDate"] = f"{profile.birth_year:04d}"
    return resource


def observation(
    test: LabTest, result: LabResult, panel: LabPanel, ident: str, subject: str, performer: str
) -> dict[str, Any]:
    """One lab result: its test, value as printed, flag, and the range its own lab printed."""
    codings = []
    if test.loinc:
        codings.append({"system": LOINC_SYSTEM, "code": test.loinc, "display": test.name})
    codings.append({"system": DOSEBOOK_TEST_SYSTEM, "code": test.code, "display": test.name})
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "id": ident,
        "status": "final",
        "category": [
            {
                "coding": [
                    {"system": _CATEGORY_SYSTEM, "code": "laboratory", "display": "Laboratory"}
                ]
            }
        ],
        "code": {"coding": codings, "text": test.name},
        "subject": {"reference": subject},
        "effectiveDateTime": panel.collected_on.isoformat(),
    }
    if performer:
        resource["performer"] = [{"reference": performer, "display": panel.lab}]
    if result.value is not None:
        quantity = _quantity(result.value, result.unit)
        if result.comparator:
            quantity["comparator"] = result.comparator
        resource["valueQuantity"] = quantity
        if result.text:
            resource["extension"] = [{"url": PRINTED_EXTENSION, "valueString": result.text}]
    else:
        resource["valueString"] = result.text
    code = fhir_interpretation(flag_result(result))
    if code is not None:
        resource["interpretation"] = [
            {
                "coding": [
                    {
                        "system": _INTERPRETATION_SYSTEM,
                        "code": code,
                        "display": _INTERPRETATION_WORDS[code],
                    }
                ]
            }
        ]
    reference: dict[str, Any] = {}
    if result.range_low is not None:
        reference["low"] = _quantity(result.range_low, result.unit)
    if result.range_high is not None:
        reference["high"] = _quantity(result.range_high, result.unit)
    if result.range_text.strip():
        reference["text"] = result.range_text.strip()
    if reference:
        resource["referenceRange"] = [reference]
    return resource


def administration(
    injection: Injection, protocol: Protocol | None, site: str, ident: str, subject: str
) -> dict[str, Any]:
    """One dose: product as text, dose, route, and the injection site as body-site text."""
    dose: dict[str, Any] = {"value": injection.dose, "unit": injection.dose_unit}
    code = _DOSE_UNITS.get(injection.dose_unit.strip().lower())
    if code is not None:
        dose |= {"system": UCUM_SYSTEM, "code": code}
    resource: dict[str, Any] = {
        "resourceType": "MedicationAdministration",
        "id": ident,
        "status": "completed",
        "medicationCodeableConcept": {"text": protocol.product if protocol else "Injection"},
        "subject": {"reference": subject},
        "effectiveDateTime": injection.taken_at.isoformat(timespec="seconds"),
        "dosage": {
            "site": {"text": site},
            "route": {"text": protocol.route if protocol else "subcutaneous"},
            "dose": dose,
        },
    }
    if injection.notes.strip():
        resource["note"] = [{"text": injection.notes.strip()}]
    return resource


def fhir_bundle(
    profile: Profile,
    share: Collection[str],
    tests: Iterable[LabTest],
    panels: Iterable[LabPanel],
    injections: Iterable[Injection],
    protocols: Iterable[Protocol],
    site_names: Mapping[str, str],
    now: datetime,
    new_id: Callable[[], str] = lambda: str(uuid.uuid4()),
) -> dict[str, Any]:
    """The whole Bundle (type collection), ready for json.dumps."""
    entries: list[dict[str, Any]] = []

    def add(resource: dict[str, Any], ident: str) -> str:
        url = f"urn:uuid:{ident}"
        entries.append({"fullUrl": url, "resource": resource})
        return url

    ident = new_id()
    subject = add(patient(profile, share, ident), ident)
    organisations: dict[str, str] = {}
    panels = sorted(panels, key=lambda p: (p.collected_on, p.id or 0))
    for lab in dict.fromkeys(p.lab.strip() for p in panels if p.lab.strip()):
        ident = new_id()
        organisations[lab] = add({"resourceType": "Organization", "id": ident, "name": lab}, ident)
    by_code = {t.code: t for t in tests}
    for panel in panels:
        performer = organisations.get(panel.lab.strip(), "")
        for result in panel.results:
            test = by_code.get(result.test_code)
            if test is not None:
                ident = new_id()
                add(observation(test, result, panel, ident, subject, performer), ident)
    courses = {p.id: p for p in protocols}
    for injection in sorted(injections, key=lambda i: i.taken_at):
        ident = new_id()
        site = site_names.get(injection.zone_id, injection.zone_id)
        course = courses.get(injection.protocol_id)
        add(administration(injection, course, site, ident, subject), ident)
    return {
        "resourceType": "Bundle",
        "id": new_id(),
        "type": "collection",
        "timestamp": now.isoformat(timespec="seconds"),
        "entry": entries,
    }
