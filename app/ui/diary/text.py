"""Words and day labels shared by the Diary tab's pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain.i18n.numbers import figure
from app.domain.wording import weekday_day

translate = QCoreApplication.translate

# The kinds of sickness the store accepts, in the order the form offers them.
SICKNESS_KINDS: tuple[str, ...] = ("cold", "flu", "stomach", "other")


def day_label(day: date, today: date) -> str:
    """A day as people read it, "Thu 12 Mar", with the year when it is not this year's."""
    return weekday_day(day, today)


def rating_name(field: str) -> str:
    """The label of a rating field."""
    return {
        "energy": translate("DiaryTab", "Energy"),
        "fatigue": translate("DiaryTab", "Fatigue / malaise"),
        "wellbeing": translate("DiaryTab", "Well-being"),
    }[field]


def rating_scale_hint(field: str) -> str:
    """What the two ends of a rating's scale mean."""
    return {
        "energy": translate("DiaryTab", "0 none · 10 full of energy"),
        "fatigue": translate("DiaryTab", "0 none · 10 constant, severe"),
        "wellbeing": translate("DiaryTab", "0 very poor · 10 very good"),
    }[field]


def sickness_name(kind: str) -> str:
    """The label of a kind of sickness."""
    return {
        "cold": translate("DiaryTab", "Cold"),
        "flu": translate("DiaryTab", "Flu"),
        "stomach": translate("DiaryTab", "Stomach"),
        "other": translate("DiaryTab", "Other"),
    }.get(kind, kind.capitalize())


def number(value: float | None, unit: str = "") -> str:
    """A number without trailing zeros, or "" when missing."""
    if value is None:
        return ""
    return f"{figure(value)}{unit}"
