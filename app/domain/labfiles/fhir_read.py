"""FHIR R4 lab results (a Bundle, or one Observation) read into results the diary can keep.

What a patient portal exports: Observations with a LOINC code, a value with its UCUM unit (or a
word), a comparator, the lab's reference range and the time the sample was taken, with its zone.
Anything that cannot be read exactly stops the whole import with one line saying which
Observation and why; nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from app.domain.labfiles.loinc import LOINC_SYSTEM, is_loinc
from app.domain.labfiles.model import IMPORTED_GROUP, IncomingResult, LabFileError
from app.domain.labs import pretty_unit, resolve_unit
from app.domain.labs._text import format_number
from app.domain.labs.entry import range_text
from app.domain.labs.units import normalise_unit, same_unit
from app.domain.labs.values import LabInputError, parse_value
from app.domain.records import LabResult, LabTest

UCUM_SYSTEM = "http://unitsofmeasure.org"
DOSEBOOK_TEST_SYSTEM = "urn:dosebook:lab-test"  # a test the diary has no LOINC code for
PRINTED_EXTENSION = "urn:dosebook:printed-result"  # the result exactly as printed, e.g. "5,2"
_WITHDRAWN = {"entered-in-error", "cancelled"}
_COMPARATORS = ("<", "<=", ">=", ">")
_DATE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$"
)
_DIMENSIONLESS = ("", "{ratio}")


@dataclass
class FhirRead:
    """The lab results found, and what was left out (not lab results, or withdrawn)."""

    results: list[IncomingResult] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


class _Observation:
    """One Observation being read; `fail` names it in every message."""

    def __init__(self, number: int, resource: Mapping[str, Any]) -> None:
        self.resource = resource
        ident = _text(resource.get("id"))
        self.where = f"Observation {number}" + (f" ({ident})" if ident else "")
        self.name = ""

    def fail(self, message: str) -> LabFileError:
        about = f" ({self.name})" if self.name else ""
        return LabFileError(f"{self.where}{about}: {message}")


def collected_on(text: Any, obs: _Observation) -> date:
    """The day the sample was taken, in the zone the lab wrote the time in."""
    match = _DATE.match(_text(text))
    if match is None:
        shown = _text(text) or "none"
        raise obs.fail(
            f"the collection time '{shown}' is not a full date (like 2026-03-03 or "
            "2026-03-03T08:30:00+01:00)."
        )
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise obs.fail(f"'{text}' is not a date in the calendar.") from None


def _is_lab(resource: Mapping[str, Any]) -> bool:
    categories = _list(resource.get("category"))
    if not categories:
        return True  # many portals leave the category out of lab results
    codes = {
        _text(_dict(coding).get("code")).lower()
        for category in categories
        for coding in _list(_dict(category).get("coding"))
    }
    return "laboratory" in codes


def _codings(resource: Mapping[str, Any], system: str) -> list[Mapping[str, Any]]:
    code = _dict(resource.get("code"))
    return [_dict(c) for c in _list(code.get("coding")) if _text(_dict(c).get("system")) == system]


def _test_for(
    obs: _Observation, tests: Sequence[LabTest], new: dict[str, LabTest]
) -> tuple[LabTest, bool]:
    """The catalogue test for the Observation's code, or a new test for a code the diary lacks
    (an unknown LOINC code, or a test another diary's user added)."""
    resource = obs.resource
    code = _dict(resource.get("code"))
    own = [_text(c.get("code")) for c in _codings(resource, DOSEBOOK_TEST_SYSTEM)]
    loincs = [_text(c.get("code")) for c in _codings(resource, LOINC_SYSTEM)]
    displays = [_text(c.get("display")) for c in _list(code.get("coding"))]
    obs.name = _text(code.get("text")) or next((d for d in displays if d), "")
    for wanted in own:
        found = next((t for t in tests if t.code == wanted), None)
        if found is not None:
            obs.name = found.name
            return found, False
    for loinc in loincs:
        if not is_loinc(loinc):
            raise obs.fail(f"'{loinc}' is not a valid LOINC code (its check digit is wrong).")
    for loinc in loincs:
        found = next((t for t in tests if t.loinc == loinc), None)
        if found is not None:
            obs.name = found.name
            return found, False
    if not loincs and not any(own):
        raise obs.fail("it has no LOINC code, so Dosebook cannot tell which test it is.")
    loinc = loincs[0] if loincs else ""
    key = f"loinc-{loinc}" if loinc else own[0]
    if key not in new:
        new[key] = LabTest(
            code=key,
            name=obs.name or f"LOINC {loinc}",
            group=IMPORTED_GROUP,
            unit="",
            loinc=loinc,
            user_defined=True,
        )
    return new[key], True


def _unit_of(quantity: Mapping[str, Any]) -> list[str]:
    """The spellings a Quantity gives for its unit: the UCUM code first, then the display."""
    spellings = []
    if _text(quantity.get("system")) == UCUM_SYSTEM and _text(quantity.get("code")):
        spellings.append(_text(quantity.get("code")))
    if _text(quantity.get("unit")):
        spellings.append(_text(quantity.get("unit")))
    return spellings


def _resolve(obs: _Observation, test: LabTest, spellings: list[str], new_test: bool) -> str:
    """The unit to keep: the catalogue's spelling of it, or the UCUM code for a new test."""
    if not spellings:
        if test.unit in _DIMENSIONLESS and not new_test:
            return test.unit
        raise obs.fail("the result has a number but no unit.")
    if new_test:
        return normalise_unit(spellings[0]) or spellings[0]
    for spelling in spellings:
        known = resolve_unit(test, spelling)
        if known is not None:
            return known
    raise obs.fail(
        f"Dosebook does not know the unit '{spellings[-1]}' for {test.name}, so the result "
        "could not be compared or charted."
    )


def _number(obs: _Observation, raw: Any, what: str) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise obs.fail(f"the {what} is not a number.")
    return float(raw)


def _printed(resource: Mapping[str, Any]) -> str:
    for extension in _list(resource.get("extension")):
        extension = _dict(extension)
        if _text(extension.get("url")) == PRINTED_EXTENSION:
            return _text(extension.get("valueString"))
    return ""


def _quantity_result(
    obs: _Observation, test: LabTest, new_test: bool
) -> tuple[float, str, str, str]:
    quantity = _dict(obs.resource.get("valueQuantity"))
    value = _number(obs, quantity.get("value"), "value")
    comparator = _text(quantity.get("comparator"))
    if comparator and comparator not in _COMPARATORS:
        raise obs.fail(f"the comparator '{comparator}' is not one of <, <=, >=, >.")
    unit = _resolve(obs, test, _unit_of(quantity), new_test)
    text = f"{comparator}{format_number(value)}"
    printed = _printed(obs.resource)
    if printed:
        try:
            parsed = parse_value(printed)
            if parsed.value == value and parsed.comparator == comparator:
                text = printed
        except LabInputError:
            pass
    return value, comparator, unit, text


def _word_result(obs: _Observation, test: LabTest, new_test: bool) -> tuple:
    resource = obs.resource
    if "valueString" in resource:
        text = _text(resource.get("valueString"))
    else:
        concept = _dict(resource.get("valueCodeableConcept"))
        displays = [_text(_dict(c).get("display")) for c in _list(concept.get("coding"))]
        text = _text(concept.get("text")) or next((d for d in displays if d), "")
    if not text:
        raise obs.fail("the result is empty.")
    try:
        parsed = parse_value(text)
    except LabInputError as err:
        raise obs.fail(err.message) from None
    unit = ""
    if parsed.unit:
        unit = _resolve(obs, test, [parsed.unit], new_test)
    elif parsed.value is not None and not test.qualitative and test.unit not in _DIMENSIONLESS:
        raise obs.fail(f"the result '{text}' has a number but no unit.")
    return parsed.value, parsed.comparator, unit, text


def _range(obs: _Observation, test: LabTest, unit: str, new_test: bool) -> tuple:
    """Low, high and text of the first reference range, in the result's own unit."""
    ranges = _list(obs.resource.get("referenceRange"))
    if not ranges:
        return None, None, ""
    first = _dict(ranges[0])
    limits: list[float | None] = []
    for side in ("low", "high"):
        quantity = _dict(first.get(side))
        if not quantity:
            limits.append(None)
            continue
        limit = _number(obs, quantity.get("value"), f"range's {side} end")
        spellings = _unit_of(quantity)
        if spellings and not any(same_unit(s, unit) for s in spellings):
            known = None if new_test else resolve_unit(test, spellings[0])
            if known is None or not same_unit(known, unit):
                raise obs.fail(
                    f"the range is in {spellings[-1]} but the result is in "
                    f"{pretty_unit(unit) or unit or 'no unit'}; Dosebook keeps a range only in "
                    "its result's unit."
                )
        limits.append(limit)
    low, high = limits
    if low is not None and high is not None and low > high:
        raise obs.fail("the range's low end is above its high end.")
    text = _text(first.get("text")) or range_text(low, high, number=format_number)
    return low, high, text


def _performer(resource: Mapping[str, Any], names: Mapping[str, str]) -> str:
    for performer in _list(resource.get("performer")):
        performer = _dict(performer)
        reference = _text(performer.get("reference"))
        if reference in names:
            return names[reference]
        if _text(performer.get("display")):
            return _text(performer.get("display"))
    return ""


def _read_observation(
    obs: _Observation,
    tests: Sequence[LabTest],
    new: dict[str, LabTest],
    names: Mapping[str, str],
) -> IncomingResult:
    resource = obs.resource
    test, new_test = _test_for(obs, tests, new)
    effective = resource.get("effectiveDateTime") or _dict(resource.get("effectivePeriod")).get(
        "start"
    )
    day = collected_on(effective, obs)
    if "valueQuantity" in resource:
        value, comparator, unit, text = _quantity_result(obs, test, new_test)
    elif "valueString" in resource or "valueCodeableConcept" in resource:
        value, comparator, unit, text = _word_result(obs, test, new_test)
    else:
        raise obs.fail("it has no value (valueQuantity, valueString or valueCodeableConcept).")
    if new_test and not test.unit and unit:
        test = new[test.code] = replace(test, unit=unit)
    elif new_test and not test.unit and value is None:
        test = new[test.code] = replace(test, qualitative=True)
    low, high, printed_range = _range(obs, test, unit, new_test)
    result = LabResult(
        id=None,
        test_code=test.code,
        value=value,
        unit=unit,
        comparator=comparator,
        text=text,
        range_low=low,
        range_high=high,
        range_text=printed_range,
    )
    lab = _performer(resource, names)
    return IncomingResult(obs.where, day, lab, test, result, new_test)


def _resources(doc: Mapping[str, Any]) -> tuple[list[Mapping[str, Any]], dict[str, str]]:
    """The file's resources, and the names of organisations by every way they are referred to."""
    kind = doc.get("resourceType")
    if kind == "Observation":
        return [doc], {}
    if kind != "Bundle":
        raise LabFileError(
            "This is not a FHIR Bundle or Observation (its resourceType is "
            f"'{_text(kind) or 'missing'}')."
        )
    resources, names = [], {}
    for entry in _list(doc.get("entry")):
        entry = _dict(entry)
        resource = _dict(entry.get("resource"))
        resources.append(resource)
        if resource.get("resourceType") == "Organization" and _text(resource.get("name")):
            name = _text(resource.get("name"))
            if _text(entry.get("fullUrl")):
                names[_text(entry.get("fullUrl"))] = name
            if _text(resource.get("id")):
                names[f"Organization/{_text(resource.get('id'))}"] = name
    return resources, names


def read_fhir(doc: Any, tests: Sequence[LabTest]) -> FhirRead:
    """Every lab result in a FHIR R4 Bundle or Observation; raises LabFileError on the first
    Observation that cannot be read exactly."""
    if not isinstance(doc, Mapping):
        raise LabFileError("This is not a FHIR resource (a JSON object was expected).")
    resources, names = _resources(doc)
    found = FhirRead()
    new: dict[str, LabTest] = {}
    number = 0
    for resource in resources:
        if resource.get("resourceType") != "Observation":
            continue
        number += 1
        obs = _Observation(number, resource)
        status = _text(resource.get("status"))
        if status in _WITHDRAWN:
            found.left_out.append(f"{obs.where}: withdrawn by the lab ({status})")
        elif not _is_lab(resource) or ("component" in resource and "valueQuantity" not in resource):
            found.left_out.append(f"{obs.where}: not a lab result")
        elif "dataAbsentReason" in resource and not any(k.startswith("value") for k in resource):
            found.left_out.append(f"{obs.where}: no result given")
        else:
            found.results.append(_read_observation(obs, tests, new, names))
    # A new test takes the unit its first result came in; every result of it refers to it.
    final = {t.code: t for t in new.values()}
    found.results = [
        IncomingResult(
            r.where, r.collected_on, r.lab, final.get(r.test.code, r.test), r.result, r.new_test
        )
        for r in found.results
    ]
    if number == 0:
        raise LabFileError("The file holds no Observation, so there are no lab results in it.")
    return found
