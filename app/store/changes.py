"""What a write changed, announced once after its commit (never inside it).

Each view looks at the flags it shows and decides whether to refresh, as Anki's `OpChanges`.
"""

from __future__ import annotations

import enum


class Change(enum.Flag):
    NONE = 0
    PROFILE = enum.auto()
    PROTOCOLS = enum.auto()
    ZONES = enum.auto()
    VIALS = enum.auto()
    INJECTIONS = enum.auto()
    REACTIONS = enum.auto()
    ENTRIES = enum.auto()
    LABS = enum.auto()
    CATALOGUE = enum.auto()
    SETTINGS = enum.auto()
    RULES = enum.auto()
    ATTACHMENTS = enum.auto()
    MEDICATIONS = enum.auto()
    APPOINTMENTS = enum.auto()
    # a whole-diary change: an import, a restore, a rekey
    ALL = (
        PROFILE
        | PROTOCOLS
        | ZONES
        | VIALS
        | INJECTIONS
        | REACTIONS
        | ENTRIES
        | LABS
        | CATALOGUE
        | SETTINGS
        | RULES
        | ATTACHMENTS
        | MEDICATIONS
        | APPOINTMENTS
    )
