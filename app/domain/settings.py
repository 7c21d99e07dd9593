"""The settings a diary keeps (the `setting` table), each with the values it may hold.

Every way a setting is written (a screen, an import) checks it here; a key no one declared is
refused. Warning-rule thresholds ("rules.<id>.<param>") are the rules module's to check: it
passes its own check to the writer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.i18n.choice import LANGUAGES, SYSTEM

RULES_PREFIX = "rules."
LAB_UNITS = "labs.units"  # conventional (g/dL, mg/dL) or si (g/L, µmol/L): entry and charts
FHIR_SHARE = "export.fhir_share"  # what of the profile a FHIR export for a doctor may carry
SHAREABLE = ("name", "sex", "birth_year")
CSV_MAP_PREFIX = "labs.csv_map."  # + a CSV file layout's signature: which column means what
CSV_ROLES = ("date", "test", "result", "unit", "range", "lab", "dates")  # dates: day-first...
# The report's default dates: from the last appointment (else the last report, else `months`
# back), from the last report (else `months` back), or the last `months` months.
REPORT_PERIODS = ("since_last_appointment", "since_last_report", "months")
LANGUAGE_SETTING = "appearance.language"  # "system" or a shipped language: "en", "de", "zh_CN"


def _one_of(*allowed: str) -> Callable[[str], None]:
    def check(value: str) -> None:
        if value not in allowed:
            raise ValueError(f"'{value}' is not one of {', '.join(allowed)}")

    return check


def _some_of(*allowed: str) -> Callable[[str], None]:
    def check(value: str) -> None:
        parts = value.split(",") if value else []
        if len(set(parts)) != len(parts) or any(part not in allowed for part in parts):
            raise ValueError(f"'{value}' is not a comma-separated choice of {', '.join(allowed)}")

    return check


def _whole(low: int, high: int) -> Callable[[str], None]:
    def check(value: str) -> None:
        if not (value.isdigit() and low <= int(value) <= high):
            raise ValueError(f"'{value}' is not a whole number from {low} to {high}")

    return check


def _day(value: str) -> None:
    if len(value) != 10:
        raise ValueError(f"'{value}' is not a date like 2026-03-01")
    date.fromisoformat(value)


# key -> check of its value (raises ValueError with the reason)
SETTINGS: dict[str, Callable[[str], None]] = {
    LAB_UNITS: _one_of("conventional", "si"),
    FHIR_SHARE: _some_of(*SHAREABLE),
    LANGUAGE_SETTING: _one_of(SYSTEM, *LANGUAGES),
    "backup.auto": _one_of("on", "off"),
    "backup.keep_daily": _whole(0, 366),
    "backup.keep_weekly": _whole(0, 366),
    # the log dialog's guard (domain/dose_guard.py)
    "doses.reach_hours": _whole(0, 72),
    "doses.repeat_hours": _whole(0, 72),
    "lock.idle": _one_of("on", "off"),
    "lock.idle_minutes": _whole(1, 240),
    # reminders and the tray (docs/reminders.md)
    "reminders.enabled": _one_of("on", "off"),
    "reminders.lead_minutes": _whole(0, 240),
    "reminders.detail": _one_of("none", "time", "full"),
    "reminders.keep_in_tray": _one_of("ask", "yes", "no"),
    "report.last_day": _day,
    "report.months": _whole(1, 24),
    "report.paper": _one_of("a4", "letter"),
    "report.period": _one_of(*REPORT_PERIODS),
    "sites.recent_use_days": _whole(1, 365),
}


def _csv_map(value: str) -> None:
    try:
        mapping = json.loads(value)
    except ValueError:
        mapping = None
    if not isinstance(mapping, dict) or not all(
        role in CSV_ROLES and isinstance(column, str) and column for role, column in mapping.items()
    ):
        raise ValueError("it is not a list of CSV columns by what they hold")


def check_setting(
    key: str, value: str, check_rule_setting: Callable[[str, str], None] | None = None
) -> None:
    """Raise ValidationError unless `key` is a known setting and `value` one it may hold.

    Warning-rule thresholds are checked by `check_rule_setting` when given (the rules module's);
    without it they pass here, and the rules ignore a value they cannot use.
    """
    if key.startswith(RULES_PREFIX):
        if check_rule_setting is not None:
            check_rule_setting(key, value)
        return
    check = SETTINGS.get(key)
    if key.startswith(CSV_MAP_PREFIX) and key[len(CSV_MAP_PREFIX) :].isalnum():
        check = _csv_map
    if check is None:
        raise ValidationError(
            translate("Checks", "'{key}' is not a setting Dosebook knows.").format(key=key), "key"
        )
    try:
        check(value)
    except ValueError as err:
        raise ValidationError(
            translate("Checks", "The setting {key}: {err}.").format(key=key, err=err), "value"
        ) from None
