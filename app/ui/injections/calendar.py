"""MonthCalendar: six weeks of days, each with its doses marked taken, late, missed or due."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.domain.injection_overview import DayMark
from app.domain.labs import add_months
from app.domain.schedule import DoseStatus
from app.domain.wording import weekday_names
from app.ui.a11y.parts import PRESS, Part, announce_focus
from app.ui.injections.calendar_colours import is_dark, mark_colours
from app.ui.injections.calendar_words import legend_text, mark_sentence, mark_text
from app.ui.injections.texts import long_date

translate = QCoreApplication.translate

__all__ = ["MonthCalendar", "grid_range", "legend_text", "mark_text"]

WEEKS = 6
OPEN_ACTION = "Open"  # a screen reader's second action on a day: log or change its dose
_STEP = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Up: -7,
    Qt.Key.Key_Down: 7,
}


def grid_range(year: int, month: int) -> tuple[date, date]:
    """First and last day shown for a month: six whole weeks starting on a Monday."""
    first_of_month = date(year, month, 1)
    first = first_of_month - timedelta(days=first_of_month.weekday())
    return first, first + timedelta(days=7 * WEEKS - 1)


class MonthCalendar(QWidget):
    """A month grid; arrows move the day, Page Up/Down the month, Home goes to today."""

    daySelected = Signal(object)  # date
    dayActivated = Signal(object)  # date: Enter or double-click
    monthChanged = Signal(int, int)  # year, month

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(translate("Injections", "Injection calendar"))
        self._today = today
        self._selected = today
        self._year, self._month = today.year, today.month
        self._marks: dict[date, list[DayMark]] = {}
        self._colours = mark_colours(is_dark(self.palette()))
        self._describe()

    # ----- what the tab tells the calendar -----

    def month(self) -> tuple[int, int]:
        """The (year, month) on show."""
        return self._year, self._month

    def visible_range(self) -> tuple[date, date]:
        """The first and last day painted."""
        return grid_range(self._year, self._month)

    def set_today(self, today: date) -> None:
        """Move the 'today' ring."""
        self._today = today
        self.update()

    def set_marks(self, marks: dict[date, list[DayMark]]) -> None:
        """The marks of every visible day (days missing from the dict have none)."""
        self._marks = marks
        self._describe()
        self.update()

    def marks_on(self, day: date) -> list[DayMark]:
        """The marks painted on one day."""
        return list(self._marks.get(day, ()))

    def selected_day(self) -> date:
        """The day with the selection."""
        return self._selected

    def select_day(self, day: date) -> None:
        """Select a day, turning to its month if needed; emits daySelected."""
        self._selected = day
        if (day.year, day.month) != (self._year, self._month):
            self._year, self._month = day.year, day.month
            self.monthChanged.emit(day.year, day.month)
        self._describe()
        self.update()
        self.daySelected.emit(day)
        announce_focus(self, self.focused_part())

    def show_month(self, year: int, month: int) -> None:
        """Turn to a month, keeping the selected day's number where the month has it."""
        self.select_day(date(year, month, min(self._selected.day, monthrange(year, month)[1])))

    def day_rect(self, day: date) -> QRectF | None:
        """Where a day's cell is, or None when it is not shown."""
        first, last = self.visible_range()
        if not first <= day <= last:
            return None
        index = (day - first).days
        return self._cell(index // 7, index % 7)

    # ----- for screen readers (app/ui/a11y): each day is an item of a list -----

    def part_count(self) -> int:
        return 7 * WEEKS

    def part(self, index: int) -> Part:
        """Day `index` of the grid: its date (and "today"), then its doses in words."""
        first, _ = self.visible_range()
        day = first + timedelta(days=index)
        name = long_date(day)
        if day == self._today:
            name = translate("Injections", "{day}, today").format(day=name)
        lines = self.day_text(day).split("\n")[1:]
        return Part(
            name=name,
            description="; ".join(lines),
            rect=self._cell(index // 7, index % 7).toAlignedRect(),
            role="item",
            selected=day == self._selected,
            focused=self.hasFocus() and day == self._selected,
            actions=(PRESS, OPEN_ACTION),
        )

    def part_at(self, point: QPoint) -> int | None:
        day = self._day_at(QPointF(point))
        return (day - self.visible_range()[0]).days if day is not None else None

    def focused_part(self) -> int | None:
        first, last = self.visible_range()
        if not self.hasFocus() or not first <= self._selected <= last:
            return None
        return (self._selected - first).days

    def do_part_action(self, index: int, action: str) -> None:
        day = self.visible_range()[0] + timedelta(days=index)
        if action == PRESS:
            self.select_day(day)
        elif action == OPEN_ACTION:
            self.select_day(day)
            self.dayActivated.emit(day)

    # ----- Qt plumbing -----

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Room for two chips per day at the default font."""
        line = QFontMetricsF(self.font()).height()
        return QSize(int(line * 40), int(line * 1.6 + WEEKS * line * 3.9))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Still legible when the window is small: each day has room for its number and a chip."""
        line = QFontMetricsF(self.font()).height()
        return QSize(int(line * 22), int(line * 1.4 + WEEKS * line * 2.25))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Weekday names, then six weeks of cells with their chips."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        dim = QColor(text)
        dim.setAlphaF(0.45)
        grid = QColor(text)
        grid.setAlphaF(0.14)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Window))
        head_font = QFont(self.font())
        head_font.setPointSizeF(head_font.pointSizeF() * 0.9)
        painter.setFont(head_font)
        painter.setPen(dim)
        first, _ = self.visible_range()
        for col in range(7):
            rect = self._cell(0, col)
            head = QRectF(rect.left(), 0, rect.width(), self._head_height())
            name = weekday_names()[(first + timedelta(days=col)).weekday()]
            painter.drawText(head, Qt.AlignmentFlag.AlignCenter, name)
        chip_font = QFont(self.font())
        chip_font.setPointSizeF(chip_font.pointSizeF() * 0.88)
        chip_fm = QFontMetricsF(chip_font)
        day_font = QFont(self.font())
        bold_font = QFont(day_font)
        bold_font.setBold(True)
        for index in range(7 * WEEKS):
            day = first + timedelta(days=index)
            rect = self._cell(index // 7, index % 7)
            in_month = day.month == self._month
            painter.fillRect(rect, base if in_month else pal.color(QPalette.ColorRole.Window))
            if day == self._selected:
                fill = QColor(highlight)
                fill.setAlphaF(0.22)
                painter.fillRect(rect, fill)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(grid, 1))
            painter.drawRect(rect)
            if day == self._selected:
                painter.setPen(QPen(highlight, 2))
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.setFont(bold_font if day == self._today else day_font)
            painter.setPen(text if in_month else dim)
            pad = chip_fm.height() * 0.25
            number = QRectF(
                rect.left() + pad, rect.top() + pad * 0.5, rect.width(), chip_fm.height()
            )
            label = (
                str(day.day)
                if day != self._today
                else f"{day.day} · " + translate("Injections", "today")
            )
            painter.drawText(
                number, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
            )
            if day == self._today:
                painter.setPen(QPen(highlight, 2))
                painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 3, 3)
            self._paint_chips(painter, rect, self._marks.get(day, ()), chip_font, chip_fm, in_month)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.hasFocus():
            rect = self.day_rect(self._selected)
            if rect is not None:
                pen = QPen(highlight, 1, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawRect(rect.adjusted(4, 4, -4, -4))
        painter.end()

    def _paint_chips(
        self,
        painter: QPainter,
        rect: QRectF,
        marks: list[DayMark] | tuple[()],
        font: QFont,
        fm: QFontMetricsF,
        in_month: bool,
    ) -> None:
        if not marks:
            return
        painter.setFont(font)
        pad = fm.height() * 0.25
        height = fm.height() + 2
        top = rect.top() + pad * 0.5 + fm.height() + 2
        room = max(1, int((rect.bottom() - top - 2) // (height + 2)))
        # The day's doses come first: with too little room the last line says "+n", but at
        # least one chip always shows (a cell of only "+2 more" said nothing).
        shown = list(marks) if len(marks) <= room else list(marks)[: max(1, room - 1)]
        hidden = len(marks) - len(shown)
        more = "+" + str(hidden) if hidden else ""
        inline = hidden and len(shown) == room  # no line left for "+n more": put "+n" beside
        for index, mark in enumerate(shown):
            colours = self._colours[mark.status]
            width = rect.width() - 2 * pad
            if inline and index == len(shown) - 1:
                width -= fm.horizontalAdvance(more) + 4
            chip = QRectF(rect.left() + pad, top, width, height)
            if mark.status is DoseStatus.UPCOMING:
                painter.setPen(QPen(colours.text, 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours.fill)
            painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            colour = QColor(colours.text)
            if not in_month:
                colour.setAlphaF(0.6)
            painter.setPen(colour)
            text = fm.elidedText(mark_text(mark), Qt.TextElideMode.ElideRight, chip.width() - 6)
            painter.drawText(
                chip.adjusted(4, 0, -2, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            top += height + 2
        if not hidden:
            return
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        if inline:
            beside = QRectF(rect.left() + pad, top - height - 2, rect.width() - 2 * pad, height)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(beside, align, more)
        else:
            below = QRectF(rect.left() + pad, top, rect.width() - 2 * pad, height)
            painter.drawText(
                below,
                Qt.AlignmentFlag.AlignLeft,
                translate("Injections", "+{n} more").format(n=hidden),
            )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A click selects the day under the pointer."""
        day = self._day_at(event.position())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select_day(day)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A double click opens the day (log or edit)."""
        day = self._day_at(event.position())
        if day is not None:
            self.dayActivated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Arrows, Page Up/Down, Home; Enter opens the day."""
        key = Qt.Key(event.key())
        if key in _STEP:
            self.select_day(self._selected + timedelta(days=_STEP[key]))
        elif key == Qt.Key.Key_PageUp:
            self.select_day(add_months(self._selected, -1))
        elif key == Qt.Key.Key_PageDown:
            self.select_day(add_months(self._selected, 1))
        elif key == Qt.Key.Key_Home:
            self.select_day(self._today)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.dayActivated.emit(self._selected)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        """Tooltips say what happened on the day under the pointer."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self._day_at(QPointF(event.pos()))
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.day_text(day), self)
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow light and dark palettes."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._colours = mark_colours(is_dark(self.palette()))
            self.update()
        super().changeEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Show the focus ring."""
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Hide the focus ring."""
        self.update()
        super().focusOutEvent(event)

    # ----- internals -----

    def day_text(self, day: date) -> str:
        """A day and its marks in words."""
        marks = self._marks.get(day, ())
        lines = [long_date(day)] + [mark_sentence(mark) for mark in marks]
        if not marks:
            lines.append(translate("Injections", "No dose due and nothing logged"))
        return "\n".join(lines)

    def _head_height(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.4

    def _cell(self, row: int, col: int) -> QRectF:
        top = self._head_height()
        width = (self.width() - 1) / 7
        height = (self.height() - top - 1) / WEEKS
        return QRectF(col * width, top + row * height, width, height)

    def _day_at(self, pos: QPointF) -> date | None:
        top = self._head_height()
        if pos.y() < top or pos.x() < 0 or pos.x() >= self.width() or pos.y() >= self.height():
            return None
        col = int(pos.x() // ((self.width() - 1) / 7))
        row = int((pos.y() - top) // ((self.height() - top - 1) / WEEKS))
        if not (0 <= col < 7 and 0 <= row < WEEKS):
            return None
        first, _ = self.visible_range()
        return first + timedelta(days=row * 7 + col)

    def _describe(self) -> None:
        self.setAccessibleDescription(self.day_text(self._selected).replace("\n", ". "))
