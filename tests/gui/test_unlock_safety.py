"""Unlocking in the window: guessing is slowed after three wrong passphrases (and never touches the
file), a keyring that raises is said in one line, a read-only diary says so, and a diary another
process holds is not opened twice."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import keyring
import pytest

from app.access import create_diary, unlock_diary
from app.domain.errors import UserError
from app.domain.records import DiaryEntry
from app.ui.dialogs.passphrase import UnlockDialog
from app.ui.life.launch import Controller
from app.ui.life.lock import LockScreen
from app.vault import guessing
from tests.support.broken_keyring import BrokenKeyring
from tests.support.unlock_answer import answer_unlock_dialog
from tests.unit.test_write_failures import _mount, small_disk  # noqa: F401 - a fixture

PASSPHRASE = "correct horse battery"


@pytest.fixture
def diary_path(tmp_path: Path) -> Path:
    with create_diary(tmp_path / "d.dosebook", PASSPHRASE) as diary:
        diary.save_entry(DiaryEntry(day=date(2026, 3, 1), energy=5))
        return diary.path


def state_of(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    return {
        p.name: (p.stat().st_size, p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()
    }


def attempt_on(path: Path):  # noqa: ANN201
    """What the unlock dialog calls: a real unlock of the file at `path`."""

    def attempt(passphrase: str, _remember: bool = False) -> str | None:
        try:
            unlock_diary(path, passphrase).close()
        except UserError as err:
            return str(err)
        return None

    return attempt


@pytest.mark.parametrize("screen", ["dialog", "lock screen"])
def test_after_three_wrong_passphrases_each_try_waits_longer(
    screen: str, qtbot, diary_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setattr(guessing, "FIRST_WAIT_S", 0.4)
    attempt = attempt_on(diary_path)
    if screen == "dialog":
        widget = UnlockDialog("d.dosebook", attempt, can_remember=False)
    else:
        widget = LockScreen("d.dosebook", attempt)
    qtbot.addWidget(widget)
    before = state_of(diary_path.parent)
    waits = []
    for _ in range(5):
        qtbot.waitUntil(widget.field.isEnabled, timeout=5000)
        widget.field.setText("wrong guess")
        widget._attempt()
        waits.append(not widget.field.isEnabled())
        if waits[-1]:
            assert re.search(r"\. Wait \d s before the next try\.$", widget.error.text())
            assert not widget.unlock_button.isEnabled()
            widget._attempt()  # Enter while waiting does nothing
            assert widget.pacer.wrong == len(waits)
    assert waits == [False, False, True, True, True]
    assert [guessing.wait_after(n) for n in (3, 4, 5)] == [0.4, 0.8, 1.6]
    assert state_of(diary_path.parent) == before  # wrong tries never touched the file
    qtbot.waitUntil(widget.field.isEnabled, timeout=5000)
    widget.field.setText(PASSPHRASE)
    widget._attempt()
    assert widget.pacer.wrong == 0


def test_a_keyring_that_raises_is_said_and_the_passphrase_asked(
    qtbot, diary_path: Path, quiet_boxes
) -> None:  # noqa: ANN001
    keyring.set_keyring(BrokenKeyring())
    asked: list[UnlockDialog] = []

    answer_unlock_dialog(PASSPHRASE, asked)
    controller = Controller()
    controller.start(diary_path)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: controller.window.diary is not None, timeout=20_000)
    assert asked[0].note.text() == (
        "The system keyring did not answer (RuntimeError); type the passphrase."
    )
    assert not asked[0].remember.isEnabled()
    controller.close()


def test_a_diary_another_process_holds_is_not_opened_here(
    qtbot, diary_path: Path, tmp_path: Path, quiet_boxes
) -> None:  # noqa: ANN001
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time\nfrom app.store.files.lock import DiaryLock\n"
         "l = DiaryLock.acquire(sys.argv[1])\nprint('held', flush=True)\ntime.sleep(60)",
         str(diary_path)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline() == "held\n"
        controller = Controller()
        other = create_diary(tmp_path / "other.dosebook", PASSPHRASE)
        controller.show(other)
        qtbot.addWidget(controller.window)
        controller.open_path(diary_path)
        assert controller.diary is other
        assert quiet_boxes[-1][1] == (
            "d.dosebook is being changed by a Dosebook command (an import or a restore). "
            "Open it again when that has finished."
        )
        controller.open_path(other.path)  # the diary open here: nothing happens
        assert controller.diary is other
        controller.close()
    finally:
        holder.kill()
        holder.wait()


def test_a_read_only_diary_says_so_in_the_window(qtbot, small_disk: Path, quiet_boxes) -> None:  # noqa: ANN001, F811
    with create_diary(small_disk / "d.dosebook", PASSPHRASE) as diary:
        path = diary.path
    assert _mount("-o", "remount,ro", str(small_disk)).returncode == 0
    try:
        controller = Controller()
        controller.show(unlock_diary(path, PASSPHRASE))
        window = controller.window
        qtbot.addWidget(window)
        assert window.windowTitle() == "Dosebook — d (read-only)"
        titles = [b.view.title for b in window.banners.banners]
        assert "This diary is read-only: you can look, but not change it." in titles
        controller.close()
    finally:
        assert _mount("-o", "remount,rw", str(small_disk)).returncode == 0
