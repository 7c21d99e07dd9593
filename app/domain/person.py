"""The person behind the diary: what the protocol is for, the standing cautions and why each
matters, other medicines, and appointments. Pure functions; the words are plain English for the
command line and the report (the screens translate their own).

The caution sentences restate the TA1 source article and the Zadaxin label
(shared/domain/protocol.md); each names its source.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from app.domain import wording
from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.domain.records import Appointment, Caution, Condition, Medication, Profile


@dataclass(frozen=True)
class Reason:
    """Why a caution matters, in one sentence, and where that comes from."""

    text: str
    source: str


CAUTION_NAMES: dict[Caution, str] = {
    Caution.AUTOIMMUNE: QT_TRANSLATE_NOOP("Person", "An autoimmune disease"),
    Caution.IMMUNOSUPPRESSED: QT_TRANSLATE_NOOP(
        "Person", "A transplant, or treatment that suppresses the immune system"
    ),
    Caution.PREGNANT_OR_BREASTFEEDING: QT_TRANSLATE_NOOP("Person", "Pregnant or breastfeeding"),
    Caution.UNDER_18: QT_TRANSLATE_NOOP("Person", "Under 18"),
    Caution.IMMUNE_ACTIVE_DRUGS: QT_TRANSLATE_NOOP(
        "Person", "Other medicines that act on the immune system"
    ),
}

CAUTION_REASONS: dict[Caution, Reason] = {
    Caution.AUTOIMMUNE: Reason(
        QT_TRANSLATE_NOOP(
            "Person",
            "Changing how the immune system works can push an autoimmune disease either way.",
        ),
        QT_TRANSLATE_NOOP("Person", "TA1 article, use with caution"),
    ),
    Caution.IMMUNOSUPPRESSED: Reason(
        QT_TRANSLATE_NOOP(
            "Person",
            "After a transplant, or while the immune system is held down on purpose, boosting it may be risky; the label advises against it unless the benefit clearly outweighs the risk.",
        ),
        QT_TRANSLATE_NOOP(
            "Person", "TA1 article, use with caution; Zadaxin label, contraindications"
        ),
    ),
    Caution.PREGNANT_OR_BREASTFEEDING: Reason(
        QT_TRANSLATE_NOOP(
            "Person",
            "Safety in pregnancy and while breastfeeding has not been established, so it is for very close medical supervision only.",
        ),
        QT_TRANSLATE_NOOP("Person", "TA1 article, use with caution; Zadaxin label"),
    ),
    Caution.UNDER_18: Reason(
        QT_TRANSLATE_NOOP("Person", "Use in children and teenagers has not been well studied."),
        QT_TRANSLATE_NOOP("Person", "TA1 article, use with caution; Zadaxin label, paediatric use"),
    ),
    Caution.IMMUNE_ACTIVE_DRUGS: Reason(
        QT_TRANSLATE_NOOP(
            "Person",
            "Thymalfasin acts on immune signalling, so combining it with other immune-active medicines belongs under medical supervision.",
        ),
        QT_TRANSLATE_NOOP("Person", "TA1 article, safety"),
    ),
}

CONDITION_NAMES: dict[Condition, str] = {
    Condition.HEPATITIS_B: QT_TRANSLATE_NOOP("Person", "Hepatitis B"),
    Condition.HEPATITIS_C: QT_TRANSLATE_NOOP("Person", "Hepatitis C"),
    Condition.OTHER_INFECTION: QT_TRANSLATE_NOOP("Person", "Another infection"),
    Condition.CANCER_SUPPORT: QT_TRANSLATE_NOOP("Person", "Support during cancer treatment"),
    Condition.IMMUNE_SUPPORT: QT_TRANSLATE_NOOP("Person", "Immune support"),
    Condition.OTHER: QT_TRANSLATE_NOOP("Person", "Something else"),
}

IMMUNE_ACTIVE_EXAMPLES = QT_TRANSLATE_NOOP(
    "Person",
    "For example interferon, chemotherapy or other cancer treatment, steroid tablets such as prednisolone, transplant medicines such as ciclosporin or tacrolimus, and biologics for an autoimmune disease.",
)


def medicines_on(medications: Iterable[Medication], day: date) -> list[Medication]:
    """The medicines taken on `day`, in the order given."""
    return [m for m in medications if m.taken_on(day)]


def immune_active_on(medications: Iterable[Medication], day: date) -> list[Medication]:
    """The medicines taken on `day` that are ticked as acting on the immune system."""
    return [m for m in medicines_on(medications, day) if m.acts_on_immune_system]


def standing_cautions(
    profile: Profile, medications: Iterable[Medication], day: date
) -> frozenset[Caution]:
    """The profile's cautions, plus "other immune-active medicines" when one is taken on `day`
    and "under 18" when the birth year says so (as the caution rule reads them)."""
    cautions = set(profile.cautions)
    if immune_active_on(medications, day):
        cautions.add(Caution.IMMUNE_ACTIVE_DRUGS)
    if profile.birth_year is not None and day.year - profile.birth_year < 18:
        cautions.add(Caution.UNDER_18)
    return frozenset(cautions)


# The choices the medicine dialog offers for "how often", stored in English and shown translated.
HOW_OFTEN = (
    QT_TRANSLATE_NOOP("Person", "once a day"),
    QT_TRANSLATE_NOOP("Person", "twice a day"),
    QT_TRANSLATE_NOOP("Person", "three times a day"),
    QT_TRANSLATE_NOOP("Person", "once a week"),
    QT_TRANSLATE_NOOP("Person", "as needed"),
)


def how_often_words(value: str) -> str:
    """A stored "how often" in the active language ("once a day" -> "einmal täglich"); what the
    person typed themselves stays as typed."""
    return translate("Person", value) if value in HOW_OFTEN else value


def how_often_value(shown: str) -> str:
    """What to store for a "how often" picked or typed in the active language."""
    for value in HOW_OFTEN:
        if shown.strip() == translate("Person", value):
            return value
    return shown


def conditions_text(profile: Profile) -> str:
    """ "Hepatitis B — chronic, since 2019", or "" when nothing is set."""
    names = ", ".join(
        translate("Person", CONDITION_NAMES[c]) for c in Condition if c in profile.conditions
    )
    notes = profile.condition_notes.strip()
    return f"{names} — {notes}" if names and notes else names or notes


def next_appointment(appointments: Iterable[Appointment], now: datetime) -> Appointment | None:
    """The first appointment at or after `now`."""
    ahead = [a for a in appointments if a.at >= now]
    return min(ahead, key=lambda a: a.at) if ahead else None


def last_appointment(appointments: Iterable[Appointment], now: datetime) -> Appointment | None:
    """The latest appointment before `now`."""
    past = [a for a in appointments if a.at < now]
    return max(past, key=lambda a: a.at) if past else None


def appointment_line(appointment: Appointment, tz: tzinfo) -> str:
    """ "Liver clinic, Tue 15 Dec 10:30" (English; the screens use the user's language)."""
    at = appointment.at.astimezone(tz)
    when = wording.moment(at)
    return f"{appointment.with_whom}, {when}" if appointment.with_whom else when
