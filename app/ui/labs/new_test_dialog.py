"""Adding a test the catalogue does not have: its name, unit and the range the report prints."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n.seeds import group_name
from app.domain.labs import normalise_unit, parse_range
from app.domain.records import LabTest
from app.store.diary import Diary
from app.ui.actions import run_action

translate = QCoreApplication.translate

_OWN_GROUP = "Other"


def new_test_code(name: str, taken: set[str]) -> str:
    """A short, unused code for a user's test: "my-vitamin-d", "my-vitamin-d-2"."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:40] or "test"
    code, n = f"my-{slug}", 2
    while code in taken:
        code, n = f"my-{slug}-{n}", n + 1
    return code


def _group_of(box: QComboBox) -> str:
    """The group picked (its id) or typed (as typed)."""
    typed = box.currentText().strip()
    index = box.findText(typed)
    return str(box.itemData(index)) if index >= 0 else (typed or _OWN_GROUP)


class NewTestDialog(QDialog):
    """Name, abbreviation, group, unit and range; saved with `Diary.save_lab_test`."""

    def __init__(self, diary: Diary, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.saved: LabTest | None = None
        self._tests = diary.lab_tests()
        self.setWindowTitle(translate("Labs", "New test"))
        self.name_edit = QLineEdit(name)
        self.abbrev_edit = QLineEdit()
        self.group_box = QComboBox()
        self.group_box.setEditable(True)
        groups = list(dict.fromkeys(t.group for t in self._tests))
        for group in groups if _OWN_GROUP in groups else [*groups, _OWN_GROUP]:
            shown = translate("Labs", "Other") if group == _OWN_GROUP else group_name(group)
            self.group_box.addItem(shown, group)  # shown in words, kept as the id
        self.group_box.setCurrentIndex(self.group_box.findData(_OWN_GROUP))
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(translate("Labs", "e.g. ng/mL, as on the report"))
        self.range_edit = QLineEdit()
        self.range_edit.setPlaceholderText(translate("Labs", "e.g. 30–100, <6.4 or >60"))
        self.words_box = QCheckBox(
            translate("Labs", "The result is a word, such as positive or negative")
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        for text, field in (
            (translate("Labs", "&Name:"), self.name_edit),
            (translate("Labs", "A&bbreviation:"), self.abbrev_edit),
            (translate("Labs", "&Group:"), self.group_box),
            (translate("Labs", "&Unit:"), self.unit_edit),
            (translate("Labs", "&Range:"), self.range_edit),
        ):
            form.addRow(text, field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow("", self.words_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.words_box.toggled.connect(self._words_toggled)

    def _words_toggled(self, words: bool) -> None:
        self.unit_edit.setEnabled(not words)
        if words and not self.range_edit.text().strip():
            self.range_edit.setText("negative")

    def test(self) -> LabTest | None:
        """The test as typed, or None with a message shown."""
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.message.setText("⚠ " + translate("Labs", "Type the test's name."))
            return None
        if any(t.name.casefold() == name.casefold() for t in self._tests):
            self.message.setText(
                "⚠ "
                + translate("Labs", "A test called '{name}' is already in the list.").format(
                    name=name
                )
            )
            return None
        words = self.words_box.isChecked()
        typed_unit = self.unit_edit.text().strip()
        unit = "" if words else (normalise_unit(typed_unit) or typed_unit)
        low, high, _ = parse_range(self.range_edit.text()) if not words else (None, None, "")
        return LabTest(
            code=new_test_code(name, {t.code for t in self._tests}),
            name=name,
            group=_group_of(self.group_box),
            unit=unit,
            abbrev=self.abbrev_edit.text().strip(),
            qualitative=words,
            low_male=low,
            high_male=high,
            low_female=low,
            high_female=high,
            user_defined=True,
        )

    def save(self) -> None:
        """Save the test to the diary's catalogue."""
        test = self.test()
        if test is None:
            return
        done = run_action(lambda: self.diary.save_lab_test(test), self, show=self._show_error)
        if done.ok:
            self.saved = done.value
            self.accept()

    def _show_error(self, message: str) -> None:
        self.message.setText("⚠ " + message)
