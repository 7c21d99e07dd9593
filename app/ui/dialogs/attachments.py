"""The paper report kept with its lab panel, or photos kept with a site reaction.

Files are kept encrypted inside the diary (and so in its backups). Pictures are shown here; a
PDF cannot be drawn without a PDF library, so it is listed and can be saved as a copy to open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.checks.attachments import size_text
from app.domain.records import Attachment
from app.store.diary import Diary
from app.store.files.private import write_private_bytes
from app.ui.actions import run_action
from app.ui.dialogs.attachment_files import PICTURE_PATTERNS, picture, prepare_file
from app.ui.screens import fit_to_screen

translate = QCoreApplication.translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
THUMB = QSize(96, 96)
ChooseFile = Callable[[QWidget], Path | None]


def choose_file(parent: QWidget) -> Path | None:
    """Ask for a photo or PDF to attach."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Attachments", "Attach a photo or PDF"),
        str(Path.home()),
        translate("Attachments", "Photos and PDFs ({patterns} *.pdf);;All files (*)").format(
            patterns=PICTURE_PATTERNS
        ),
    )
    return Path(path) if path else None


class AttachmentsDialog(QDialog):
    """List, show, add, save a copy of and remove the files kept with one panel or reaction."""

    def __init__(
        self,
        diary: Diary,
        panel_id: int | None = None,
        reaction_id: int | None = None,
        title: str = "",
        parent: QWidget | None = None,
        choose: ChooseFile = choose_file,
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self.panel_id, self.reaction_id = panel_id, reaction_id
        self._choose = choose
        self.attachments: list[Attachment] = []
        self.setWindowTitle(title or translate("Attachments", "Attachments"))
        self.list = QListWidget()
        self.list.setIconSize(THUMB)
        self.list.setAccessibleName(translate("Attachments", "Attached files"))
        self.view = QLabel()
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(translate("Attachments", "The attached file"))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.view)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(1, 3)
        hint = QLabel(
            translate(
                "Attachments",
                "Kept encrypted inside the diary, and in its backups. Photos are stored without "
                "their hidden details (such as where they were taken).",
            )
        )
        hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.add_button = QPushButton(translate("Attachments", "&Add a photo or PDF…"))
        self.save_button = QPushButton(translate("Attachments", "&Save a copy…"))
        self.remove_button = QPushButton(translate("Attachments", "&Remove…"))
        close = QPushButton(translate("Attachments", "Close"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._show_current)
        self.add_button.clicked.connect(self.add_file)
        self.save_button.clicked.connect(self.save_copy)
        self.remove_button.clicked.connect(self.remove_current)
        close.clicked.connect(self.accept)
        fit_to_screen(self, QSize(900, 600))
        self.reload()

    # ----- showing ----------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        self.attachments = self.diary.attachments_of(self.panel_id, self.reaction_id)
        self.list.clear()
        for attachment in self.attachments:
            item = QListWidgetItem(f"{attachment.name}\n{size_text(attachment.size)}")
            item.setData(ID_ROLE, attachment.id)
            if attachment.media_type.startswith("image/"):
                pixmap = QPixmap.fromImage(picture(self.diary.attachment_data(attachment.id)))
                item.setIcon(QIcon(pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio)))
            self.list.addItem(item)
        ids = [a.id for a in self.attachments]
        self.list.setCurrentRow(ids.index(select) if select in ids else min(0, len(ids) - 1))
        has = bool(self.attachments)
        self.save_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        if not has:
            self.view.setPixmap(QPixmap())
            self.view.setText(
                translate(
                    "Attachments", "Nothing attached yet. Add a photo of the report, or its PDF."
                )
            )

    def current(self) -> Attachment | None:
        row = self.list.currentRow()
        return self.attachments[row] if 0 <= row < len(self.attachments) else None

    def _show_current(self) -> None:
        attachment = self.current()
        if attachment is None:
            return
        if attachment.media_type == "application/pdf":
            self.view.setPixmap(QPixmap())
            self.view.setText(
                translate(
                    "Attachments",
                    "{name}: a PDF of {size}. Dosebook keeps it, but cannot show PDF pages; "
                    "save a copy to open it.",
                ).format(name=attachment.name, size=size_text(attachment.size))
            )
            return
        image = picture(self.diary.attachment_data(attachment.id))
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        width = max(200, self.scroll.viewport().width() - bar - 8)
        self.view.setPixmap(
            QPixmap.fromImage(image).scaledToWidth(
                min(width, image.width()), Qt.TransformationMode.SmoothTransformation
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._show_current()  # the picture takes the width there is

    # ----- changing ---------------------------------------------------------------------------

    def add_file(self, path: Path | None = None) -> Attachment | None:
        """Attach a photo (re-encoded without its EXIF data) or a PDF."""
        path = path or self._choose(self)
        if path is None:
            return None

        def add() -> Attachment:
            media_type, name, data = prepare_file(path)
            record = Attachment(None, media_type, name, len(data), self.panel_id, self.reaction_id)
            return self.diary.add_attachment(record, data)

        done = run_action(add, self, show=lambda text: self.message.setText("⚠ " + text))
        if done.ok:
            self.message.clear()
            self.reload(select=done.value.id)
        return done.value

    def save_copy(self, path: Path | None = None) -> Path | None:
        """Write the file out (readable by you only), for opening in another program."""
        attachment = self.current()
        if attachment is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, translate("Attachments", "Save a copy"), str(Path.home() / attachment.name)
            )
            path = Path(chosen) if chosen else None
        if path is None:
            return None
        data = self.diary.attachment_data(attachment.id)
        done = run_action(
            lambda: write_private_bytes(path, data), self, translate("Attachments", "Not saved")
        )
        if done.ok:
            self.message.setText(
                translate("Attachments", "Saved a copy to {path}. It is NOT encrypted.").format(
                    path=path
                )
            )
        return path if done.ok else None

    def remove_current(self, ask: bool = True) -> bool:
        attachment = self.current()
        if attachment is None:
            return False
        if ask:
            answer = QMessageBox.question(
                self,
                translate("Attachments", "Remove attachment"),
                translate(
                    "Attachments", "Remove {name} from the diary? This cannot be undone."
                ).format(name=attachment.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        done = run_action(lambda: self.diary.delete_attachment(attachment.id), self)
        if done.ok:
            self.reload()
        return done.ok
