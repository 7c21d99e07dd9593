"""The day's entry: opens on today, a small calendar for other days, one key to save."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QKeySequence, QShortcut, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.diary import can_save, validate_entry
from app.domain.records import DiaryEntry
from app.store.diary import Diary
from app.ui.actions import run_action
from app.ui.diary.entry_fields import EntryFields, TemperatureNotANumber, muted_label
from app.ui.diary.text import day_label, translate

SAVE_KEYS = (QKeySequence("Ctrl+S"), QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"))
PREVIOUS_DAY_KEY = QKeySequence("Alt+Left")
NEXT_DAY_KEY = QKeySequence("Alt+Right")
TODAY_KEY = QKeySequence("Alt+Home")


def plain_calendar(calendar: QCalendarWidget) -> None:
    """Look like the Injections tab's calendar: weekends in the text colour, not red, and the
    month's name on the window colour rather than a band of highlight."""
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(day, QTextCharFormat())
    calendar.setStyleSheet(
        "QWidget#qt_calendar_navigationbar { background: palette(window); }"
        "QWidget#qt_calendar_navigationbar QToolButton { color: palette(window-text); }"
    )
    # The style's arrow icons are black, and vanish on a dark palette: arrows in text instead.
    for name, arrow, words in (
        ("qt_calendar_prevmonth", "◀", translate("DiaryTab", "Previous month")),
        ("qt_calendar_nextmonth", "▶", translate("DiaryTab", "Next month")),
    ):
        button = calendar.findChild(QToolButton, name)
        if button is not None:
            button.setIcon(QIcon())
            button.setText(arrow)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(words)


def key_text(key: QKeySequence) -> str:
    """A shortcut as this platform writes it (Ctrl+S, or ⌘S on a Mac)."""
    return key.toString(QKeySequence.SequenceFormat.NativeText)


