"""The checks every record passes before it is written, from a screen, an import, a restore or a
lab file: one place, pure functions, each raising `ValidationError` with the field at fault."""

from app.domain.checks.attachments import MAX_ATTACHMENT_BYTES, check_attachment
from app.domain.checks.diary import SICKNESS_KINDS, check_entry
from app.domain.checks.injections import (
    REACTION_KINDS,
    check_injection,
    check_protocol,
    check_reaction,
    check_vial,
    zone_name_of,
)
from app.domain.checks.labs import (
    COMPARATORS,
    check_lab_test,
    check_monitoring_group,
    check_panel,
    check_result,
)
from app.domain.checks.person import check_appointment, check_medication
from app.domain.checks.profile import (
    check_profile,
    check_rule_id,
    check_snooze,
    check_zone,
    check_zone_name,
)
from app.domain.checks.values import check_fields, check_value

__all__ = [
    "COMPARATORS",
    "MAX_ATTACHMENT_BYTES",
    "REACTION_KINDS",
    "SICKNESS_KINDS",
    "check_attachment",
    "check_appointment",
    "check_entry",
    "check_fields",
    "check_injection",
    "check_lab_test",
    "check_medication",
    "check_monitoring_group",
    "check_panel",
    "check_profile",
    "check_protocol",
    "check_reaction",
    "check_result",
    "check_rule_id",
    "check_snooze",
    "check_value",
    "check_vial",
    "check_zone",
    "check_zone_name",
    "zone_name_of",
]
