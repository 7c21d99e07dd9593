"""What the File and Help menus do with the open diary: open another, back up, export to JSON,
about. Their texts keep the main window's translation context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.ui.actions import run_action
from app.ui.screens import documents_folder

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

translate = QCoreApplication.translate


def choose_diary(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        translate("MainWindow", "Open diary"),
        str(window.path.parent),
        translate("MainWindow", "Dosebook diary (*.dosebook *.db);;All files (*)"),
    )
    if path:
        window.open_diary_requested.emit(Path(path))


def backup(window: MainWindow) -> None:
    suggested = documents_folder() / (window.diary.path.stem + "-backup.dosebook")
    path, _ = QFileDialog.getSaveFileName(
        window,
        translate("MainWindow", "Back up diary"),
        str(suggested),
        translate("MainWindow", "Dosebook diary (*.dosebook)"),
    )
    if not path:
        return
    done = run_action(
        lambda: window.diary.backup_to(Path(path)),
        window,
        translate("MainWindow", "Backup not written"),
    )
    if not done.ok:
        return
    target = done.value
    QMessageBox.information(
        window,
        translate("MainWindow", "Backup written"),
        translate(
            "MainWindow",
            "An encrypted, verified copy was written to {path}. It opens with the same passphrase.",
        ).format(path=target),
    )


def export(window: MainWindow) -> None:
    answer = QMessageBox.question(
        window,
        translate("MainWindow", "Export is not encrypted"),
        translate(
            "MainWindow",
            "The export is a plain JSON file that anyone who finds it can read. "
            "Keep it safe and delete it when you no longer need it. Continue?",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    suggested = documents_folder() / (window.diary.path.stem + "-export.json")
    path, _ = QFileDialog.getSaveFileName(
        window,
        translate("MainWindow", "Export diary"),
        str(suggested),
        translate("MainWindow", "JSON (*.json)"),
    )
    if not path:
        return
    from app.store.files.private import write_private_text

    run_action(
        lambda: write_private_text(Path(path), window.diary.export_json()),
        window,
        translate("MainWindow", "Export not written"),
    )


def about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        translate("MainWindow", "About Dosebook"),
        translate(
            "MainWindow",
            "<b>Dosebook</b><br>An offline, encrypted diary for an injectable protocol.<br>"
            "It records and charts; it never diagnoses and never suggests a dose. "
            "Talk to your doctor about what you see here.<br><br>"
            "Diary file: {path}",
        ).format(path=window.path),
    )
