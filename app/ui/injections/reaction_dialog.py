"""Note a reaction at an injection's site: what it looks like, its grade (1–3) and when it settled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import SEVERE_REACTION_KINDS, Injection, SiteReaction
from app.store.writing.injection_log import REACTION_KINDS
from app.ui.actions import run_action
from app.ui.injections.qtime import from_qdatetime, qzone, to_qdatetime
from app.ui.injections.texts import translate
from app.ui.style import is_dark
from app.ui.warnings.guidance import emergency_html, emergency_title, site_doctor_text


def kind_words() -> dict[str, str]:
    """Each reaction kind as people say it."""
    return {
        "redness": translate("Injections", "Redness"),
        "swelling": translate("Injections", "Swelling"),
        "pain": translate("Injections", "Pain or tenderness"),
        "itching": translate("Injections", "Itching"),
        "lump": translate("Injections", "Lump under the skin"),
        "bruise": translate("Injections", "Bruise"),
        "open_sore": translate("Injections", "Open sore"),
        "dead_skin": translate("Injections", "Dark or dead-looking skin"),
        "other": translate("Injections", "Something else"),
    }


def grade_words() -> dict[int, str]:
    """The CTCAE v5 grades of an injection-site reaction, in plain words (domain/sites.md)."""
    return {
        1: translate("Injections", "1 · Mild: tender, warm, red or itchy"),
        2: translate("Injections", "2 · Moderate: painful, swollen, or a lump or dent in the fat"),
        3: translate("Injections", "3 · Severe: an open sore or dead skin"),
    }


class ReactionDialog(QDialog):
    """Add a reaction to an injection later, or change one."""

    def __init__(
        self,
        injection: Injection,
        tz: ZoneInfo,
        now: datetime,
        existing: SiteReaction | None = None,
        save: Callable[[SiteReaction], None] | None = None,
        parent: QWidget | None = None,
        photos: Callable[[QWidget], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.injection = injection
        self.tz = tz
        self.existing = existing
        self.setWindowTitle(translate("Injections", "Site reaction"))
        self.kind_box = QComboBox()
        for kind in REACTION_KINDS:
            self.kind_box.addItem(kind_words()[kind], kind)
        self.grade_group = QButtonGroup(self)
        grades_box = QWidget()
        grades = QVBoxLayout(grades_box)
        grades.setContentsMargins(0, 0, 0, 0)
        grades.setSpacing(4)
        for grade, words in grade_words().items():
            button = QRadioButton(words)
            self.grade_group.addButton(button, grade)
            grades.addWidget(button)
        self.seen_edit = QDateTimeEdit()
        self.seen_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.seen_edit.setCalendarPopup(True)
        self.resolved_box = QCheckBox(translate("Injections", "It has settled"))
        self.resolved_edit = QDateTimeEdit()
        self.resolved_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.resolved_edit.setCalendarPopup(True)
        self.notes_edit = QLineEdit()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        advice = QLabel(site_doctor_text())
        advice.setWordWrap(True)
        self.emergency = QLabel(emergency_html())
        self.emergency.setObjectName("emergencyNote")
        self.emergency.setTextFormat(Qt.TextFormat.RichText)
        self.emergency.setWordWrap(True)
        frame = "#ef9a9a" if is_dark(self.palette()) else "#c62828"
        self.emergency.setStyleSheet(
            f"QLabel#emergencyNote {{ border: 2px solid {frame}; border-radius: 4px; padding: 6px; }}"
        )
        self.emergency.setAccessibleName(emergency_title())
        form = QFormLayout()
        form.addRow(translate("Injections", "&What"), self.kind_box)
        form.addRow(translate("Injections", "Grade"), grades_box)
        form.addRow(translate("Injections", "&Seen at"), self.seen_edit)
        form.addRow("", self.resolved_box)
        form.addRow(translate("Injections", "Settled at"), self.resolved_edit)
        form.addRow(translate("Injections", "N&otes"), self.notes_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if photos is not None:
            self.photos_button = buttons.addButton(
                translate("Injections", "&Photos…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.photos_button.setEnabled(existing is not None)
            self.photos_button.setToolTip(
                translate("Injections", "Keep photos of the reaction with it")
                if existing is not None
                else translate("Injections", "Save the reaction first, then add photos")
            )
            self.photos_button.clicked.connect(lambda: photos(self))
        layout = QVBoxLayout(self)
        layout.addWidget(self.emergency)  # first: someone in trouble should not have to look
        layout.addLayout(form)
        layout.addWidget(advice)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resolved_box.toggled.connect(self.resolved_edit.setEnabled)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.seen_edit, self.resolved_edit):
            edit.setTimeZone(qzone(tz))
        self._fill(existing, now)

    def _kind_changed(self, _index: int) -> None:
        """An open sore or dead skin is grade 3 by definition (CTCAE v5)."""
        if self.kind_box.currentData() in SEVERE_REACTION_KINDS:
            self.grade_group.button(3).setChecked(True)

    def _fill(self, existing: SiteReaction | None, now: datetime) -> None:
        if existing is None:
            self.grade_group.button(1).setChecked(True)
            self.seen_edit.setDateTime(to_qdatetime(now.astimezone(self.tz)))
            self.resolved_edit.setDateTime(to_qdatetime(now.astimezone(self.tz)))
            self.resolved_edit.setEnabled(False)
            return
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(existing.kind)))
        self.grade_group.button(existing.grade).setChecked(True)
        self.seen_edit.setDateTime(to_qdatetime(existing.observed_at.astimezone(self.tz)))
        settled = existing.resolved_at
        self.resolved_box.setChecked(settled is not None)
        self.resolved_edit.setDateTime(to_qdatetime((settled or now).astimezone(self.tz)))
        self.resolved_edit.setEnabled(settled is not None)
        self.notes_edit.setText(existing.notes)

    def reaction(self) -> SiteReaction:
        """The reaction as filled in, tied to the injection and its zone."""
        return SiteReaction(
            id=self.existing.id if self.existing else None,
            injection_id=self.injection.id,
            zone_id=self.injection.zone_id,
            observed_at=from_qdatetime(self.seen_edit.dateTime(), self.tz),
            kind=self.kind_box.currentData(),
            grade=self.grade_group.checkedId(),
            resolved_at=(
                from_qdatetime(self.resolved_edit.dateTime(), self.tz)
                if self.resolved_box.isChecked()
                else None
            ),
            notes=self.notes_edit.text().strip(),
        )

    def accept(self) -> None:
        """Save through the tab; stay open and say why when it cannot be saved."""
        save = self._save
        if (
            save is not None
            and not run_action(lambda: save(self.reaction()), self, show=self.show_error).ok
        ):
            return
        super().accept()

    def show_error(self, message: str) -> None:
        """Say why it could not be saved."""
        self.error.setText(message)
        self.error.show()
