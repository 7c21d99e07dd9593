"""The day's symptoms: the reactions the label names as boxes, and a line for the person's own.

Keyboard: the boxes are one Tab stop (arrow keys move between them, Space ticks one), the line is
the next; so an entry without symptoms costs two Tab presses, not four.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from app.domain.symptoms import LABEL_SYMPTOMS, normalize_symptoms
from app.ui.diary.tag_input import TagInput
from app.ui.diary.text import translate

_STEP = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


def symptom_label(symptom: str) -> str:
    """A symptom of the label's as the form shows it."""
    return {
        "rash": translate("DiaryTab", "Rash"),
        "joint_pain": translate("DiaryTab", "Joint pain"),
        "hand_swelling": translate("DiaryTab", "Swollen hands"),
    }.get(symptom, symptom)


class SymptomInput(QWidget):
    """Boxes for rash, joint pain and swollen hands, then the person's own symptoms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, symptom in enumerate(LABEL_SYMPTOMS):
            box = QCheckBox(symptom_label(symptom))
            box.setToolTip(
                translate("DiaryTab", "Arrow keys move between these boxes; Space ticks one.")
            )
            if index:
                box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # one Tab stop for the boxes
            box.installEventFilter(self)
            self.boxes[symptom] = box
            row.addWidget(box)
        row.addSpacing(8)
        self.own = TagInput()
        self.own.setAccessibleName(translate("DiaryTab", "Other symptoms, separated by commas"))
        self.own.setPlaceholderText(translate("DiaryTab", "other symptoms: headache, sore throat"))
        row.addWidget(self.own, 1)

    def first_box(self) -> QCheckBox:
        return self.boxes[LABEL_SYMPTOMS[0]]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Arrow keys move between the boxes; Tab leaves them for the line, Shift+Tab goes back
        to the field before them, from whichever box has the focus."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        boxes = list(self.boxes.values())
        at = next((i for i, box in enumerate(boxes) if box is watched), None)
        if at is None:
            return super().eventFilter(watched, event)
        key = Qt.Key(event.key())
        if key in _STEP:
            boxes[(at + _STEP[key]) % len(boxes)].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.own.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key == Qt.Key.Key_Backtab or key == Qt.Key.Key_Tab:
            before = self._before_boxes()
            if before is not None:
                before.setFocus(Qt.FocusReason.BacktabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _before_boxes(self) -> QWidget | None:
        """The field Shift+Tab reaches from the first box."""
        widget = self.first_box().previousInFocusChain()
        while widget is not None and widget is not self.first_box():
            policy = widget.focusPolicy()
            if policy & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
                return widget
            widget = widget.previousInFocusChain()
        return None

    def set_known_symptoms(self, symptoms: Sequence[str]) -> None:
        """Offer these of the person's own symptoms while typing."""
        self.own.set_known_tags(symptoms)

    def symptoms(self) -> tuple[str, ...]:
        """Ticked boxes and typed symptoms, tidied (the label's names become their ids)."""
        ticked = [symptom for symptom, box in self.boxes.items() if box.isChecked()]
        return normalize_symptoms([*ticked, self.own.text()])

    def set_symptoms(self, symptoms: Sequence[str]) -> None:
        """Tick the label's symptoms and write the rest in the line."""
        for symptom, box in self.boxes.items():
            box.setChecked(symptom in symptoms)
        self.own.set_tags([s for s in symptoms if s not in self.boxes])
