"""`dosebook status`: where things stand, as text or JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from app.store.diary import Diary

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass
class StatusReport:
    as_of: date
    protocols: list[dict[str, Any]] = field(default_factory=list)
    current_vial: dict[str, Any] | None = None
    sections: dict[str, Any] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "protocols": self.protocols,
            "current_vial": self.current_vial,
            **self.sections,
        }

    def as_text(self) -> str:
        return "\n".join([f"Status as of {self.as_of:%a %d %b %Y}", *self.lines])


def schedule_text(weekdays: tuple[int, ...], every_n_days: int | None, at: time) -> str:
    if every_n_days:
        return f"every {every_n_days} days at {at:%H:%M}"
    return f"{' and '.join(_WEEKDAYS[d] for d in weekdays)} at {at:%H:%M}"


def status_report(diary: Diary, as_of: date | None) -> StatusReport:
    tz = diary.timezone()
    today = as_of or datetime.now(tz).date()
    report = StatusReport(as_of=today)
    end = datetime.combine(today, time.max, tz)
    injections = diary.injections(end=end)
    for p in diary.protocols():
        mine = [i for i in injections if i.protocol_id == p.id]
        last = mine[-1] if mine else None
        entry = {
            "id": p.id,
            "product": p.product,
            "dose": p.dose,
            "dose_unit": p.dose_unit,
            "schedule": schedule_text(p.weekdays, p.every_n_days, p.time_of_day),
            "last_injection": last.taken_at.isoformat() if last else None,
            "last_zone": last.zone_id if last else None,
            "injections": len(mine),
        }
        report.protocols.append(entry)
        report.lines.append(
            f"{p.product}: {p.dose:g} {p.dose_unit}, {entry['schedule']}; "
            f"{len(mine)} injections logged"
            + (f", last {last.taken_at:%a %d %b %H:%M}" if last else "")
        )
    if not report.protocols:
        report.lines.append("No protocol yet.")
    vial = diary.current_vial()
    if vial is not None:
        report.current_vial = {
            "id": vial.id,
            "product": vial.product,
            "lot": vial.lot,
            "expiry": vial.expiry.isoformat() if vial.expiry else None,
        }
        report.lines.append(f"Current vial: lot {vial.lot or '?'}"
                            + (f", expires {vial.expiry:%d %b %Y}" if vial.expiry else ""))  # fmt: skip
    return report
