"""One user action, one transaction: when the second half of an action fails, the first half is
not saved either; notices come after the commit, and a view that fails to refresh never turns a
saved change into "not saved".

The failures are real SQLite failures: a trigger in the diary file aborts the second write.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.domain.errors import UserError
from app.domain.records import Injection, Protocol, SiteReaction, Vial
from app.store.changes import Change
from app.store.diary import Diary
from app.store.errors import WriteFailed
from tests.support.exports import fill_small_diary, new_key

BERLIN = ZoneInfo("Europe/Berlin")


def fail_on(diary: Diary, event: str, table: str) -> None:
    """Make every `event` (INSERT, UPDATE, DELETE) on `table` fail inside SQLite."""
    with diary._connection() as conn:  # noqa: SLF001 - the test plants a trigger in the file
        conn.execute(
            f"CREATE TRIGGER fail_{event.lower()}_{table} BEFORE {event} ON {table} "
            "BEGIN SELECT RAISE(ABORT, 'the disk said no'); END"
        )


@pytest.fixture
def diary(tmp_path: Path) -> Diary:
    d = Diary.create_with_key(tmp_path / "d.dosebook", new_key())
    fill_small_diary(d)
    yield d
    d.close()


def _shot(diary: Diary) -> Injection:
    p = diary.protocols()[0]
    return Injection(
        None, datetime(2026, 9, 21, 20, tzinfo=BERLIN), p.id, 1.6, "mg", "buttock-right", vial_id=1
    )


def test_logging_a_dose_and_finishing_its_vial_is_one_write(diary: Diary) -> None:
    vial = diary.vials()[0]
    fail_on(diary, "UPDATE", "vial")
    before = diary.injections()
    with pytest.raises(WriteFailed, match="Nothing from this change was saved"):
        diary.log_injection(_shot(diary), replace(vial, finished_on=date(2026, 9, 21)))
    assert diary.injections() == before  # the dose was not logged on its own
    assert diary.vials() == [vial]


def test_undoing_a_log_is_one_write(diary: Diary) -> None:
    vial = diary.vials()[0]
    shot = diary.log_injection(_shot(diary), replace(vial, finished_on=date(2026, 9, 21)))
    fail_on(diary, "UPDATE", "vial")
    with pytest.raises(WriteFailed):
        diary.unlog_injection(shot.id, vial)
    assert shot in diary.injections()  # still there: the undo did nothing, not half


def test_changing_a_dose_and_its_vial_is_one_write(diary: Diary) -> None:
    shot = diary.injections()[0]
    fail_on(diary, "UPDATE", "vial")
    with pytest.raises(WriteFailed):
        diary.update_injection(
            replace(shot, dose=1.5), replace(diary.vials()[0], finished_on=date(2026, 9, 8))
        )
    assert diary.injections()[0] == shot


def test_undoing_a_delete_with_its_reaction_is_one_write(diary: Diary) -> None:
    shot = diary.injections()[0]
    reaction = diary.reactions_of(shot.id)[0]
    gone = diary.delete_injection(shot.id)
    fail_on(diary, "UPDATE", "site_reaction")
    with pytest.raises(WriteFailed):
        diary.restore_injection(gone, [reaction.id])
    assert diary.injection(shot.id) is None


def test_deleting_a_panel_with_its_results_is_one_write(diary: Diary) -> None:
    panel = diary.panels()[0]
    fail_on(diary, "DELETE", "lab_panel")
    with pytest.raises(WriteFailed):
        diary.delete_panel(panel.id)
    assert diary.panels() == [panel]


def test_resuming_a_course_is_one_write(diary: Diary) -> None:
    p = diary.pause_protocol(diary.protocols()[0].id, date(2026, 10, 1))
    fail_on(diary, "INSERT", "protocol")
    with pytest.raises(WriteFailed):
        diary.resume_protocol(p.id, date(2026, 10, 15))
    assert diary.protocols() == [p]  # not closed without its continuation


def test_an_import_that_fails_at_its_last_table_leaves_nothing(
    tmp_path: Path, diary: Diary
) -> None:
    doc = diary.export_json()
    with Diary.create_with_key(tmp_path / "t.dosebook", new_key()) as target:
        fail_on(target, "INSERT", "rule_state")  # the last list the import writes
        with pytest.raises(WriteFailed):
            target.import_json(doc)
        assert target.injections() == [] and target.panels() == []
        assert target.profile().name == ""
        assert json.loads(target.export_json())["protocols"] == []


def test_notices_come_after_the_commit_and_a_failing_view_is_not_a_failed_save(
    diary: Diary,
) -> None:
    seen_in_listener: list[int] = []
    heard: list[Change] = []
    display_problems: list[BaseException] = []

    def broken_view(changes: Change) -> None:
        seen_in_listener.append(len(diary.injections()))  # the commit is already visible
        raise RuntimeError("this view has a bug")

    diary.subscribe(broken_view)
    diary.subscribe(heard.append)
    diary.on_refresh_failed = display_problems.append
    before = len(diary.injections())
    saved = diary.log_injection(_shot(diary))  # no exception: it was saved
    assert saved.id is not None and len(diary.injections()) == before + 1
    assert seen_in_listener == [before + 1]
    assert heard == [Change.INJECTIONS]  # the other views still heard of it
    assert [type(e) for e in display_problems] == [RuntimeError]


def test_a_refused_action_tells_no_one(diary: Diary) -> None:
    heard: list[Change] = []
    diary.subscribe(heard.append)
    with pytest.raises(UserError):
        diary.save_reaction(
            SiteReaction(None, None, "elbow", datetime(2026, 9, 8, tzinfo=BERLIN), "redness", 1)
        )
    with pytest.raises(UserError):
        diary.save_protocol(
            Protocol(None, "X", 1, "mg", weekdays=(0,), time_of_day=time(8), window_hours=0)
        )
    with pytest.raises(UserError):
        diary.save_vial(Vial(None, "X", reconstituted_at=datetime(2026, 1, 1) + timedelta(0)))
    assert heard == []
