"""Symptoms a diary entry lists: the reactions the label names, and the person's own words.

The Zadaxin label's adverse reactions are local discomfort at the injection site and, rarely,
redness, transient muscle atrophy, joint pain with swelling of the hands, and rash
(domain/protocol.md). Rash, joint pain and swollen hands are kept by id in `DiaryEntry.symptoms`;
discomfort at an injection site is the entry's `site_trouble` box, so it is not kept twice. Any
other symptom is kept as the person typed it, tidied (lowercase, single spaces).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.i18n import translate
from app.domain.records import DiaryEntry

RASH = "rash"
JOINT_PAIN = "joint_pain"
HAND_SWELLING = "hand_swelling"
SITE_DISCOMFORT = "site_discomfort"

# The label's reactions with a box of their own on the form, in the form's order.
LABEL_SYMPTOMS: tuple[str, ...] = (RASH, JOINT_PAIN, HAND_SWELLING)

SYMPTOM_WORDS: dict[str, str] = {
    RASH: "Rash",
    JOINT_PAIN: "Joint pain",
    HAND_SWELLING: "Swollen hands",
    SITE_DISCOMFORT: "Discomfort at an injection site",
}

# What people type for the label's reactions, mapped to their ids.
_SAME_AS: dict[str, str] = {
    "rash": RASH,
    "joint pain": JOINT_PAIN,
    "joint_pain": JOINT_PAIN,
    "joint pains": JOINT_PAIN,
    "sore joints": JOINT_PAIN,
    "swollen hands": HAND_SWELLING,
    "hand swelling": HAND_SWELLING,
    "hand_swelling": HAND_SWELLING,
    "swelling of the hands": HAND_SWELLING,
    "site discomfort": SITE_DISCOMFORT,
    "site_discomfort": SITE_DISCOMFORT,
}

MAX_SYMPTOMS = 20
MAX_SYMPTOM_LENGTH = 40


def normalize_symptoms(items: Iterable[str]) -> tuple[str, ...]:
    """Tidy symptoms: split on commas, trim, lowercase, map the label's names to their ids.

    The label's symptoms come first in the form's order, then the person's own as typed.
    """
    own: dict[str, None] = {}
    known: set[str] = set()
    for raw in items:
        for piece in str(raw).split(","):
            word = " ".join(piece.split()).lower()
            if not word:
                continue
            symptom = _SAME_AS.get(word, word)
            if symptom in SYMPTOM_WORDS:
                known.add(symptom)
            else:
                own.setdefault(symptom, None)
    ordered = [s for s in (*LABEL_SYMPTOMS, SITE_DISCOMFORT) if s in known]
    return (*ordered, *own)


def symptom_problem(symptoms: Iterable[str]) -> str | None:
    """Why these symptoms cannot be saved, in the person's words; None when they can."""
    items = list(symptoms)
    if len(items) > MAX_SYMPTOMS:
        return f"List at most {MAX_SYMPTOMS} symptoms for one day."
    for symptom in items:
        if not symptom.strip():
            return "A symptom cannot be empty."
        if "," in symptom:
            return "Separate symptoms with commas; one symptom cannot contain a comma."
        if len(symptom) > MAX_SYMPTOM_LENGTH:
            return f"Keep each symptom to {MAX_SYMPTOM_LENGTH} characters; write more in the notes."
        if any(ord(ch) < 32 for ch in symptom):
            return "A symptom cannot contain line breaks or tabs."
    return None


def entry_symptoms(entry: DiaryEntry) -> tuple[str, ...]:
    """Every symptom an entry lists, with the site box as "site_discomfort"."""
    extra = (
        (SITE_DISCOMFORT,) if entry.site_trouble and SITE_DISCOMFORT not in entry.symptoms else ()
    )
    return (*entry.symptoms, *extra)


def symptom_name(symptom: str) -> str:
    """How a symptom reads: "Joint pain", or the person's own word with a capital letter."""
    shown = {
        RASH: translate("Symptoms", "Rash"),
        JOINT_PAIN: translate("Symptoms", "Joint pain"),
        HAND_SWELLING: translate("Symptoms", "Swollen hands"),
        SITE_DISCOMFORT: translate("Symptoms", "Discomfort at an injection site"),
    }
    return shown.get(symptom, symptom[:1].upper() + symptom[1:])


def own_symptoms(entries: Iterable[DiaryEntry]) -> list[str]:
    """The person's own symptoms across entries, most used first (ties alphabetical)."""
    counts: dict[str, int] = {}
    for entry in entries:
        for symptom in entry.symptoms:
            if symptom not in SYMPTOM_WORDS:
                counts[symptom] = counts.get(symptom, 0) + 1
    return sorted(counts, key=lambda s: (-counts[s], s))
