"""FHIR R4 lab files: a portal's export read into an import plan against this diary."""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import datetime

from app.domain.labfiles.fhir_read import read_fhir
from app.domain.labfiles.fhir_write import fhir_bundle
from app.domain.labfiles.model import ImportPlan, LabFileError
from app.domain.labfiles.plan import build_plan
from app.store.reading.reads import Reads


def fhir_plan(diary: Reads, text: str) -> ImportPlan:
    """What importing this FHIR JSON would save: panels, new tests, duplicates left out."""
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as err:
        raise LabFileError(f"The file is not valid JSON ({err}).") from None
    tests = diary.lab_tests()
    found = read_fhir(doc, tests)
    return build_plan("FHIR", found.results, diary.panels(), tests, found.left_out)


def fhir_export(diary: Reads, share: Collection[str], now: datetime) -> str:
    """The diary's lab results and doses as a FHIR R4 Bundle (JSON text) for a doctor."""
    bundle = fhir_bundle(
        profile=diary.profile(),
        share=share,
        tests=diary.lab_tests(),
        panels=diary.panels(),
        injections=diary.injections(),
        protocols=diary.protocols(),
        site_names={z.id: z.label for z in diary.zones()},
        now=now,
    )
    return json.dumps(bundle, indent=1, ensure_ascii=False) + "\n"
