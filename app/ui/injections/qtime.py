"""Aware Python datetimes to and from QDateTime, keeping the IANA zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTimeZone


def qzone(tz: object) -> QTimeZone:
    """The QTimeZone for a ZoneInfo (UTC when it has no IANA key)."""
    return QTimeZone(getattr(tz, "key", "UTC").encode())


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in the same zone."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), qzone(moment.tzinfo))


def from_qdatetime(value: QDateTime, tz: ZoneInfo) -> datetime:
    """A QDateTime as an aware datetime in tz."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), tz)
