"""The diary's own tags, offered while typing new ones."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from app.domain.records import DiaryEntry
from app.store.diary import Diary


def test_entry_tags_lists_each_tag_once_most_used_first(tmp_path: Path, fast_key) -> None:
    with Diary.create_with_key(tmp_path / "d.dosebook", fast_key) as diary:
        assert diary.entry_tags() == []
        day = date(2026, 3, 2)
        for offset, tags in enumerate(
            [("travel", "poor sleep"), ("poor sleep",), ("exercise",), ("poor sleep", "travel")]
        ):
            diary.save_entry(DiaryEntry(day=day + timedelta(days=offset), tags=tags))
        diary.save_entry(DiaryEntry(day=day + timedelta(days=9), energy=4))
        assert diary.entry_tags() == ["poor sleep", "travel", "exercise"]
