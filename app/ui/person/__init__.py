"""The person behind the diary: profile, first run, settings, other medicines, appointments.

Each screen's module loads when it is first opened.
"""

from __future__ import annotations

from typing import Any


def open_person_dialog(kind: str, window: Any) -> None:
    """Settings → Profile… ("profile") or Settings… ("settings") over the main window."""
    if kind == "profile":
        from app.ui.person.profile_dialog import ProfileDialog

        ProfileDialog(window.diary, window).exec()
    else:
        from app.ui.person.settings_dialog import SettingsDialog

        SettingsDialog(window.diary, window).exec()
