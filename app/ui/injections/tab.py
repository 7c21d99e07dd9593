"""The Injections tab: the next dose, a month calendar, the chosen day, and the body map."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.labs import add_months
from app.domain.records import Injection, Protocol, Vial, Zone
from app.store.changes import Change
from app.store.diary import Diary
from app.ui.actions import run_action
from app.ui.bodymap import BodyMapWidget, ZoneUsageView
from app.ui.injections import courses
from app.ui.injections.calendar import MonthCalendar, legend_text
from app.ui.injections.calendar_colours import is_dark
from app.ui.injections.day_panel import DayPanel
from app.ui.injections.header import InjectionHeader
from app.ui.injections.log_dialog import LogInjectionDialog
from app.ui.injections.map_data import show_usage, usage_views
from app.ui.injections.reaction_dialog import ReactionDialog
from app.ui.injections.snapshot import InjectionSnapshot
from app.ui.injections.texts import clock, month_title, short_date, translate, zone_note
from app.ui.injections.widgets import UndoBar
from app.ui.injections.zone_panel import ZonePanel

WATCHED = (
    Change.PROFILE
    | Change.PROTOCOLS
    | Change.ZONES
    | Change.VIALS
    | Change.INJECTIONS
    | Change.REACTIONS
    | Change.SETTINGS
    | Change.APPOINTMENTS
)
Clock = Callable[[], datetime]


class InjectionsTab(QWidget):
    """Everything about injections on one screen; refreshes when the diary says it changed."""

    def __init__(
        self, diary: Diary, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self._clock = clock or (lambda: datetime.now(diary.timezone()))
        self.snapshot: InjectionSnapshot  # read by `reload`, at the end of this
        now = self.now()
        self.log_dialog: LogInjectionDialog | None = None
        self._marks: dict[date, list] = {}
        self.reaction_dialog: ReactionDialog | None = None
        self.protocol_dialog: QDialog | None = None
        self.vial_dialog: QDialog | None = None
        self.header = InjectionHeader()
        self.undo_bar = UndoBar()
        self.calendar = MonthCalendar(now.date())
        self.month_label = QLabel()
        self.month_label.setObjectName("monthTitle")
        self.prev_button = QPushButton("◀")
        self.prev_button.setAccessibleName(translate("Injections", "Previous month"))
        self.prev_button.setToolTip(translate("Injections", "Previous month (Page Up)"))
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(translate("Injections", "Next month"))
        self.next_button.setToolTip(translate("Injections", "Next month (Page Down)"))
        self.today_button = QPushButton(translate("Injections", "&Today"))
        legend = QLabel(legend_text(is_dark(self.palette())))
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setAccessibleName(translate("Injections", "Legend: taken, late, missed, due, extra"))
        legend.setToolTip(
            translate(
                "Injections",
                "A dose counts as on time within its window, 12 hours either side by default",
            )
        )
        legend.setObjectName("calendarLegend")
        legend.setWordWrap(True)  # longer words (German) wrap rather than widen the window
        legend.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.day_panel = DayPanel()
        self.body_map = BodyMapWidget()
        self.body_map.setAccessibleName(translate("Injections", "Body map of injection zones"))
        self.zone_panel = ZonePanel()
        self._build_layout(legend)
        self._connect()
        self.setFocusProxy(self.calendar)  # arriving by keyboard: the days, arrows to move
        self.reload()

    # ----- layout -----

    def _build_layout(self, legend: QLabel) -> None:
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.month_label)
        nav.addWidget(self.next_button)
        nav.addWidget(self.today_button)
        nav.addWidget(legend, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(nav)
        left_layout.addWidget(self.calendar, 5)
        left_layout.addWidget(self.day_panel, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.body_map, 1)
        right_layout.addWidget(self.zone_panel)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        page = QWidget()
        layout = _FitLayout(page)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.header)
        layout.addWidget(self.undo_bar)
        layout.addWidget(split, 1)
        # Scrolls when the window is shorter than the page (1366×768 at 125 %, a panel, the
        # banners, Chinese text): else the window cannot fit the screen and the buttons at
        # the bottom are off it.
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        for first, second in (
            (self.header.log_button, self.calendar),
            (self.calendar, self.day_panel.day_list),
            (self.day_panel.day_list, self.body_map),
        ):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        h = self.header
        h.log_button.clicked.connect(lambda: self.open_log_dialog())
        h.vials_button.clicked.connect(lambda: courses.open_vials(self))
        h.courses_menu.aboutToShow.connect(lambda: courses.fill_courses_menu(self))
        self.prev_button.clicked.connect(
            lambda: self.calendar.select_day(add_months(self.calendar.selected_day(), -1))
        )
        self.next_button.clicked.connect(
            lambda: self.calendar.select_day(add_months(self.calendar.selected_day(), 1))
        )
        self.today_button.clicked.connect(lambda: self.calendar.select_day(self.now().date()))
        self.calendar.monthChanged.connect(lambda _y, _m: self._show_month())
        self.calendar.daySelected.connect(lambda _day: self._show_day())
        self.calendar.dayActivated.connect(self._day_activated)
        self.day_panel.logRequested.connect(self._log_from_day)
        self.day_panel.editRequested.connect(self.open_edit_dialog)
        self.day_panel.deleteRequested.connect(self.delete_injection)
        self.day_panel.reactionRequested.connect(self.open_reaction_dialog)
        self.body_map.zoneSelected.connect(self._show_zone)
        self.zone_panel.zonePicked.connect(self._zone_picked)
        self.zone_panel.zoneChanged.connect(self._save_zone)
        QShortcut(QKeySequence("Ctrl+I"), self, activated=lambda: self.open_log_dialog())
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self._undo_shortcut)

    # ----- data -----

    def now(self) -> datetime:
        """The current time in the diary's zone (a fixed clock in tests)."""
        return self._clock()

    def refresh(self, changes: Change) -> None:
        """Reload when something this tab shows has changed."""
        if changes & WATCHED:
            self.reload()

    def reload(self) -> None:
        """Read the diary again and redraw every part."""
        self.snapshot = InjectionSnapshot.read(self.diary)
        now = self.now()
        self.calendar.set_today(now.date())
        self.header.show_courses(self.snapshot.overviews(now), now.date())
        self.header.zone_note.set_note(zone_note(self.snapshot.tz, now))
        self._show_next_appointment(now)
        self.day_panel.show_history(self.snapshot)
        self.zone_panel.set_zones(self.snapshot.zones)
        self._show_month()
        self.recolour_map()

    def _show_next_appointment(self, now: datetime) -> None:
        from app.domain.person import next_appointment
        from app.ui.person.texts import appointment_line

        coming = next_appointment(self.diary.appointments(), now)
        self.header.show_appointment(appointment_line(coming, now.tzinfo) if coming else None)

    def recolour_map(self) -> None:
        """Colour the body map by rest time and mark the suggested and last-used zones."""
        now = self.now()
        show_usage(self.body_map, self.snapshot, now)
        zone = self.zone_panel.zone()
        if zone is not None:
            self._show_zone(zone.id)

    def _show_month(self) -> None:
        first, last = self.calendar.visible_range()
        year, month = self.calendar.month()
        self.month_label.setText(month_title(year, month))
        self._marks = self.snapshot.marks(first, last, self.now())
        self.calendar.set_marks(self._marks)
        self._show_day()

    def _show_day(self) -> None:
        day = self.calendar.selected_day()
        self.day_panel.show_day(self.snapshot, day, self.calendar.marks_on(day), self._marks)

    def _show_zone(self, zone_id: str) -> None:
        zone = self.snapshot.zone(zone_id)
        usage = usage_views(self.snapshot.usage(self.now()), self.now()).get(zone_id)
        self.zone_panel.show_zone(zone, usage or ZoneUsageView())

    def _zone_picked(self, zone_id: str) -> None:
        self.body_map.select_zone(zone_id)
        self._show_zone(zone_id)

    # ----- user actions -----

    def open_log_dialog(
        self, protocol: Protocol | None = None, when: datetime | None = None
    ) -> LogInjectionDialog:
        """Open the log dialog with everything filled in; Enter saves."""
        dialog = LogInjectionDialog(
            self.snapshot,
            self.now(),
            protocol=protocol,
            when=when,
            save=self._save_logged,
            parent=self,
        )
        return self._open(dialog)

    def open_edit_dialog(self, injection_id: int) -> LogInjectionDialog | None:
        """Open an injection to change it."""
        shot = self.snapshot.injection(injection_id)
        if shot is None:
            return None
        dialog = LogInjectionDialog(
            self.snapshot, self.now(), existing=shot, save=self._save_changed, parent=self
        )
        return self._open(dialog)

    def _open(self, dialog: LogInjectionDialog) -> LogInjectionDialog:
        self.log_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _save_logged(self, shot: Injection, finished: Vial | None) -> None:
        before = self.snapshot.vial(finished.id) if finished else None
        saved = self.diary.log_injection(shot, finished)
        when = saved.taken_at.astimezone(self.snapshot.tz)
        self.calendar.select_day(when.date())
        self.undo_bar.offer(
            translate("Injections", "Injection logged for {day} {time}.").format(
                day=short_date(when.date()), time=clock(when)
            ),
            lambda: self.run_write(lambda: self.diary.unlog_injection(saved.id, before)),
        )

    def _save_changed(self, shot: Injection, finished: Vial | None) -> None:
        old = self.snapshot.injection(shot.id)
        self.diary.update_injection(shot, finished)
        if old is not None and old != shot:
            when = old.taken_at.astimezone(self.snapshot.tz)
            self.undo_bar.offer(
                translate("Injections", "Changes to the injection of {day} saved.").format(
                    day=short_date(when.date())
                ),
                lambda: self.run_write(lambda: self.diary.update_injection(old)),
            )

    def delete_injection(self, injection_id: int) -> None:
        """Delete an injection at once, with Undo in the bar (and Ctrl+Z)."""
        reactions = [r.id for r in self.snapshot.reactions if r.injection_id == injection_id]
        done = run_action(
            lambda: self.diary.delete_injection(injection_id),
            self,
            translate("Injections", "Not deleted"),
        )
        if not done.ok:
            return
        gone = done.value
        when = gone.taken_at.astimezone(self.snapshot.tz)
        self.undo_bar.offer(
            translate("Injections", "Injection of {day} {time} deleted.").format(
                day=short_date(when.date()), time=clock(when)
            ),
            lambda: self.run_write(lambda: self.diary.restore_injection(gone, reactions)),
        )
        self.undo_bar.undo_button.setFocus()

    def open_reaction_dialog(self, injection_id: int) -> ReactionDialog | None:
        """Note a reaction at this injection's site (or change the one noted)."""
        shot = self.snapshot.injection(injection_id)
        if shot is None:
            return None
        existing = next(
            (r for r in self.snapshot.reactions if r.injection_id == injection_id), None
        )
        dialog = ReactionDialog(
            shot,
            self.snapshot.tz,
            self.now(),
            existing,
            save=self.diary.save_reaction,
            parent=self,
            photos=self._reaction_photos(existing.id if existing else None),
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.reaction_dialog = dialog
        return dialog

    def _reaction_photos(self, reaction_id: int | None) -> Callable[[QWidget], None]:
        """Open the photos kept with a saved reaction (app/ui/dialogs/attachments.py)."""

        def show(parent: QWidget) -> None:
            from app.ui.dialogs.attachments import AttachmentsDialog

            if reaction_id is not None:
                title = translate("Injections", "Photos of the site reaction")
                AttachmentsDialog(
                    self.diary, reaction_id=reaction_id, title=title, parent=parent
                ).exec()

        return show

    def _save_zone(self, zone: Zone) -> None:
        self.run_write(lambda: self.diary.update_zone(zone))

    def _day_activated(self, day: date) -> None:
        marks = self.calendar.marks_on(day)
        taken = [m for m in marks if m.injection_id is not None]
        if taken:
            self.open_edit_dialog(taken[0].injection_id)
        else:
            self._log_from_day(
                marks[0].protocol_id if marks else None, marks[0].due_at if marks else None
            )

    def _log_from_day(self, protocol_id: int | None, due_at: datetime | None) -> None:
        day = self.calendar.selected_day()
        now = self.now()
        protocol = self.snapshot.protocol(protocol_id)
        when = due_at
        if when is None and day != now.date():
            at = (protocol or Protocol(None, "", 1, "mg")).time_of_day
            when = datetime.combine(day, at, self.snapshot.tz)
        if when is not None and when > now:
            when = now if when.date() == now.date() else when
        self.open_log_dialog(protocol, when)

    def _undo_shortcut(self) -> None:
        if self.undo_bar.can_undo():
            self.undo_bar.undo()

    def run_write(self, action: Callable[[], object]) -> None:
        """Run a write; a problem is shown in plain words rather than lost."""
        run_action(action, self)


class _FitLayout(QVBoxLayout):
    """The tab's page in its scroll area is as tall as the view, scrolling only below its
    minimum (the wrapped labels' height-for-width made it as tall as its preferred size)."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt naming)
        return False
