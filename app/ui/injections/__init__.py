"""The Injections tab: next dose, month calendar, the chosen day, body map, courses and vials.

`InjectionsTab` loads on first use (PEP 562): start-up shows the tab's header from
`app.ui.injections.header` before the rest of the tab, and the store it needs, have loaded.
"""

from __future__ import annotations

from typing import Any

__all__ = ["InjectionsTab"]


def __getattr__(name: str) -> Any:
    if name == "InjectionsTab":
        from app.ui.injections.tab import InjectionsTab

        return InjectionsTab
    raise AttributeError(f"module 'app.ui.injections' has no attribute {name!r}")
