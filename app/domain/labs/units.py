"""Units: what people type, the UCUM codes we chart in, pretty forms, and safe conversion.

Only units that are truly equal are aliased. A unit we do not know, or one the catalogue marks as
never to convert (HBV DNA copies vs IU), is kept as typed and never converted.
"""

from __future__ import annotations

import math
import re

from app.domain.labs._text import fold, tidy, to_superscript
from app.domain.records import LabTest

# UCUM code -> spellings seen on printed reports and typed by people. Every spelling here means
# exactly the same quantity as its code (1 nL = 10^-3 uL, so "/nL" counts equal "10*3/uL").
# German reports print "Tsd/µl" (Tausend), "Mio/µl" (Millionen), "Gpt/l" and "Tpt/l" (Giga- and
# Terapartikel).
_ALIASES: dict[str, tuple[str, ...]] = {
    "10*3/uL": (
        "10*3/uL",
        "x10^3/uL",
        "10^3/uL",
        "x10E3/uL",
        "K/uL",
        "thou/uL",
        "10^3/mm3",
        "/nL",
        "Tsd/uL",
    ),
    "10*6/uL": (
        "10*6/uL",
        "x10^6/uL",
        "10^6/uL",
        "x10E6/uL",
        "M/uL",
        "mill/uL",
        "10^6/mm3",
        "/pL",
        "Mio/uL",
    ),
    "10*9/L": ("10*9/L", "x10^9/L", "10^9/L", "Gpt/L"),
    "10*12/L": ("10*12/L", "x10^12/L", "10^12/L", "Tpt/L"),
    "10*6/L": ("10*6/L", "x10^6/L", "10^6/L"),
    "/uL": ("/uL", "cells/uL", "/mm3", "cells/mm3"),
    "g/dL": ("g/dL", "gm/dL", "g/100mL"),
    "g/L": ("g/L",),
    "mg/dL": ("mg/dL",),
    "mg/L": ("mg/L",),
    "mmol/L": ("mmol/L",),
    "umol/L": ("umol/L", "µmol/L"),
    "%": ("%", "percent"),
    "L/L": ("L/L",),
    "U/L": ("U/L", "units/L"),
    "[IU]/L": ("[IU]/L", "IU/L"),
    "ukat/L": ("ukat/L", "µkat/L"),
    "pg/mL": ("pg/mL",),
    "ng/L": ("ng/L",),
    "ng/mL": ("ng/mL",),
    "[IU]/mL": ("[IU]/mL", "IU/mL"),
    "{copies}/mL": ("{copies}/mL", "copies/mL", "cp/mL"),
    "{ratio}": ("{ratio}", "ratio"),
}

# Case matters only here: "G/L" (giga per litre, a cell count) is not "g/L" (grams per litre).
_CASE_SENSITIVE = {"G/L": "10*9/L", "G/l": "10*9/L", "T/L": "10*12/L", "T/l": "10*12/L"}

# Enzyme activity: an international unit (IU) is the enzyme unit U (1 umol/min), so IU/L equals
# U/L for tests charted in U/L. For hormones IU is an arbitrary assay unit, so this is not global.
_ENZYME_UNIT = "U/L"
_ENZYME_SYNONYM = "[IU]/L"

_DIMENSIONLESS = ("", "{ratio}")


def _unit_key(text: str) -> str:
    """Fold a unit spelling so that equal spellings meet: case, micro signs, 10^3 forms, spaces."""
    key = fold(text).replace("μ", "u").replace("×", "x").replace(" ", "")
    key = re.sub(r"^[x*](?=10)", "", key)
    key = re.sub(r"10(?:\*\*|\*|\^|e)([-+]?\d+)", r"10^\1", key)
    key = re.sub(r"[\[\]{}]", "", key)
    key = key.replace("mm^3", "mm3").replace("cells/", "/").replace("cell/", "/")
    return key


def _build_alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, spellings in _ALIASES.items():
        for spelling in spellings:
            key = _unit_key(spelling)
            if index.setdefault(key, code) != code:
                raise ValueError(f"unit spelling {spelling!r} would mean two units")
    return index


_ALIAS_INDEX = _build_alias_index()


def normalise_unit(text: str) -> str | None:
    """The UCUM code for a unit as typed ("×10³/µL" -> "10*3/uL"), or None when not known."""
    stripped = " ".join(text.split())
    if stripped in _CASE_SENSITIVE:
        return _CASE_SENSITIVE[stripped]
    return _ALIAS_INDEX.get(_unit_key(stripped))


def _canon(text: str) -> str:
    # Unknown spellings still compare by their folded key, prefixed so they never equal a code.
    code = normalise_unit(text)
    return code if code is not None else "?" + _unit_key(text)


def same_unit(a: str, b: str) -> bool:
    """Whether two spellings name the same unit ("µmol/L" and "umol/L"; IU/L and U/L alike)."""
    enzyme = {_ENZYME_SYNONYM: _ENZYME_UNIT}
    first, second = _canon(a), _canon(b)
    return enzyme.get(first, first) == enzyme.get(second, second)


def resolve_unit(test: LabTest, unit: str) -> str | None:
    """Which of the test's own units the typed unit is (as the catalogue spells it), or None."""
    if not unit.strip():
        # A ratio or a qualitative result has no unit; anything else needs one to be charted.
        return test.unit if test.unit in _DIMENSIONLESS else None
    wanted = _canon(unit)
    for candidate in (test.unit, *test.other_units, *test.never_convert):
        if _canon(candidate) == wanted:
            return candidate
    if wanted == _ENZYME_SYNONYM and _canon(test.unit) == _ENZYME_UNIT:
        return test.unit
    return None


def known_units(test: LabTest) -> list[str]:
    """The units a result of this test can be typed in, chart unit first."""
    return [test.unit, *test.other_units, *test.never_convert]


def _factor(test: LabTest, value: float | None, unit: str) -> float | None:
    """The factor from the chart unit to `unit` (1 for the chart unit itself), or None when a
    value in that unit must not be converted: unknown, never converted, or no value."""
    if value is None or not math.isfinite(value):
        return None
    known = resolve_unit(test, unit)
    if known is None or (known in test.never_convert and known != test.unit):
        return None
    if known == test.unit:
        return 1.0
    return test.other_units.get(known) or None


def to_chart_unit(test: LabTest, value: float | None, unit: str) -> float | None:
    """The value in the test's chart unit, or None when the unit is unknown or never converted."""
    factor = _factor(test, value, unit)
    if factor is None:
        return None
    return value if factor == 1.0 else tidy(value / factor)


def from_chart_unit(test: LabTest, value: float | None, unit: str) -> float | None:
    """A chart-unit value shown in another of the test's units, or None when that is not safe."""
    factor = _factor(test, value, unit)
    if factor is None:
        return None
    return value if factor == 1.0 else tidy(value * factor)


def pretty_unit(ucum: str) -> str:
    """The unit as people read it: "10*3/uL" -> "×10³/µL", "[IU]/mL" -> "IU/mL"."""
    pretty = re.sub(r"10\*([-+]?\d+)", lambda m: "×10" + to_superscript(m.group(1)), ucum)
    pretty = re.sub(r"\[([^\]]*)\]", r"\1", pretty)
    pretty = re.sub(r"\{([^}]*)\}", r"\1", pretty)
    # "u" is the UCUM micro prefix only before a unit symbol, never inside a word.
    return re.sub(r"(?<![A-Za-z])u(?=(?:L|l|kat|mol|g|m|IU)\b)", "µ", pretty)
