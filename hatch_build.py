"""Hatch build hook: compile the translations (.ts -> .qm) before the wheel is packed.

The .qm files are built, never committed (tools/translations.py). They are written beside
their .ts in resources/translations/, which the wheel carries as app/_data/resources; an
editable install reads them there too.
"""

from __future__ import annotations

import sys
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        sys.path.insert(0, self.root)
        try:
            from tools.translations import build
        finally:
            sys.path.remove(self.root)
        build()
