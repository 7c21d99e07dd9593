"""Many writes in one transaction (how the demo is written): each write's own checks, all or nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.domain.errors import ValidationError
from app.domain.keys import KeyMaterial
from app.domain.records import DiaryEntry, Injection
from app.store.changes import Change
from app.store.diary import Diary


def shot(zone: str) -> Injection:
    taken = datetime(2026, 3, 2, 19, 0, tzinfo=UTC)
    return Injection(id=None, taken_at=taken, protocol_id=None, dose=1.6, dose_unit="mg",
                     zone_id=zone)  # fmt: skip


def test_a_batch_runs_each_writes_checks_and_saves_all_or_nothing(
    tmp_path: Path, fast_key: KeyMaterial
) -> None:
    with Diary.create_with_key(tmp_path / "d.dosebook", fast_key) as diary:
        heard: list[Change] = []
        diary.subscribe(heard.append)
        with pytest.raises(ValidationError, match="Pick the injection site"), diary.batch():
            diary.save_entry(DiaryEntry(day=date(2026, 3, 2), energy=6))
            diary.log_injection(shot("nowhere"))  # the same check as a single write
        assert diary.entries() == [] and diary.injections() == [] and heard == []
        with pytest.raises(ValidationError, match="Energy goes from 0 to 10"), diary.batch():
            diary.save_entry(DiaryEntry(day=date(2026, 3, 3), energy=11))
        with diary.batch():
            diary.save_entry(DiaryEntry(day=date(2026, 3, 2), energy=6))
            logged = diary.log_injection(shot("abdomen-lower-left"))
            diary.delete_injection(logged.id)  # a write in the batch sees the earlier ones
            diary.log_injection(shot("thigh-front-right"))
        assert [e.energy for e in diary.entries()] == [6]
        assert [i.zone_id for i in diary.injections()] == ["thigh-front-right"]
        assert heard == [Change.ENTRIES | Change.INJECTIONS | Change.REACTIONS]  # once, after
