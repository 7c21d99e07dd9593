"""`dosebook profile`: the person the diary is about, what the protocol is for, and the standing
cautions with why each matters, as text or JSON."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from typing import Any

from app.cli.keys import read_diary
from app.cli.status.person import medication_json, medication_text
from app.domain.i18n import translate
from app.domain.person import (
    CAUTION_NAMES,
    CAUTION_REASONS,
    conditions_text,
    immune_active_on,
    medicines_on,
    standing_cautions,
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
        elif caution in standing_cautions(profile, medications, today):
            origin = "birth_year"  # under 18 by the birth year, as the caution rule reads it
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
    not_given = translate("CommandLine", "(not given)")
    sex = {
        "female": translate("CommandLine", "female"),
        "male": translate("CommandLine", "male"),
    }.get(doc["sex"], translate("CommandLine", "not given (lab ranges use both)"))
    lines = [
        translate("CommandLine", "Name: {value}").format(value=doc["name"] or not_given),
        translate("CommandLine", "Sex: {value}").format(value=sex),
        translate("CommandLine", "Birth year: {value}").format(
            value=doc["birth_year"] or not_given
        ),
        translate("CommandLine", "Time zone: {value}").format(
            value=doc["timezone"] or translate("CommandLine", "this computer")
        ),
        translate("CommandLine", "What the protocol is for: {value}").format(
            value=conditions_text(profile) or not_given
        ),
        translate("CommandLine", "Allergies: {value}").format(
            value=doc["allergies"] or translate("CommandLine", "(none noted)")
        ),
    ]
    if not doc["cautions"]:
        lines.append(translate("CommandLine", "Standing cautions: none"))
    else:
        lines.append(translate("CommandLine", "Standing cautions:"))
        for c in doc["cautions"]:
            caution = Caution(c["caution"])
            reason = CAUTION_REASONS[caution]
            name = translate("Person", CAUTION_NAMES[caution])
            if c["medicines"]:
                name += translate("CommandLine", " (from your medicines: {names})").format(
                    names=", ".join(c["medicines"])
                )
            line = translate("CommandLine", "  - {name}: {why} Source: {source}.")
            lines.append(
                line.format(
                    name=name,
                    why=translate("Person", reason.text),
                    source=translate("Person", reason.source),
                )
            )
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
    if taken:
        lines.append(translate("CommandLine", "Other medicines:"))
    else:
        lines.append(translate("CommandLine", "Other medicines: none listed"))
    lines.extend(f"  - {medication_text(m)}" for m in taken)
    print("\n".join(lines))
    return 0
