"""File → New diary… and File → Open diary…: another diary in the same window.

The new diary is claimed (locked for this window) before its passphrase is asked; the one shown
before is closed and its claim released only once the new one is open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.domain.errors import UserError
from app.paths import DIARY_SUFFIX, default_diary_path
from app.store.errors import NotADiary, ReadFailed
from app.ui.life.handover import same_file
from app.ui.life.unlock import create_diary_interactively, unlock_interactively

if TYPE_CHECKING:
    from app.store.diary import Diary
    from app.ui.life.handover import DiaryClaim
    from app.ui.life.launch import Controller

translate = QCoreApplication.translate


def new_diary(controller: Controller) -> None:
    path, _ = QFileDialog.getSaveFileName(
        controller.window,
        translate("Launch", "New diary"),
        str(default_diary_path().parent),
        f"Dosebook diary (*{DIARY_SUFFIX})",
    )
    if not path:
        return
    target = Path(path)
    if target.suffix != DIARY_SUFFIX:
        target = target.with_suffix(DIARY_SUFFIX)
    claim = controller.claim_diary(target)
    if claim is None:
        return
    try:
        diary = create_diary_interactively(target)
    except UserError as err:
        QMessageBox.warning(controller.window, translate("Launch", "Diary not created"), str(err))
        diary = None
    _show_or_release(controller, diary, claim, created=True)


def open_path(controller: Controller, path: Path) -> None:
    if controller.diary is not None and same_file(path, controller.diary.path):
        return  # it is open here already
    claim = controller.claim_diary(path)
    if claim is None:
        return
    try:
        diary = unlock_interactively(path)
    except (NotADiary, ReadFailed) as err:
        diary = controller.safe.recover(path, str(err), controller.window)
    except UserError as err:
        QMessageBox.warning(controller.window, translate("Launch", "Diary not opened"), str(err))
        diary = None
    _show_or_release(controller, diary, claim)


def _show_or_release(
    controller: Controller, diary: Diary | None, claim: DiaryClaim, created: bool = False
) -> None:
    if diary is None:
        claim.release()
        return
    claim.listen()
    if created:  # then the first-run questions
        controller.show_created(diary, claim=claim)
    else:
        controller.show(diary, claim=claim)
