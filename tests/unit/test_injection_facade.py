"""Facade methods for courses and injections: templates, pause, resume, end, undo of a delete."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.domain.errors import ValidationError
from app.domain.records import Injection, Protocol, SiteReaction
from app.domain.schedule import DoseStatus, adherence
from app.store.changes import Change
from app.store.diary import Diary

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def diary(tmp_path: Path, fast_key) -> Diary:
    d = Diary.create_with_key(tmp_path / "d.dosebook", fast_key)
    yield d
    d.close()


def _course(diary: Diary) -> Protocol:
    return diary.save_protocol(
        Protocol(None, "TA1", 1.6, "mg", weekdays=(0, 3), start=date(2026, 11, 2))
    )


def test_the_ta1_template_fills_a_26_week_course_from_the_start_day(diary: Diary) -> None:
    templates = dict(diary.protocol_templates(date(2026, 12, 7)))
    ta1 = templates["ta1"]
    assert (ta1.dose, ta1.dose_unit, ta1.weekdays, ta1.time_of_day) == (1.6, "mg", (0, 3), time(20))
    assert ta1.start == date(2026, 12, 7)
    assert ta1.planned_end == date(2026, 12, 7) + timedelta(weeks=26, days=-1)
    assert ta1.id is None
    saved = diary.save_protocol(ta1)
    assert diary.protocol(saved.id) == saved


def test_pause_stops_doses_and_resume_carries_on_without_counting_the_pause_as_missed(
    diary: Diary,
) -> None:
    p = _course(diary)
    paused = diary.pause_protocol(p.id, date(2026, 11, 9))
    assert paused.paused_from == date(2026, 11, 9)
    carry_on = diary.resume_protocol(p.id, date(2026, 11, 23))
    assert carry_on.id != p.id and carry_on.start == date(2026, 11, 23)
    first = diary.protocol(p.id)
    assert first.ended_on == date(2026, 11, 8) and first.paused_from is None
    now = datetime(2026, 11, 24, 12, tzinfo=BERLIN)
    outcomes = [
        o
        for course in diary.protocols()
        for o in adherence(course, [], BERLIN, date(2026, 11, 2), date(2026, 11, 24), now)
    ]
    due_days = sorted(o.due_at.date() for o in outcomes)
    # Mon 2 and Thu 5 before the pause, Mon 23 after it: nothing in the paused fortnight.
    assert due_days == [date(2026, 11, 2), date(2026, 11, 5), date(2026, 11, 23)]


def test_end_a_course_and_refuse_an_end_before_its_start(diary: Diary) -> None:
    p = _course(diary)
    with pytest.raises(ValidationError):
        diary.end_protocol(p.id, date(2026, 10, 1))
    ended = diary.end_protocol(p.id, date(2026, 11, 20))
    assert ended.ended_on == date(2026, 11, 20)
    assert diary.protocols(include_ended=False) == []


def test_undoing_a_delete_brings_the_injection_and_its_reaction_link_back(diary: Diary) -> None:
    p = _course(diary)
    shot = diary.log_injection(
        Injection(
            None, datetime(2026, 11, 2, 20, tzinfo=BERLIN), p.id, 1.6, "mg", "abdomen-lower-left"
        )
    )
    reaction = diary.save_reaction(
        SiteReaction(None, shot.id, shot.zone_id, shot.taken_at + timedelta(hours=8), "redness", 1)
    )
    heard: list[Change] = []
    diary.subscribe(heard.append)
    gone = diary.delete_injection(shot.id)
    assert diary.injections() == [] and diary.reactions()[0].injection_id is None
    diary.restore_injection(gone, [reaction.id])
    assert diary.injections() == [shot]
    assert diary.reactions_of(shot.id) == [reaction]
    assert heard[-1] == Change.INJECTIONS | Change.REACTIONS
    outcome = adherence(
        p, diary.injections(), BERLIN, date(2026, 11, 2), date(2026, 11, 2), shot.taken_at
    )
    assert outcome[0].status is DoseStatus.ON_TIME


def test_a_reaction_can_be_deleted(diary: Diary) -> None:
    reaction = diary.save_reaction(
        SiteReaction(
            None, None, "thigh-front-left", datetime(2026, 11, 2, tzinfo=BERLIN), "lump", 2
        )
    )
    assert diary.delete_reaction(reaction.id) == reaction
    assert diary.reactions() == []
