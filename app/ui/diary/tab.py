"""The Diary tab: today's entry, the history, trend charts and sick-episode figures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.domain.i18n.seeds import zone_label
from app.domain.records import DiaryEntry, SiteReaction
from app.domain.symptoms import own_symptoms
from app.rules.conditions.sites import reaction_kind
from app.store.changes import Change
from app.store.diary import Diary
from app.ui.colours import status_colour
from app.ui.diary.entry_page import EntryPage
from app.ui.diary.episodes import EpisodesPage, summarize
from app.ui.diary.history import HistoryPage
from app.ui.diary.text import day_label, translate
from app.ui.diary.trend_data import trend_data
from app.ui.diary.trends import TrendsPage

# Changes that alter what this tab shows.
WATCHED = (
    Change.ENTRIES
    | Change.INJECTIONS
    | Change.REACTIONS
    | Change.PROTOCOLS
    | Change.PROFILE
    | Change.ZONES
)


class DiaryTab(QWidget):
    """Four pages; opens on today's entry with the keyboard in the first rating."""

    def __init__(
        self,
        diary: Diary,
        today: Callable[[], date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self._tz: ZoneInfo = diary.timezone()
        self._today = today or (lambda: datetime.now(self._tz).date())
        self._reactions: list[SiteReaction] = []
        self._zone_labels: dict[str, str] = {}
        self.entries: list[DiaryEntry] = []

        self.entry_page = EntryPage(diary, self._today)
        self.history = HistoryPage(self._today)
        self.trends = TrendsPage(self._today)
        self.episodes = EpisodesPage(self._today)
        self.pages = QTabWidget()
        self.pages.setAccessibleName(translate("DiaryTab", "Diary pages"))
        for page, title in (
            (self.entry_page, translate("DiaryTab", "&Entry")),
            (self.history, translate("DiaryTab", "&History")),
            (self.trends, translate("DiaryTab", "T&rends")),
            (self.episodes, translate("DiaryTab", "&Sick episodes")),
        ):
            self.pages.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pages)

        self.history.open_day.connect(self.open_day)
        self.pages.currentChanged.connect(self._page_changed)
        self._apply_local_style()
        self.reload()
        self.setFocusProxy(self.entry_page.fields.first_input())

    # ----- data -----------------------------------------------------------------------------

    def refresh(self, changes: Change) -> None:
        """Reload when something this tab shows has changed."""
        if changes & WATCHED:
            if changes & Change.PROFILE:
                self._tz = self.diary.timezone()
            self.reload()

    def reload(self) -> None:
        """Read the diary again and update every page."""
        today = self._today()
        self.entries = self.diary.entries()
        injections = self.diary.injections()
        injection_days = [i.taken_at.astimezone(self._tz).date() for i in injections]
        self._reactions = self.diary.reactions()
        self._zone_labels = {
            z.id: zone_label(z.label, in_sentence=True) for z in self.diary.zones()
        }
        starts = [p.start for p in self.diary.protocols()]
        self.entry_page.set_context(
            (e.day for e in self.entries),
            self.diary.entry_tags(),
            self._site_text,
            own_symptoms(self.entries),
        )
        self.entry_page.reload()
        self.history.set_entries(self.entries)
        self.trends.set_data(trend_data(self.entries, injection_days))
        self.episodes.set_summary(summarize(self.entries, min(starts, default=None), today))

    def _site_text(self, day: date) -> str:
        """Site reactions seen on that day (observed, and not yet resolved), for the form."""
        lines = []
        for reaction in self._reactions:
            seen = reaction.observed_at.astimezone(self._tz).date()
            gone = (
                reaction.resolved_at.astimezone(self._tz).date()
                if reaction.resolved_at
                else max(seen, self._today())
            )
            if seen <= day <= gone:
                zone = self._zone_labels.get(reaction.zone_id, reaction.zone_id)
                lines.append(
                    translate(
                        "DiaryTab", "Logged: {kind}, grade {grade}, {zone} (seen {day})."
                    ).format(
                        kind=reaction_kind(reaction.kind),
                        grade=reaction.grade,
                        zone=zone,
                        day=day_label(seen, self._today()),
                    )
                )
        return "<br>".join(lines)

    # ----- moving around --------------------------------------------------------------------

    def open_day(self, day: date) -> None:
        """Show a day's entry in the form."""
        if self.entry_page.show_day(day):
            self.pages.setCurrentWidget(self.entry_page)
            self.entry_page.fields.first_input().setFocus(Qt.FocusReason.OtherFocusReason)

    def _page_changed(self, _index: int) -> None:
        if self.pages.currentWidget() is self.entry_page:
            self.entry_page.fields.first_input().setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- looks ----------------------------------------------------------------------------

    def _apply_local_style(self) -> None:
        """Hints muted and problems bold in red, both at 4.5:1 on the palette (app/ui/colours.py)."""
        palette = self.palette()
        muted = status_colour("muted", palette).name()
        problem = status_colour("error", palette).name()
        sheet = (
            f"QLabel#entryHint {{ color: {muted}; }}"
            f"QLabel#entryProblem {{ color: {problem}; font-weight: 600; }}"
            "QLabel#entryDay { font-size: 14pt; font-weight: 600; }"
        )
        if sheet != self.styleSheet():  # setting it again would announce another change
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_local_style()


def diary_tab(diary: Diary) -> DiaryTab:
    """The tab factory for the main window."""
    return DiaryTab(diary)
