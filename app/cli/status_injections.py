"""Status section: each protocol with its last injection, and the current vial."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from app.store.diary import Diary

if TYPE_CHECKING:
    from app.cli.status import StatusReport

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def schedule_text(weekdays: tuple[int, ...], every_n_days: int | None, at: time) -> str:
    if every_n_days:
        return f"every {every_n_days} days at {at:%H:%M}"
    return f"{' and '.join(_WEEKDAYS[d] for d in weekdays)} at {at:%H:%M}"


def injections_section(diary: Diary, report: StatusReport) -> None:
    injections = diary.injections(end=report.now)
    protocols = []
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
        protocols.append(entry)
        report.lines.append(
            f"{p.product}: {p.dose:g} {p.dose_unit}, {entry['schedule']}; "
            f"{len(mine)} injections logged"
            + (f", last {last.taken_at:%a %d %b %H:%M}" if last else "")
        )
    if not protocols:
        report.lines.append("No protocol yet.")
    report.fields["protocols"] = protocols
    vial = diary.current_vial()
    report.fields["current_vial"] = (
        None
        if vial is None
        else {
            "id": vial.id,
            "product": vial.product,
            "lot": vial.lot,
            "expiry": vial.expiry.isoformat() if vial.expiry else None,
        }
    )
    if vial is not None:
        expiry = f", expires {vial.expiry:%d %b %Y}" if vial.expiry else ""
        report.lines.append(f"Current vial: lot {vial.lot or '?'}{expiry}")