class EntryPage(QWidget):
    """One entry per day. Unsaved changes are never dropped without asking."""

    saved = Signal(object)  # the saved DiaryEntry

    def __init__(
        self, diary: Diary, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self._today = today
        self._loaded = DiaryEntry(day=today())
        self._exists = False
        self._site_text: Callable[[date], str] = lambda _day: ""

        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        plain_calendar(self.calendar)
        self.calendar.setAccessibleName(translate("DiaryTab", "Choose a day"))
        self.calendar.setMaximumWidth(self.calendar.sizeHint().width() + 20)
        self.calendar.activated.connect(self._calendar_picked)
        self.calendar.clicked.connect(self._calendar_picked)
        self._bold_days: set[date] = set()

        self.title = QLabel()
        self.title.setObjectName("entryDay")
        self.title.setAccessibleName(translate("DiaryTab", "Day of this entry"))
        self.state = muted_label("")
        self.previous_button = QPushButton(translate("DiaryTab", "◀ Previous day"))
        self.today_button = QPushButton(translate("DiaryTab", "Today"))
        self.next_button = QPushButton(translate("DiaryTab", "Next day ▶"))
        for button, key, slot in (
            (self.previous_button, PREVIOUS_DAY_KEY, lambda: self._step(-1)),
            (self.today_button, TODAY_KEY, lambda: self.show_day(self._today())),
            (self.next_button, NEXT_DAY_KEY, lambda: self._step(1)),
        ):
            button.setToolTip(f"{button.text()} ({key_text(key)})")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(slot)
            QShortcut(key, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.fields = EntryFields()
        self.fields.site_hint.linkActivated.connect(self._open_injections_tab)

        self.save_button = QPushButton(translate("DiaryTab", "Save"))
        self.save_button.setDefault(False)
        self.save_button.setAccessibleName(translate("DiaryTab", "Save this day's entry"))
        self.save_button.clicked.connect(self.save)
        save_keys = " · ".join(key_text(k) for k in SAVE_KEYS[:2])
        self.save_hint = muted_label(
            translate("DiaryTab", "Press {keys} to save from anywhere in the form.").format(
                keys=save_keys
            )
        )
        self.save_button.setText(
            translate("DiaryTab", "Save  ({key})").format(key=key_text(SAVE_KEYS[0]))
        )
        self.status = QLabel()
        self.status.setObjectName("entryStatus")
        self.status.setWordWrap(True)
        for key in SAVE_KEYS:
            QShortcut(key, self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._layout()
        QWidget.setTabOrder(self.fields.last_input(), self.save_button)
        QWidget.setTabOrder(self.save_button, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.today_button)
        QWidget.setTabOrder(self.today_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.calendar)
        self.show_day(today(), ask=False)

    def _layout(self) -> None:
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.today_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addWidget(
            muted_label(translate("DiaryTab", "Days in bold have an entry. Missing days are fine."))
        )
        left.addStretch(1)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.state, 1, Qt.AlignmentFlag.AlignBottom)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.save_hint, 1)
        right = QVBoxLayout()
        right.addLayout(header)
        right.addWidget(self.fields)
        right.addLayout(save_row)
        right.addWidget(self.status)
        right.addStretch(1)
        form_box = QWidget()
        form_box.setLayout(right)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_box)
        scroll.viewport().setAutoFillBackground(False)  # the page's own background shows through
        form_box.setAutoFillBackground(False)

        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(scroll, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(nav)
        outer.addLayout(body, 1)

    # ----- what the tab tells us ------------------------------------------------------------

    def set_context(
        self,
        entry_days: Iterable[date],
        tags: list[str],
        site_text: Callable[[date], str],
        symptoms: Iterable[str] = (),
    ) -> None:
        """Days that have an entry (bold in the calendar), known tags and own symptoms, and
        site-reaction text."""
        plain = QTextCharFormat()
        for day in self._bold_days:
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), plain)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setFontUnderline(True)  # bold alone is easy to miss
        self._bold_days = set(entry_days)
        for day in self._bold_days:
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), bold)
        self.fields.tags.set_known_tags(tags)
        self.fields.symptoms.set_known_symptoms(list(symptoms))
        self._site_text = site_text
        self._show_site_hint()

    # ----- days -----------------------------------------------------------------------------

    @property
    def day(self) -> date:
        """The day the form shows."""
        return self._loaded.day

    def is_dirty(self) -> bool:
        """True when the form holds something not saved yet."""
        try:
            return self.fields.entry() != self._loaded
        except TemperatureNotANumber:
            return True

    def show_day(self, day: date, ask: bool = True) -> bool:
        """Show a day's entry (or an empty one); asks first about unsaved changes."""
        if ask and day != self.day and self.is_dirty() and not self._settle_changes():
            return False
        stored = self.diary.entry(day)
        self._exists = stored is not None
        self._loaded = stored or DiaryEntry(day=day)
        self.fields.show_entry(self._loaded)
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self._show_title()
        self._show_site_hint()
        self.status.clear()
        if self.isVisible():
            self.fields.first_input().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def reload(self) -> None:
        """Show the stored entry again, unless the person is in the middle of editing."""
        if not self.is_dirty():
            self.show_day(self.day, ask=False)

    def _step(self, days: int) -> None:
        self.show_day(self.day + timedelta(days=days))

    def _calendar_picked(self, picked: QDate) -> None:
        day = date(picked.year(), picked.month(), picked.day())
        if not self.show_day(day):
            self.calendar.setSelectedDate(QDate(self.day.year, self.day.month, self.day.day))

    def _settle_changes(self) -> bool:
        """Ask what to do with unsaved changes; True when it is fine to move on."""
        answer = QMessageBox.question(
            self,
            translate("DiaryTab", "Unsaved changes"),
            translate("DiaryTab", "Save the changes to {day} first?").format(
                day=day_label(self.day, self._today())
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _show_title(self) -> None:
        today = self._today()
        text = day_label(self.day, today)
        if self.day == today:
            text = translate("DiaryTab", "{day} · today").format(day=text)
        self.title.setText(text)
        self.state.setText(
            translate("DiaryTab", "editing the saved entry")
            if self._exists
            else translate("DiaryTab", "new entry")
        )

    def _show_site_hint(self) -> None:
        logged = self._site_text(self.day)
        hint = translate(
            "DiaryTab",
            "To describe it (redness, swelling, grade), log a site reaction<br>"
            'with the injection in the <a href="injections">Injections tab</a>.',
        )
        self.fields.site_hint.setText(f"{logged}<br>{hint}" if logged else hint)

    def _open_injections_tab(self, _link: str) -> None:
        """Switch the main window to its Injections tab, where reactions are logged."""
        tabs = getattr(self.window(), "tabs", None)
        if tabs is None:
            return
        for index in range(tabs.count()):
            # The title as the tab registry (app/ui/tabs.py) translates it.
            if tabs.tabText(index) == QCoreApplication.translate("Tabs", "Injections"):
                tabs.setCurrentIndex(index)

    # ----- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Check and save the form; True when saved (or nothing needed saving)."""
        try:
            entry = self.fields.entry()
        except TemperatureNotANumber:
            self._refuse(
                {
                    "temperature_c": translate(
                        "DiaryTab", "Type the temperature as a number, e.g. 38.2."
                    )
                }
            )
            return False
        if not self._exists and entry == DiaryEntry(day=entry.day):
            self.fields.show_problems({})
            self.status.setText(
                translate("DiaryTab", "Nothing to save yet: choose a rating or write a note.")
            )
            return False
        problems = validate_entry(entry, self._today())
        blocking = {p.field: p.message for p in problems if p.blocking}
        if not can_save(problems):
            self._refuse(blocking)
            return False
        self.fields.show_problems({})
        for question in (p for p in problems if not p.blocking):
            answer = QMessageBox.question(
                self,
                translate("DiaryTab", "Save this entry?"),
                question.message,
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                self.status.setText(translate("DiaryTab", "Not saved."))
                return False
        done = run_action(
            lambda: self.diary.save_entry(entry),
            self,
            show=lambda message: self.status.setText(f"⚠ {message}"),
        )
        if not done.ok:
            return False
        self._loaded, self._exists = entry, True
        self._show_title()
        self.status.setText(
            translate("DiaryTab", "Saved {day}.").format(day=day_label(entry.day, self._today()))
        )
        self.saved.emit(entry)
        return True

    def _refuse(self, messages: dict[str, str]) -> None:
        self.fields.show_problems(messages)
        self.status.setText(
            translate("DiaryTab", "Not saved yet: please fix what is marked with ⚠.")
        )
        first = next(iter(messages), "")
        self.fields.field_widget(first).setFocus(Qt.FocusReason.OtherFocusReason)
