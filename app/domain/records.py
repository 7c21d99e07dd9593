"""The diary's vocabulary: plain, immutable records the store returns and the screens show.

No Qt and no SQL here. Times of injections are timezone-aware; days of diary entries and lab
panels are plain dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum


class Sex(StrEnum):
    """Sex used to choose default reference ranges; unknown uses the wider of the two."""

    UNKNOWN = "unknown"
    MALE = "male"
    FEMALE = "female"


class Caution(StrEnum):
    """Standing cautions a profile can carry (see domain/protocol.md)."""

    AUTOIMMUNE = "autoimmune"
    IMMUNOSUPPRESSED = "immunosuppressed"
    PREGNANT_OR_BREASTFEEDING = "pregnant_or_breastfeeding"
    UNDER_18 = "under_18"
    IMMUNE_ACTIVE_DRUGS = "immune_active_drugs"


class Condition(StrEnum):
    """What the protocol is for, from a short list (domain/protocol.md, the article's uses)."""

    HEPATITIS_B = "hepatitis_b"
    HEPATITIS_C = "hepatitis_c"
    OTHER_INFECTION = "other_infection"
    CANCER_SUPPORT = "cancer_support"
    IMMUNE_SUPPORT = "immune_support"
    OTHER = "other"


@dataclass(frozen=True)
class Profile:
    name: str = ""
    sex: Sex = Sex.UNKNOWN
    birth_year: int | None = None
    cautions: frozenset[Caution] = frozenset()
    timezone: str = ""  # IANA name; empty means the computer's zone
    conditions: frozenset[Condition] = frozenset()
    condition_notes: str = ""  # what it is for, in the person's own words
    allergies: str = ""


@dataclass(frozen=True)
class Medication:
    """Another medicine or supplement the person takes; dose and frequency as they say them."""

    id: int | None
    name: str
    dose: str = ""  # "245 mg", "1 tablet"
    how_often: str = ""  # "once a day", "as needed"
    started: date | None = None
    stopped: date | None = None
    acts_on_immune_system: bool = False

    def taken_on(self, day: date) -> bool:
        """Whether it is on the list on `day` (started by then, not stopped before)."""
        started = self.started is None or self.started <= day
        return started and (self.stopped is None or self.stopped >= day)


@dataclass(frozen=True)
class Appointment:
    """A visit: when (timezone-aware), with whom, where, and what to ask."""

    id: int | None
    at: datetime
    with_whom: str
    place: str = ""
    questions: str = ""


@dataclass(frozen=True)
class Zone:
    """An injection zone on the body map; ids match the element ids of the body-map SVG."""

    id: str
    label: str
    area: str  # abdomen, thigh, flank, arm, buttock
    view: str  # front or back
    side: str  # left or right
    enabled: bool = True
    disabled_reason: str = ""
    preferred: bool = False


@dataclass(frozen=True)
class Protocol:
    """A course of injections: what, how much, and when it is due."""

    id: int | None
    product: str
    dose: float
    dose_unit: str
    route: str = "subcutaneous"
    weekdays: tuple[int, ...] = ()  # 0 = Monday; empty when every_n_days is used
    every_n_days: int | None = None
    time_of_day: time = time(20, 0)
    start: date = date(2026, 1, 1)
    planned_end: date | None = None
    paused_from: date | None = None
    ended_on: date | None = None
    window_hours: float = 12.0
    notes: str = ""


@dataclass(frozen=True)
class Vial:
    id: int | None
    product: str
    lot: str = ""
    expiry: date | None = None
    strength_mg: float | None = None  # amount of drug in the vial
    diluent_ml: float | None = None  # water added when reconstituting
    reconstituted_at: datetime | None = None
    beyond_use_hours: float | None = None
    storage_notes: str = ""
    frozen_thawed: bool = False
    finished_on: date | None = None

    @property
    def concentration_mg_per_ml(self) -> float | None:
        if not self.strength_mg or not self.diluent_ml:
            return None
        return self.strength_mg / self.diluent_ml


@dataclass(frozen=True)
class Injection:
    id: int | None
    taken_at: datetime  # timezone-aware
    protocol_id: int | None
    dose: float
    dose_unit: str
    zone_id: str
    volume_ml: float | None = None
    vial_id: int | None = None
    needle: str = ""
    notes: str = ""
    # How the person said this dose counts (the log dialog's early/late guard): the scheduled
    # dose it stands for (an aware due time), or an extra dose; neither: matched by the schedule.
    counts_for: datetime | None = None
    extra: bool = False


# Reaction kinds that are grade 3 by CTCAE v5's definition (ulceration, necrosis), whatever is ticked.
SEVERE_REACTION_KINDS = ("open_sore", "dead_skin")


@dataclass(frozen=True)
class SiteReaction:
    id: int | None
    injection_id: int | None
    zone_id: str
    observed_at: datetime
    kind: str  # redness, swelling, pain, itching, lump, bruise, open_sore, dead_skin, other
    grade: int  # 1..3 (CTCAE v5 injection site reaction)
    resolved_at: datetime | None = None
    notes: str = ""


@dataclass(frozen=True)
class DiaryEntry:
    day: date
    energy: int | None = None  # 0..10, higher is better
    fatigue: int | None = None  # 0..10, higher is worse
    wellbeing: int | None = None  # 0..10, higher is better
    sick: bool = False
    sickness_kind: str = ""  # cold, flu, stomach, other
    temperature_c: float | None = None
    site_trouble: bool = False  # also "discomfort at an injection site" for the symptom rules
    notes: str = ""
    tags: tuple[str, ...] = ()
    # rash, joint_pain, hand_swelling (the label's reactions) and the person's own words
    symptoms: tuple[str, ...] = ()


@dataclass(frozen=True)
class LabTest:
    """A catalogue entry. `unit` is the UCUM unit results are charted in."""

    code: str  # short stable id, e.g. "alt"
    name: str
    group: str  # CBC, Liver, Immune, Hep B, or the user's own
    unit: str
    loinc: str = ""
    abbrev: str = ""
    qualitative: bool = False
    other_units: dict[str, float] = field(default_factory=dict)  # unit -> factor from `unit`
    never_convert: tuple[str, ...] = ()  # units that must not be converted (assay-dependent)
    low_male: float | None = None
    high_male: float | None = None
    low_female: float | None = None
    high_female: float | None = None
    plausible_low: float | None = None
    plausible_high: float | None = None
    wrong_unit_above: float | None = None  # a value above this in `unit` was probably another unit
    user_defined: bool = False
    si_unit: str = ""  # the unit SI reports print (one of other_units); "" when it is `unit`


@dataclass(frozen=True)
class LabResult:
    id: int | None
    test_code: str
    value: float | None  # numeric part; None for a purely qualitative result
    unit: str
    comparator: str = ""  # "", "<", ">", "<=", ">="
    text: str = ""  # the result exactly as printed, e.g. "<20", "not detected"
    range_low: float | None = None
    range_high: float | None = None
    range_text: str = ""  # the range exactly as printed on the report
    range_source: str = "printed"  # printed (typed or imported), copied (last time), converted


@dataclass(frozen=True)
class LabPanel:
    id: int | None
    collected_on: date
    lab: str = ""
    notes: str = ""
    results: tuple[LabResult, ...] = ()


@dataclass(frozen=True)
class Attachment:
    """A photo or PDF kept inside the diary with a lab panel or a site reaction (not the bytes)."""

    id: int | None
    media_type: str  # image/jpeg, image/png or application/pdf
    name: str  # the file's name when it was added, for the person to recognise it
    size: int  # bytes
    panel_id: int | None = None
    reaction_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class MonitoringGroup:
    """How often a group of tests should be done (months), from seeds."""

    group: str
    min_months: int
    max_months: int
    source: str = ""  # where the interval comes from, shown to the person
