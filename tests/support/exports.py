"""A small, real export to mutate: every kind of record once or twice, written through the facade."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from app.domain.keys import KeyMaterial
from app.domain.records import (
    Attachment,
    Caution,
    DiaryEntry,
    Injection,
    LabPanel,
    LabResult,
    Profile,
    Protocol,
    Sex,
    SiteReaction,
    Vial,
)
from app.store.diary import Diary

BERLIN = ZoneInfo("Europe/Berlin")


def new_key() -> KeyMaterial:
    return KeyMaterial(key=os.urandom(32), salt=os.urandom(16))


def fill_small_diary(diary: Diary) -> None:
    diary.save_profile(
        Profile(
            name="Ada",
            sex=Sex.FEMALE,
            birth_year=1980,
            cautions=frozenset({Caution.AUTOIMMUNE}),
            timezone="Europe/Berlin",
        )
    )
    p = diary.save_protocol(
        Protocol(
            None,
            "Thymosin Alpha-1",
            1.6,
            "mg",
            weekdays=(0, 3),
            time_of_day=time(20),
            start=date(2026, 9, 7),
            planned_end=date(2027, 3, 7),
        )
    )
    v = diary.save_vial(
        Vial(
            None,
            "Thymosin Alpha-1",
            lot="L1",
            expiry=date(2027, 1, 1),
            strength_mg=1.6,
            diluent_ml=1.0,
            reconstituted_at=datetime(2026, 9, 7, 19, tzinfo=BERLIN),
            beyond_use_hours=24,
        )
    )
    first = None
    for n, zone in enumerate(("abdomen-lower-left", "thigh-front-right", "arm-back-left")):
        shot = diary.log_injection(
            Injection(
                None,
                datetime(2026, 9, 7, 20, 5, tzinfo=BERLIN) + timedelta(days=3 * n + (n > 0)),
                p.id,
                1.6,
                "mg",
                zone,
                volume_ml=1.0,
                vial_id=v.id,
                notes=f"dose {n}",
            )
        )
        first = first or shot
    diary.save_reaction(
        SiteReaction(
            None, first.id, first.zone_id, first.taken_at + timedelta(hours=6), "redness", 1
        )
    )
    for n in range(4):
        diary.save_entry(
            DiaryEntry(
                day=date(2026, 9, 7) + timedelta(days=n),
                energy=5 + n,
                fatigue=4,
                wellbeing=6,
                sick=n == 2,
                sickness_kind="cold" if n == 2 else "",
                temperature_c=37.9 if n == 2 else None,
                notes="felt fine",
                tags=("walk",),
            )
        )
    diary.save_panel(
        LabPanel(
            None,
            date(2026, 9, 10),
            lab="City Lab",
            results=(
                LabResult(None, "alt", 62.0, "U/L", text="62", range_low=7, range_high=55),
                LabResult(None, "wbc", 3.1, "10*9/L", text="3.1", range_low=4, range_high=10),
                LabResult(None, "hbvdna", 20.0, "[IU]/mL", comparator="<", text="<20"),
            ),
        ),
        today=date(2026, 9, 10),
    )
    pdf = b"%PDF-1.4\n% the lab's report\n%%EOF\n"
    panel = diary.panels()[-1]
    diary.add_attachment(Attachment(None, "application/pdf", "report.pdf", 0, panel.id), pdf)
    diary.snooze_rule("liver_rise", datetime(2026, 9, 20, tzinfo=UTC))
    diary.set_setting("backup.keep_daily", "5")


@cache
def small_export_text(folder: str) -> str:
    with Diary.create_with_key(Path(folder) / "source.dosebook", new_key()) as diary:
        fill_small_diary(diary)
        return diary.export_json()


def small_export(tmp_root: Path) -> dict:
    return json.loads(small_export_text(str(tmp_root)))
