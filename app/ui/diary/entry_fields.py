"""The input widgets of one day's entry, and turning them into a DiaryEntry and back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.diary import RATING_FIELDS, normalize_entry
from app.domain.i18n.numbers import figure
from app.domain.records import DiaryEntry
from app.ui.diary.rating_input import RatingInput
from app.ui.diary.symptom_input import SymptomInput
from app.ui.diary.tag_input import TagInput
from app.ui.diary.text import (
    SICKNESS_KINDS,
    rating_name,
    rating_scale_hint,
    sickness_name,
    translate,
)


class TemperatureNotANumber(ValueError):
    """The temperature box holds something that is not a number."""


def parse_temperature(text: str) -> float | None:
    """The typed temperature in °C (a comma works as the decimal mark); None when left empty."""
    cleaned = text.strip().replace(",", ".").removesuffix("°C").removesuffix("°").strip()
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        raise TemperatureNotANumber(text) from None


def problem_label() -> QLabel:
    """A hidden line under a field for what is wrong with it; the ⚠ reads without colour."""
    label = QLabel()
    label.setObjectName("entryProblem")
    # No word wrap anywhere in the form: QFormLayout gets the height of wrapped labels in
    # nested rows wrong and squeezes the rows below them into each other.
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def muted_label(text: str, wrap: bool = True) -> QLabel:
    """A small grey hint."""
    label = QLabel(text)
    label.setObjectName("entryHint")
    label.setWordWrap(wrap)
    return label


class EntryFields(QWidget):
    """Ratings, sick today, temperature, symptoms, site trouble, notes and tags, in Tab order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ratings: dict[str, RatingInput] = {}
        self.problems: dict[str, QLabel] = {}
        self._day = date.today()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for name in RATING_FIELDS:
            rating = RatingInput(rating_name(name))
            self.ratings[name] = rating
            form.addRow(
                self._label(rating_name(name), rating),
                self._stack(rating, muted_label(rating_scale_hint(name), wrap=False), name),
            )

        self.sick = QComboBox()
        self.sick.addItem(translate("DiaryTab", "No"), "")
        for kind in SICKNESS_KINDS:
            self.sick.addItem(sickness_name(kind), kind)
        self.sick.setAccessibleName(translate("DiaryTab", "Sick today"))
        self.sick.setToolTip(translate("DiaryTab", "Type the first letter: N, C, F, S or O."))
        sick_row = QHBoxLayout()
        sick_row.addWidget(self.sick)
        sick_row.addWidget(
            muted_label(
                translate("DiaryTab", "a cold, the flu, a stomach bug or something else"),
                wrap=False,
            ),
            1,
        )
        form.addRow(
            self._label(translate("DiaryTab", "Sick today"), self.sick),
            self._stack(sick_row, None, "sick"),
        )

        self.temperature = QLineEdit()
        self.temperature.setAccessibleName(translate("DiaryTab", "Temperature in °C, if taken"))
        self.temperature.setPlaceholderText(translate("DiaryTab", "e.g. 38.2"))
        self.temperature.setMaximumWidth(self.temperature.fontMetrics().horizontalAdvance("0") * 10)
        temp_row = QHBoxLayout()
        temp_row.addWidget(self.temperature)
        temp_row.addWidget(QLabel("°C"))
        temp_row.addSpacing(8)
        temp_row.addWidget(
            muted_label(translate("DiaryTab", "if you took it; leave empty otherwise"), wrap=False),
            1,
        )
        form.addRow(
            self._label(translate("DiaryTab", "Temperature"), self.temperature),
            self._stack(temp_row, None, "temperature_c"),
        )

        self.symptoms = SymptomInput()
        form.addRow(
            self._label(translate("DiaryTab", "Symptoms"), self.symptoms.first_box()),
            self._stack(
                self.symptoms,
                muted_label(
                    translate("DiaryTab", "reactions the label names, and any of your own"),
                    wrap=False,
                ),
                "symptoms",
            ),
        )

        self.site_trouble = QCheckBox(
            translate("DiaryTab", "Discomfort or trouble at an injection site today")
        )
        self.site_hint = muted_label("", wrap=False)
        self.site_hint.setTextFormat(Qt.TextFormat.RichText)
        self.site_hint.setOpenExternalLinks(False)
        self.site_hint.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        form.addRow(
            self._label(translate("DiaryTab", "Injection site"), self.site_trouble),
            self._stack(self.site_trouble, self.site_hint, "site_trouble"),
        )

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the form
        self.notes.setAccessibleName(translate("DiaryTab", "Notes"))
        self.notes.setPlaceholderText(
            translate("DiaryTab", "Anything worth remembering about today")
        )
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 14)
        form.addRow(self._label(translate("DiaryTab", "Notes"), self.notes), self.notes)

        self.tags = TagInput()
        self.tags.setAccessibleName(translate("DiaryTab", "Tags, separated by commas"))
        self.tags.setPlaceholderText(
            translate("DiaryTab", "your own words, separated by commas: travel, poor sleep")
        )
        form.addRow(
            self._label(translate("DiaryTab", "Tags"), self.tags),
            self._stack(self.tags, None, "tags"),
        )

        order: list[QWidget] = [*self.ratings.values(), self.sick, self.temperature]
        order += [self.symptoms.first_box(), self.symptoms.own]
        order += [self.site_trouble, self.notes, self.tags]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _stack(self, field: QWidget | QHBoxLayout, hint: QLabel | None, name: str) -> QWidget:
        """The field, an optional hint and a hidden problem line, one under the other."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(field, QHBoxLayout):
            column.addLayout(field)
        else:
            column.addWidget(field)
        if hint is not None:
            column.addWidget(hint)
        problem = problem_label()
        self.problems[name] = problem
        column.addWidget(problem)
        return box

    # ----- to and from an entry -------------------------------------------------------------

    def show_entry(self, entry: DiaryEntry) -> None:
        """Fill every field from an entry (an empty one for a new day)."""
        self._day = entry.day
        for name, rating in self.ratings.items():
            rating.setValue(getattr(entry, name))
        kind = entry.sickness_kind if entry.sick else ""
        if entry.sick and kind not in SICKNESS_KINDS:
            kind = "other"
        self.sick.setCurrentIndex(max(0, self.sick.findData(kind)))
        self.temperature.setText("" if entry.temperature_c is None else figure(entry.temperature_c))
        self.symptoms.set_symptoms(entry.symptoms)
        self.site_trouble.setChecked(entry.site_trouble)
        self.notes.setPlainText(entry.notes)
        self.tags.set_tags(entry.tags)
        self.show_problems({})

    def entry(self) -> DiaryEntry:
        """The entry as typed, tidied; raises TemperatureNotANumber for a temperature like "38,2x"."""
        kind = self.sick.currentData() or ""
        entry = DiaryEntry(
            day=self._day,
            sick=bool(kind),
            sickness_kind=kind,
            temperature_c=parse_temperature(self.temperature.text()),
            site_trouble=self.site_trouble.isChecked(),
            notes=self.notes.toPlainText().strip(),
            tags=self.tags.tags(),
            symptoms=self.symptoms.symptoms(),
        )
        ratings = {name: rating.value() for name, rating in self.ratings.items()}
        return normalize_entry(replace(entry, **ratings))

    def show_problems(self, messages: dict[str, str]) -> None:
        """Show each message under its field (by field name); hide the others."""
        for name, label in self.problems.items():
            text = messages.get(name, "")
            label.setText(f"⚠ {text}" if text else "")
            label.setVisible(bool(text))

    def field_widget(self, name: str) -> QWidget:
        """The input to focus for a field name from validate_entry."""
        if name in self.ratings:
            return self.ratings[name]
        fields = {
            "sick": self.sick,
            "temperature_c": self.temperature,
            "symptoms": self.symptoms.own,
            "tags": self.tags,
        }
        return fields.get(name, self.ratings[RATING_FIELDS[0]])

    def first_input(self) -> QWidget:
        """Where the keyboard starts: the first rating."""
        return self.ratings[RATING_FIELDS[0]]

    def last_input(self) -> QWidget:
        """The last input in Tab order."""
        return self.tags
