"""`dosebook profile`: the person the diary is about, what the protocol is for, and the standing
cautions with why each matters, as text or JSON."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from typing import Any

from app.cli.keys import read_diary
from app.cli.status.person import medication_json, medication_text
from app.domain.person import (
    CAUTION_NAMES,
    CAUTION_REASONS,
    conditions_text,
    immune_active_on,
    medicines_on,
)
from app.domain.records import Caution, Condition, Medication, Profile


def _cautions(profile: Profile, medications: list[Medication], today: date) -> list[dict]:
    """Each standing caution: from the profile, or from an immune-active medicine taken now."""
    from_medicines = [m.name for m in immune_active_on(medications, today)]
    out = []
    for caution in Caution:
        if caution in profile.cautions:
            origin = "profile"
        elif caution is Caution.IMMUNE_ACTIVE_DRUGS and from_medicines:
            origin = "medications"
        else:
            continue
        reason = CAUTION_REASONS[caution]
        out.append(
            {
                "caution": caution.value,
                "name": CAUTION_NAMES[caution],
                "why": reason.text,
                "source": reason.source,
                "from": origin,
                "medicines": from_medicines if origin == "medications" else [],
            }
        )
    return out


def profile_json(profile: Profile, medications: list[Medication], today: date) -> dict[str, Any]:
    return {
        "name": profile.name,
        "sex": profile.sex.value,
        "birth_year": profile.birth_year,
        "timezone": profile.timezone,
        "conditions": [c.value for c in Condition if c in profile.conditions],
        "condition_notes": profile.condition_notes,
        "allergies": profile.allergies,
        "cautions": _cautions(profile, medications, today),
        "medications": [medication_json(m) for m in medicines_on(medications, today)],
    }


def profile_text(doc: dict[str, Any], profile: Profile) -> list[str]:
    lines = [
        f"Name: {doc['name'] or '(not given)'}",
        f"Sex: {doc['sex'] if doc['sex'] != 'unknown' else 'not given (lab ranges use both)'}",
        f"Birth year: {doc['birth_year'] or '(not given)'}",
        f"Time zone: {doc['timezone'] or 'this computer'}",
        f"What the protocol is for: {conditions_text(profile) or '(not given)'}",
        f"Allergies: {doc['allergies'] or '(none noted)'}",
    ]
    if not doc["cautions"]:
        lines.append("Standing cautions: none")
    else:
        lines.append("Standing cautions:")
        for c in doc["cautions"]:
            via = f" (from your medicines: {', '.join(c['medicines'])})" if c["medicines"] else ""
            lines.append(f"  - {c['name']}{via}: {c['why']} Source: {c['source']}.")
    return lines


def cmd_profile(args: argparse.Namespace) -> int:
    profile, medications, today = read_diary(
        args.path,
        args.passphrase_stdin,
        lambda d: (d.profile(), d.medications(), datetime.now(d.timezone()).date()),
    )
    doc = profile_json(profile, medications, today)
    if args.json:
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return 0
    lines = profile_text(doc, profile)
    taken = medicines_on(medications, today)
    lines.append("Other medicines:" if taken else "Other medicines: none listed")
    lines.extend(f"  - {medication_text(m)}" for m in taken)
    print("\n".join(lines))
    return 0
