"""Sick episodes: each one with its length, and how often and how long, before and since."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.domain.diary import (
    Episode,
    EpisodeFigures,
    compare_before_since,
    episode_figures,
    last_90_days_figures,
    sick_episodes,
)
from app.domain.i18n.numbers import figure
from app.domain.records import DiaryEntry
from app.ui.diary.entry_fields import muted_label
from app.ui.diary.text import day_label, number, sickness_name
from app.ui.record_table import Column, RecordTableModel, RecordTableView

translate = QCoreApplication.translate


@dataclass(frozen=True)
class EpisodeSummary:
    """The episodes and the figures to compare, ready to show."""

    episodes: tuple[Episode, ...]
    columns: tuple[tuple[str, EpisodeFigures], ...]  # (heading, figures), left to right


def summarize(
    entries: Sequence[DiaryEntry], protocol_start: date | None, today: date
) -> EpisodeSummary:
    """Before vs since the protocol (or the whole diary without one), and the last 90 days."""
    episodes = sick_episodes(entries)
    columns: list[tuple[str, EpisodeFigures]] = []
    if protocol_start is not None and protocol_start <= today:
        comparison = compare_before_since(episodes, entries, protocol_start, today)
        columns.append((translate("DiaryTab", "Before the protocol"), comparison.before))
        columns.append((translate("DiaryTab", "Since the protocol started"), comparison.since))
    else:
        first = min((e.day for e in entries), default=today)
        figures = episode_figures(episodes, first, today, entries=entries, today=today)
        columns.append((translate("DiaryTab", "Whole diary"), figures))
    columns.append(
        (translate("DiaryTab", "Last 90 days"), last_90_days_figures(episodes, entries, today))
    )
    return EpisodeSummary(tuple(episodes), tuple(columns))


def _rate(figures: EpisodeFigures) -> str:
    return (
        "—"
        if figures.episodes_per_90_days is None
        else figure(figures.episodes_per_90_days, 1, fixed=True)
    )


def _recovery(figures: EpisodeFigures) -> str:
    if figures.average_recovery_days is None:
        return "—"
    return translate("DiaryTab", "{n} days").format(
        n=figure(figures.average_recovery_days, 1, fixed=True)
    )


def _count(figures: EpisodeFigures) -> str:
    text = str(figures.count)
    if figures.ongoing:
        text += " " + translate("DiaryTab", "({n} may still be going on)").format(n=figures.ongoing)
    return text


# Row keys, in order, with the text of each figure.
FIGURE_ROWS: tuple[tuple[str, Callable[[EpisodeFigures], str]], ...] = (
    ("count", _count),
    ("rate", _rate),
    ("recovery", _recovery),
    ("covered", lambda f: str(f.covered_days)),
)


def _row_name(key: str) -> str:
    return {
        "count": translate("DiaryTab", "Episodes"),
        "rate": translate("DiaryTab", "Episodes per 90 days"),
        "recovery": translate("DiaryTab", "Average days to recover"),
        "covered": translate("DiaryTab", "Days the diary covers"),
    }[key]


class EpisodesPage(QWidget):
    """A small table of figures side by side, and the list of episodes."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(28)
        self.figures.setVerticalSpacing(6)
        self.cells: dict[tuple[int, int], QLabel] = {}
        self.model: RecordTableModel[Episode] = RecordTableModel(self._columns())
        self.view = RecordTableView(self.model)
        self.view.setAccessibleName(translate("DiaryTab", "Sick episodes"))
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.heading = QLabel()
        self.heading.setObjectName("entryDay")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(
            muted_label(
                translate(
                    "DiaryTab",
                    "An episode is a run of sick days; a single day in between does not end it. "
                    "Its length counts from the first sick day to the last. An episode counts in "
                    "the column where it started. These are the diary's numbers, not a diagnosis.",
                )
            )
        )
        layout.addLayout(self.figures)
        layout.addSpacing(8)
        layout.addWidget(self.view, 1)

    def _columns(self) -> list[Column[Episode]]:
        def day(value: date) -> str:
            return day_label(value, self._today())

        def note(e: Episode) -> str:
            parts = []
            if e.may_continue(self._today()):
                parts.append(translate("DiaryTab", "may still be going on"))
            if e.missing_days:
                parts.append(
                    translate("DiaryTab", "{n} day(s) without an entry inside").format(
                        n=e.missing_days
                    )
                )
            return "; ".join(parts)

        return [
            Column(translate("DiaryTab", "Started"), lambda e: day(e.start), lambda e: e.start),
            Column(translate("DiaryTab", "Last sick day"), lambda e: day(e.end), lambda e: e.end),
            Column(
                translate("DiaryTab", "Length"),
                lambda e: translate("DiaryTab", "{n} days").format(n=e.length_days),
                lambda e: e.length_days,
                True,
            ),
            Column(
                translate("DiaryTab", "Sick days logged"),
                lambda e: str(e.sick_days),
                lambda e: e.sick_days,
                True,
            ),
            Column(
                translate("DiaryTab", "Kind"),
                lambda e: ", ".join(sickness_name(k) for k in sorted(e.kinds)),
            ),
            Column(
                translate("DiaryTab", "Highest temp."),
                lambda e: number(e.max_temperature, " °C"),
                lambda e: e.max_temperature,
            ),
            Column(translate("DiaryTab", "Note"), note),
        ]

    def set_summary(self, summary: EpisodeSummary) -> None:
        """Show new figures and episodes."""
        count = len(summary.episodes)
        if count == 0:
            heading = translate("DiaryTab", "No sick episodes in the diary")
        elif count == 1:
            heading = translate("DiaryTab", "1 sick episode in the diary")
        else:
            heading = translate("DiaryTab", "{n} sick episodes in the diary").format(n=count)
        self.heading.setText(heading)
        while self.figures.count():
            item = self.figures.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.cells.clear()
        for col, (heading, figures) in enumerate(summary.columns, start=1):
            title = QLabel(f"<b>{heading}</b>")
            span = translate("DiaryTab", "{start} – {end}").format(
                start=day_label(figures.start, self._today()),
                end=day_label(figures.end, self._today()),
            )
            title.setToolTip(span)
            self.figures.addWidget(title, 0, col)
            span_label = muted_label(span)
            span_label.setWordWrap(True)
            self.figures.addWidget(span_label, 1, col)
            for row, (key, text) in enumerate(FIGURE_ROWS, start=2):
                cell = QLabel(text(figures))
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setAccessibleName(f"{heading}: {_row_name(key)}")
                self.cells[(row - 2, col - 1)] = cell
                self.figures.addWidget(cell, row, col)
        for row, (key, _text) in enumerate(FIGURE_ROWS, start=2):
            self.figures.addWidget(QLabel(_row_name(key)), row, 0)
        self.figures.setColumnStretch(len(summary.columns) + 1, 1)
        self.model.set_rows(summary.episodes)

    def cell_text(self, row_key: str, column: int) -> str:
        """The text of one figure, by row key ("count", "rate", …) and column (0 = leftmost)."""
        row = [key for key, _ in FIGURE_ROWS].index(row_key)
        return self.cells[(row, column)].text()
