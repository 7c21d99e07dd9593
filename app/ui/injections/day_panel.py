"""Under the calendar: the chosen day's doses and injections, and the list of all injections."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n.seeds import zone_label
from app.domain.injection_overview import DayMark
from app.domain.records import Injection
from app.domain.schedule import DoseStatus
from app.domain.wording import weekday_long_day
from app.ui.injections.calendar_colours import SYMBOLS
from app.ui.injections.snapshot import InjectionSnapshot
from app.ui.injections.texts import (
    clock,
    dose_text,
    long_date,
    short_date,
    status_with_time,
    status_word,
)
from app.ui.record_table import Column, RecordTableModel, RecordTableView

translate = QCoreApplication.translate

_ROW_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class DayRow:
    """One line of the day list: an injection, a dose still to log, or both."""

    text: str
    injection_id: int | None
    protocol_id: int | None
    due_at: datetime | None


def day_rows(
    snapshot: InjectionSnapshot,
    day: date,
    marks: list[DayMark],
    around: dict[date, list[DayMark]] | None = None,
) -> list[DayRow]:
    """The day's due doses with what became of them, then injections taken that day for other days.

    `around` holds the marks of nearby days, so an injection taken today for yesterday's dose
    says which dose it served.
    """
    served = {
        mark.injection_id: mark
        for day_marks in (around or {}).values()
        for mark in day_marks
        if mark.injection_id is not None
    }
    rows: list[DayRow] = []
    shown: set[int] = set()
    for mark in marks:
        protocol = snapshot.protocol(mark.protocol_id)
        shot = snapshot.injection(mark.injection_id)
        parts = [f"{SYMBOLS[mark.status]} {status_with_time(mark.status, mark.due_at)}"]
        if protocol is not None:
            parts.append(protocol.product)
        if shot is not None:
            shown.add(shot.id or 0)
            parts.extend(_injection_parts(snapshot, shot, mark.due_at))
        elif mark.status is DoseStatus.MISSED:
            parts.append(translate("Injections", "press Enter to log it late"))
        elif mark.status is DoseStatus.UPCOMING and protocol is not None:
            parts.append(dose_text(protocol.dose, protocol.dose_unit))
        rows.append(DayRow(" · ".join(parts), mark.injection_id, mark.protocol_id, mark.due_at))
    for shot in snapshot.taken_on(day):
        if shot.id in shown:
            continue
        protocol = snapshot.protocol(shot.protocol_id)
        mark = served.get(shot.id)
        status = (
            mark.status if mark else DoseStatus.EXTRA if protocol is None else DoseStatus.ON_TIME
        )
        parts = [f"{SYMBOLS[status]} {status_word(status)}"]
        if mark is not None and mark.due_at is not None:
            parts[0] += " · " + translate("Injections", "for the dose due {day} {time}").format(
                day=short_date(mark.due_at.date()), time=clock(mark.due_at)
            )
        parts.extend([protocol.product] if protocol else [])
        parts.extend(_injection_parts(snapshot, shot, None))
        rows.append(DayRow(" · ".join(parts), shot.id, shot.protocol_id, None))
    return rows


def _injection_parts(
    snapshot: InjectionSnapshot, shot: Injection, due: datetime | None
) -> list[str]:
    taken = shot.taken_at.astimezone(snapshot.tz)
    if due is not None and taken.date() != due.date():
        when = translate("Injections", "taken {day} {time}").format(
            day=short_date(taken.date()), time=clock(taken)
        )
    else:
        when = translate("Injections", "taken {time}").format(time=clock(taken))
    zone = snapshot.zone(shot.zone_id)
    parts = [
        when,
        dose_text(shot.dose, shot.dose_unit),
        zone_label(zone.label) if zone else shot.zone_id,
    ]
    vial = snapshot.vial(shot.vial_id)
    if vial is not None and vial.lot:
        parts.append(translate("Injections", "lot {lot}").format(lot=vial.lot))
    for reaction in snapshot.reactions:
        if reaction.injection_id == shot.id:
            parts.append(
                translate("Injections", "reaction: {kind}, grade {grade}").format(
                    kind=reaction.kind, grade=reaction.grade
                )
            )
    if shot.notes:
        parts.append(shot.notes)
    return parts


class DayList(QListWidget):
    """The rows of one day; Enter opens a row, Delete removes its injection."""

    openRequested = Signal()
    deleteRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter opens, Delete deletes."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openRequested.emit()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleteRequested.emit()
        else:
            super().keyPressEvent(event)


class HistoryView(RecordTableView):
    """All injections, newest first; Enter opens, Delete removes."""

    openRequested = Signal()
    deleteRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter opens, Delete deletes."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openRequested.emit()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleteRequested.emit()
        else:
            super().keyPressEvent(event)


class DayPanel(QWidget):
    """The selected day (or all injections) with Log, Change, Delete and Reaction buttons."""

    logRequested = Signal(object, object)  # protocol id, due time (both may be None)
    editRequested = Signal(int)
    deleteRequested = Signal(int)
    reactionRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("dayTitle")
        self.day_list = DayList()
        self.day_list.setAccessibleName(
            translate("Injections", "Doses and injections of the chosen day")
        )
        self.day_list.setAlternatingRowColors(True)
        rows = self.day_list.fontMetrics().lineSpacing() * 3 + 8
        self.day_list.setMinimumHeight(rows)  # three rows; a short window keeps the calendar
        self._tz = None
        self._history_source: InjectionSnapshot | None = None
        self._products: dict[int | None, str] = {}
        self._zones: dict[str, str] = {}
        self._lots: dict[int | None, str] = {}
        self._reacted: set[int | None] = set()
        self.history_model: RecordTableModel[Injection] = RecordTableModel(self._history_columns())
        self.history = HistoryView(self.history_model)
        self.history.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.history.setAccessibleName(translate("Injections", "All injections"))
        self.history.setMinimumHeight(rows)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.day_list, translate("Injections", "Chosen day"))
        self.pages.addTab(self.history, translate("Injections", "All injections"))
        self.log_button = QPushButton(translate("Injections", "Log for this day…"))
        self.edit_button = QPushButton(translate("Injections", "&Change…"))
        self.delete_button = QPushButton(translate("Injections", "De&lete"))
        self.reaction_button = QPushButton(translate("Injections", "Site &reaction…"))
        self.reaction_button.setToolTip(
            translate("Injections", "Note redness, swelling or pain at this injection's site")
        )
        buttons = QHBoxLayout()
        for button in (self.log_button, self.edit_button, self.delete_button, self.reaction_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._rows: list[DayRow] = []
        self._day: date | None = None
        self.day_list.openRequested.connect(self._open)
        self.day_list.itemDoubleClicked.connect(lambda _item: self._open())
        self.day_list.deleteRequested.connect(self._delete)
        self.day_list.currentRowChanged.connect(self._update_buttons)
        self.history.openRequested.connect(self._open)
        self.history.doubleClicked.connect(lambda _index: self._open())
        self.history.deleteRequested.connect(self._delete)
        self.history.selectionModel().selectionChanged.connect(self._update_buttons)
        self.pages.currentChanged.connect(self._page_changed)
        self.log_button.clicked.connect(self._log)
        self.edit_button.clicked.connect(self._open)
        self.delete_button.clicked.connect(self._delete)
        self.reaction_button.clicked.connect(self._reaction)

    def show_day(
        self,
        snapshot: InjectionSnapshot,
        day: date,
        marks: list[DayMark],
        around: dict[date, list[DayMark]] | None = None,
    ) -> None:
        """Fill the day list; keeps the selected row where it can."""
        keep = self.day_list.currentRow() if day == self._day else 0
        self._day = day
        self._rows = day_rows(snapshot, day, marks, around)
        self.title.setText(long_date(day))
        self.day_list.clear()
        for row in self._rows:
            item = QListWidgetItem(row.text)
            item.setData(_ROW_ROLE, row)
            self.day_list.addItem(item)
        if not self._rows:
            empty = QListWidgetItem(
                translate("Injections", "No dose due and nothing logged on this day.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.day_list.addItem(empty)
        elif 0 <= keep < len(self._rows):
            self.day_list.setCurrentRow(keep)
        else:
            self.day_list.setCurrentRow(0)
        self._update_buttons()

    def show_history(self, snapshot: InjectionSnapshot) -> None:
        """Fill the list of all injections, now if it is on show, else when it is first shown."""
        self._history_source = snapshot
        if self.pages.currentWidget() is self.history:
            self._fill_history()

    def _fill_history(self) -> None:
        # Sizing a thousand rows to their contents is the slow part of a reload: done only
        # while the list is on show.
        snapshot, self._history_source = self._history_source, None
        if snapshot is None:
            return
        self._tz = snapshot.tz
        self._products = {p.id: p.product for p in snapshot.protocols}
        self._zones = {z.id: zone_label(z.label) for z in snapshot.zones}
        self._lots = {v.id: v.lot for v in snapshot.vials}
        self._reacted = {r.injection_id for r in snapshot.reactions}
        self.history_model.set_rows(snapshot.injections)

    def _history_columns(self) -> list[Column[Injection]]:
        def taken(i: Injection) -> str:
            local = i.taken_at.astimezone(self._tz)
            return f"{weekday_long_day(local.date())}  {clock(local)}"

        return [
            Column(translate("Injections", "Taken"), taken, lambda i: i.taken_at),
            Column(
                translate("Injections", "Product"),
                lambda i: self._products.get(i.protocol_id, translate("Injections", "extra")),
            ),
            Column(
                translate("Injections", "Dose"),
                lambda i: dose_text(i.dose, i.dose_unit),
                lambda i: i.dose,
                True,
            ),
            Column(
                translate("Injections", "Site"), lambda i: self._zones.get(i.zone_id, i.zone_id)
            ),
            Column(
                translate("Injections", "Vial lot"), lambda i: self._lots.get(i.vial_id, "") or ""
            ),
            Column(
                translate("Injections", "Reaction"),
                lambda i: translate("Injections", "yes") if i.id in self._reacted else "",
            ),
            Column(translate("Injections", "Notes"), lambda i: i.notes),
        ]

    def current_row(self) -> DayRow | None:
        """The selected day row, or the selected history row as a DayRow."""
        if self.pages.currentWidget() is self.history:
            chosen = self.history.selected_objects()
            if not chosen:
                return None
            shot = chosen[0]
            return DayRow("", shot.id, shot.protocol_id, None)
        item = self.day_list.currentItem()
        return item.data(_ROW_ROLE) if item is not None else None

    def _page_changed(self) -> None:
        if self.pages.currentWidget() is self.history:
            self._fill_history()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        has_shot = row is not None and row.injection_id is not None
        self.edit_button.setEnabled(has_shot)
        self.delete_button.setEnabled(has_shot)
        self.reaction_button.setEnabled(has_shot)
        self.log_button.setVisible(self.pages.currentWidget() is self.day_list)

    def _open(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.injection_id is not None:
            self.editRequested.emit(row.injection_id)
        else:
            self.logRequested.emit(row.protocol_id, row.due_at)

    def _log(self) -> None:
        row = self.current_row()
        if row is not None and row.injection_id is None:
            self.logRequested.emit(row.protocol_id, row.due_at)
        else:
            self.logRequested.emit(None, None)

    def _delete(self) -> None:
        row = self.current_row()
        if row is not None and row.injection_id is not None:
            self.deleteRequested.emit(row.injection_id)

    def _reaction(self) -> None:
        row = self.current_row()
        if row is not None and row.injection_id is not None:
            self.reactionRequested.emit(row.injection_id)
